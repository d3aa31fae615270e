import { describe, expect, it } from "vitest";
import { OffseasonError, parseAthlete, safeParseAthlete } from "../../src/index.js";
import { exampleAthleteJson, setPath } from "../helpers/fixtures.js";

function issuesAfter(path: string, value: unknown) {
  const athlete = exampleAthleteJson();
  setPath(athlete, path, value);
  const result = safeParseAthlete(athlete);
  return result.success ? [] : result.error.issues;
}

describe("parseAthlete", () => {
  it("accepts the bundled example athlete unchanged", () => {
    const json = exampleAthleteJson();
    expect(parseAthlete(json)).toEqual(json);
  });

  it.each([
    ["level", "pro", "level", "invalid_value"],
    ["timezone", "Europe/Atlantis", "timezone", "timezone"],
    ["availability.SU", "$delete", "availability.SU", "invalid_type"],
    ["availability.MO.available", "yes", "availability.MO.available", "invalid_type"],
    ["availability.MO.maxMinutes", 0, "availability.MO.maxMinutes", "too_small"],
    ["bodyMassKg", 5, "bodyMassKg", "too_small"],
    ["sleepHours", 30, "sleepHours", "too_big"],
    ["supportContacts", [""], "supportContacts[0]", "too_small"],
    ["seasonEndDate", "2026-11-31", "seasonEndDate", "date"],
    ["inSeasonWeeklyRunMinutes", -5, "inSeasonWeeklyRunMinutes", "too_small"],
    ["shoeSize", 42, "shoeSize", "unrecognized_keys"],
  ])("rejects %s = %j at %s (%s)", (path, value, issuePath, code) => {
    expect(issuesAfter(path, value)).toContainEqual(expect.objectContaining({ path: issuePath, code }));
  });

  it("throws OffseasonError naming the athlete", () => {
    expect(() => parseAthlete({ id: "x" })).toThrow(OffseasonError);
    expect(() => parseAthlete({ id: "x" })).toThrow(/^Invalid athlete \(3 problems\):\n {2}level: is required/);
  });
});
