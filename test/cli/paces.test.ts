// `offseason paces`: the distance words, the arguments, and the text and JSON it prints (issue #27), through its pure
// functions and through the dispatcher.
import { describe, expect, it } from "vitest";
import { pacesReport, parseRaceDistance, readPacesArguments, renderPaces } from "../../src/cli/commands/paces.js";
import { CliError, type CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { OffseasonError } from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";

describe("parseRaceDistance", () => {
  it.each([
    ["5k", { distanceKm: 5 }],
    ["10k", { distanceKm: 10 }],
    ["8k", { distanceKm: 8 }],
    ["5km", { distanceKm: 5 }],
    ["3000m", { distanceKm: 3 }],
    ["1500m", { distanceKm: 1.5 }],
    ["half", { distanceKm: 21.0975 }],
    ["marathon", { distanceKm: 42.195 }],
    ["Marathon", { distanceKm: 42.195 }],
    ["mile", { distanceMi: 1 }],
    ["10mi", { distanceMi: 10 }],
    ["13.1mi", { distanceMi: 13.1 }],
  ])("reads %s", (word, distance) => {
    expect(parseRaceDistance(word)).toEqual(distance);
  });

  it.each(["5", "k", "5 k", "five k", "-5k", "toString", "constructor", "5k5", ""])(
    "refuses %j as a usage error",
    (word) => {
      expect(() => parseRaceDistance(word)).toThrow(CliError);
    },
  );
});

describe("readPacesArguments", () => {
  it("reads the race, the unit and the format", () => {
    expect(readPacesArguments(["5k", "20:00"], { unit: "mi", format: "json" })).toEqual({
      race: { distanceKm: 5, time: "20:00" },
      options: { unit: "mi", format: "json" },
    });
    expect(readPacesArguments(["mile", "5:50"], {})).toEqual({ race: { distanceMi: 1, time: "5:50" }, options: {} });
  });

  it.each([
    [["5k"], {}],
    [["5k", "20:00", "extra"], {}],
    [["5k", "20:00"], { unit: "m" }],
    [["5k", "20:00"], { format: "ics" }],
  ])("refuses %j %j as a usage error", (positionals, values) => {
    expect(() => readPacesArguments(positionals, values)).toThrow(CliError);
  });

  it("is a command of the CLI: output, help and exit codes", async () => {
    let stdout = "";
    let stderr = "";
    const io: CliIo = {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      readStdin: () => Promise.resolve(undefined),
      readFile: () => Promise.resolve(undefined),
      writeFile: () => Promise.resolve(),
      color: false,
      now: () => new Date("2026-11-01T08:00:00Z"),
    };
    expect(await run(["paces", "5k", "20:00", "--unit", "mi"], io)).toBe(0);
    expect(stdout).toBe(renderPaces({ distanceKm: 5, time: "20:00" }, { unit: "mi" }));
    stdout = "";
    expect(await run(["paces", "--help"], io)).toBe(0);
    expect(stdout).toMatch(
      /^Usage: offseason paces <distance> <time> \[--unit km\|mi\] \[--locale en\|es\|de\] \[--format text\|json\]/,
    );
    expect(await run(["paces", "5k", "1:75:00"], io)).toBe(2);
    expect(await run(["paces", "5k", "20:00", "--unit", "m"], io)).toBe(2);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("renderPaces", () => {
  it("prints the VO2max, the training paces and the predicted races of a 5 km in 20:00", () => {
    expect(renderPaces({ distanceKm: 5, time: "20:00" })).toBe(
      [
        "5 km in 20:00: a VO2max of 49.81 (Daniels and Gilbert)",
        "",
        "Training paces",
        "  easy        5:21/km",
        "  long        5:21/km",
        "  recovery    5:55/km",
        "  tempo       4:16/km",
        "  intervals   3:56/km",
        "  strides     3:40/km",
        "",
        "Predicted races",
        "  race        Daniels   pace      Riegel",
        "  mile        5:51      3:38/km   6:01",
        "  5k          20:00     4:00/km   20:00",
        "  10k         41:28     4:09/km   41:42",
        "  half        1:31:50   4:21/km   1:32:00",
        "  marathon    3:11:17   4:32/km   3:11:49",
        "",
      ].join("\n"),
    );
  });

  it("writes paces per mile with --unit mi, the times unchanged", () => {
    const text = renderPaces({ distanceMi: 1, time: "6:00" }, { unit: "mi" });
    expect(text).toContain("1 mi in 6:00: a VO2max of 48.42");
    expect(text).toContain("  mile        6:00      6:00/mi   6:00\n");
    expect(text).not.toContain("/km");
  });

  it("prints the report as JSON with --format json", () => {
    const json = JSON.parse(renderPaces({ distanceKm: 10, time: "41:21" }, { format: "json" })) as unknown;
    expect(json).toEqual(JSON.parse(JSON.stringify(pacesReport({ distanceKm: 10, time: "41:21" }))));
    expect(json).toMatchObject({
      race: { distanceKm: 10, time: "41:21" },
      vo2max: 49.97,
      unit: "km",
      paces: { easy: "5:20/km", "10k": "4:08/km", marathon: "4:31/km" },
      predictions: expect.arrayContaining([
        {
          race: "marathon",
          distanceKm: 42.195,
          seconds: 11446,
          time: "3:10:46",
          riegelSeconds: 11413,
          riegelTime: "3:10:13",
        },
      ]) as unknown,
    });
  });

  it("throws a located OffseasonError for a race that is not one", () => {
    const { race } = readPacesArguments(["5k", "1:75:00"], {});
    const error = offseasonErrorOf(() => renderPaces(race));
    expect(error).toBeInstanceOf(OffseasonError);
    expect(error.issues.map((issue) => issue.path)).toEqual(["time"]);
    const tooShort = readPacesArguments(["100m", "0:10"], {}).race;
    expect(offseasonErrorOf(() => renderPaces(tooShort)).code).toBe("limit");
  });
});
