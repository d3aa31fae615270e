import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { toJSONSchema } from "zod/mini";
import { AthleteSchema, PlanSchema } from "../../src/index.js";
import { applyPatch, exampleAthleteJson, examplePlanJson, readJson, type PatchCase } from "../helpers/fixtures.js";
import { accepted, JSON_SCHEMA_EXPRESSES, rejected } from "./realPlanCases.js";

const invalidCases = readJson("test/fixtures/invalid-plans.json") as PatchCase[];
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validatePlanJson = ajv.compile(toJSONSchema(PlanSchema, { target: "draft-2020-12" }));
const validateAthleteJson = ajv.compile(toJSONSchema(AthleteSchema, { target: "draft-2020-12" }));

describe("the JSON Schema of a plan", () => {
  it("accepts the example plan and athlete", () => {
    expect(validatePlanJson(examplePlanJson()), JSON.stringify(validatePlanJson.errors)).toBe(true);
    expect(validateAthleteJson(exampleAthleteJson()), JSON.stringify(validateAthleteJson.errors)).toBe(true);
  });

  it.each(invalidCases.filter((patch) => patch.jsonSchema))("rejects what it can express: $name", (patch) => {
    expect(validatePlanJson(applyPatch(examplePlanJson, patch))).toBe(false);
  });

  // These need code: zone lookup, real calendar dates, RRULE grammar and every cross-field rule. The plan format guide
  // lists them; this test keeps that list honest.
  it.each(invalidCases.filter((patch) => !patch.jsonSchema))("cannot express, and accepts: $name", (patch) => {
    expect(validatePlanJson(applyPatch(examplePlanJson, patch))).toBe(true);
  });
});

describe("the JSON Schema of the real-plan format additions", () => {
  it.each(accepted)("accepts %s", (_name, plan) => {
    expect(validatePlanJson(plan), JSON.stringify(validatePlanJson.errors)).toBe(true);
  });

  it.each(rejected.filter(([name]) => JSON_SCHEMA_EXPRESSES.has(name)))(
    "rejects what it can express: %s",
    (_name, plan) => {
      expect(validatePlanJson(plan)).toBe(false);
    },
  );

  it.each(rejected.filter(([name]) => !JSON_SCHEMA_EXPRESSES.has(name)))(
    "cannot express, and accepts: %s",
    (_name, plan) => {
      expect(validatePlanJson(plan)).toBe(true);
    },
  );

  it("rejects a run type that has no pace key", () => {
    expect(validatePlanJson({ ...examplePlanJson(), paces: { jog: "6:00/km" } })).toBe(false);
  });
});
