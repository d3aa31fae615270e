import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { toJSONSchema } from "zod/mini";
import { PlanSchema } from "../../src/index.js";

type Json = Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validatePlanJson = ajv.compile(toJSONSchema(PlanSchema, { target: "draft-2020-12" }));
const planWith = (session: Json): Json => ({
  version: 1,
  id: "p",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [{ id: "base", weeks: 2, sessions: [session] }],
});
const easy = (fields: Json): Json => ({
  id: "easy",
  kind: "run",
  runType: "easy",
  minutes: 40,
  rpe: 3,
  on: ["MO", "TU", "WE", "TH", "FR"],
  ...fields,
});

describe("the JSON Schema of either/or and flexible days", () => {
  it.each([
    ["alternatives of another kind", { alternatives: [{ kind: "cross", modality: "bike", minutes: 45 }] }],
    ["a dropped field", { alternatives: [{ minutes: null, distanceKm: 5, pace: "6:00/km" }] }],
    ["a mental practice instead", { alternatives: [{ kind: "mental", practice: "visualization", rpe: null }] }],
    ["per-week minutes in an alternative", { alternatives: [{ minutes: [30, null] }] }],
    ["timesPerWeek as a number", { timesPerWeek: 2 }],
    ["timesPerWeek as a range", { timesPerWeek: { min: 1, max: 2 } }],
    ["timesPerWeek per week", { timesPerWeek: [{ min: 1, max: 2 }, null] }],
  ])("accepts %s", (_name, fields) => {
    expect(validatePlanJson(planWith(easy(fields))), JSON.stringify(validatePlanJson.errors)).toBe(true);
  });

  it.each([
    ["an alternative with an id", { alternatives: [{ id: "x" }] }],
    ["an alternative with on", { alternatives: [{ on: ["MO"] }] }],
    ["an alternative with timesPerWeek", { alternatives: [{ timesPerWeek: 1 }] }],
    ["an unknown field in an alternative", { alternatives: [{ colour: "red" }] }],
    ["an unknown kind", { alternatives: [{ kind: "yoga" }] }],
    ["six alternatives", { alternatives: Array.from({ length: 6 }, () => ({ rpe: 4 })) }],
    ["timesPerWeek 0", { timesPerWeek: 0 }],
    ["timesPerWeek 8", { timesPerWeek: 8 }],
    ["timesPerWeek not whole", { timesPerWeek: 1.5 }],
    ["an open range of times", { timesPerWeek: { min: 1 } }],
  ])("rejects %s", (_name, fields) => {
    expect(validatePlanJson(planWith(easy(fields)))).toBe(false);
  });

  // Code checks these (docs/plan-format.md, "What JSON Schema cannot express").
  it.each([
    ["timesPerWeek above its candidate days", { on: ["MO"], timesPerWeek: 2 }],
    ["an alternative that drops the only length", { alternatives: [{ minutes: null }] }],
  ])("cannot express, and accepts: %s", (_name, fields) => {
    expect(validatePlanJson(planWith(easy(fields)))).toBe(true);
  });
});
