import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { toJSONSchema } from "zod/mini";
import { ActivitiesSchema } from "../../src/index.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(toJSONSchema(ActivitiesSchema, { target: "draft-2020-12" }));
const example = JSON.parse(readFileSync(new URL("../../examples/activities.json", import.meta.url), "utf8")) as unknown;
const run = { id: "a1", date: "2026-11-03", kind: "run", minutes: 42 };

describe("the JSON Schema of activities", () => {
  it("accepts the example activity log", () => {
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ["not an array", run],
    ["no minutes", [{ ...run, minutes: undefined }]],
    ["an unknown kind", [{ ...run, kind: "nap" }]],
    ["an unknown field", [{ ...run, heartRate: 140 }]],
    ["a field of another kind", [{ ...run, modality: "swim" }]],
    ["a date not written YYYY-MM-DD", [{ ...run, date: "3 Nov 2026" }]],
  ])("rejects %s", (_name, input) => {
    expect(validate(JSON.parse(JSON.stringify(input)))).toBe(false);
  });

  it("cannot express, and accepts: a day that does not exist, ids used twice", () => {
    expect(validate([{ ...run, date: "2026-02-30" }])).toBe(true);
    expect(validate([run, run])).toBe(true);
  });
});
