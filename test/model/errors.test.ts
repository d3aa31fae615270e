import { runInNewContext } from "node:vm";
import { describe, expect, it, vi } from "vitest";
import { isOffseasonError, MAX_ISSUES, OffseasonError, parsePlan, safeParsePlan } from "../../src/index.js";

describe("isOffseasonError", () => {
  it("recognises an OffseasonError thrown by the package", () => {
    let caught: unknown;
    try {
      parsePlan({ version: 2 });
    } catch (error) {
      caught = error;
    }
    expect(isOffseasonError(caught)).toBe(true);
  });

  it("recognises an error made by a second copy of the module, which instanceof does not", async () => {
    vi.resetModules();
    const copy = await import("../../src/model/errors.js");
    const foreign = new copy.OffseasonError("invalid", "Invalid plan", [
      { path: "id", message: "is required", code: "invalid_type" },
    ]);
    expect(copy.OffseasonError).not.toBe(OffseasonError);
    expect(foreign instanceof OffseasonError).toBe(false);
    expect(isOffseasonError(foreign)).toBe(true);
    expect(copy.isOffseasonError(new OffseasonError("limit", "Plan too large", []))).toBe(true);
  });

  it("recognises the brand from another realm, and a plain object that carries it as its own property", () => {
    const fromRealm: unknown = runInNewContext(
      'const e = new Error("x"); Object.defineProperty(e, Symbol.for("offseason.error"), { value: true }); e',
    );
    expect(isOffseasonError(fromRealm)).toBe(true);
    const plain = Object.defineProperty({ code: "invalid", issues: [] }, Symbol.for("offseason.error"), {
      value: true,
    });
    expect(isOffseasonError(plain)).toBe(true);
  });

  it("keeps the brand out of sight: not enumerable, not in JSON", () => {
    const error = new OffseasonError("invalid", "Invalid plan", []);
    expect(Object.keys(error)).not.toContain(Symbol.for("offseason.error"));
    expect(
      Object.getOwnPropertySymbols(error).map((symbol) => Object.getOwnPropertyDescriptor(error, symbol)?.enumerable),
    ).toEqual([false]);
    expect(JSON.stringify(Object.fromEntries(Object.entries(error)))).not.toContain("offseason.error");
  });

  it("refuses look-alikes without the brand, and never trusts a prototype", () => {
    const real = new OffseasonError("invalid", "Invalid plan", []);
    const getter = Object.defineProperty({}, Symbol.for("offseason.error"), { get: () => true });
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error("trap");
        },
      },
    );
    const lookAlikes: unknown[] = [
      undefined,
      null,
      0,
      "OffseasonError",
      true,
      Symbol.for("offseason.error"),
      new Error("invalid"),
      { name: "OffseasonError", code: "invalid", issues: [], message: "Invalid plan" },
      Object.create(real) as unknown,
      Object.assign(Object.create(OffseasonError.prototype) as object, { code: "invalid", issues: [] }),
      { [Symbol.for("offseason.error")]: "yes" },
      { [Symbol("offseason.error")]: true },
      getter,
      hostile,
      () => undefined,
    ];
    for (const value of lookAlikes) expect(isOffseasonError(value)).toBe(false);
  });
});

describe("OffseasonIssue pathSegments", () => {
  it("keeps the path as segments beside the formatted path, keys whole", () => {
    const longKey = "k".repeat(200);
    const result = safeParsePlan({
      version: 1,
      id: "p",
      timezone: "UTC",
      startDate: "2026-11-02",
      phases: [
        { id: "b", weeks: 1, sessions: [{ id: "e", kind: "run", runType: "easy", minutes: 30, rpe: 11, on: ["TU"] }] },
      ],
      "my key": 1,
      [longKey]: 2,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path, issue.pathSegments])).toEqual([
      ["phases[0].sessions[0].rpe", ["phases", 0, "sessions", 0, "rpe"]],
      ['["my key"]', ["my key"]],
      [`["${"k".repeat(64)}…"]`, [longKey]],
    ]);
  });

  it("reads the segments back from the path when an issue is made without them", () => {
    const error = new OffseasonError("config", "Invalid", [
      { path: "", message: "a", code: "config" },
      { path: 'rules["mobility-daily"][1].days', message: "b", code: "config" },
      { path: "phases.preSeason", message: "c", code: "config" },
      { path: '["a \\"quoted\\" key"][0]', message: "d", code: "config" },
    ]);
    expect(error.issues.map((issue) => issue.pathSegments)).toEqual([
      [],
      ["rules", "mobility-daily", 1, "days"],
      ["phases", "preSeason"],
      ['a "quoted" key', 0],
    ]);
  });
});

describe("the cap on issues", () => {
  it("keeps the first 100 issues and one that says how many more, and counts them all", () => {
    const issues = Array.from({ length: 250 }, (_, index) => ({
      path: `x${String(index)}`,
      message: "is wrong",
      code: "config",
    }));
    const error = new OffseasonError("config", "Invalid", issues);
    expect(MAX_ISSUES).toBe(100);
    expect(error.issueCount).toBe(250);
    expect(error.issues).toHaveLength(101);
    expect(error.issues[99]?.path).toBe("x99");
    expect(error.issues[100]).toEqual({
      path: "",
      pathSegments: [],
      message: "150 more problems not listed",
      code: "truncated",
      messageId: "truncated",
      data: { count: 150 },
    });
    expect(error.message.split("\n")[0]).toBe("Invalid (250 problems):");
    expect(error.message.split("\n").at(-1)).toBe("  ... and 200 more");
  });

  it("adds nothing when every issue fits, and says 1 more problem in the singular", () => {
    expect(new OffseasonError("config", "Invalid", [{ path: "a", message: "m", code: "config" }]).issues).toHaveLength(
      1,
    );
    const one = new OffseasonError("config", "Invalid", [], { issueCount: 1 });
    expect(one.issues).toEqual([
      {
        path: "",
        pathSegments: [],
        message: "1 more problem not listed",
        code: "truncated",
        messageId: "truncated",
        data: { count: 1 },
      },
    ]);
    expect(one.message.split("\n")[0]).toBe("Invalid (1 problem):");
  });

  it("caps a million unknown keys at 100 issues and counts the rest", () => {
    const input: Record<string, unknown> = {
      version: 1,
      id: "p",
      timezone: "UTC",
      startDate: "2026-11-02",
      phases: [{ id: "b", weeks: 1, sessions: [] }],
    };
    for (let index = 0; index < 1_000_000; index += 1) input[`k${String(index)}`] = index;
    const result = safeParsePlan(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issueCount).toBe(1_000_000);
    expect(result.error.issues).toHaveLength(101);
    expect(result.error.issues[0]).toEqual({
      path: "k0",
      pathSegments: ["k0"],
      message: "is not a known field",
      code: "unrecognized_keys",
      messageId: "unrecognized_keys",
      data: {},
    });
    expect(result.error.issues[100]).toEqual({
      path: "",
      pathSegments: [],
      message: "999,900 more problems not listed",
      code: "truncated",
      messageId: "truncated",
      data: { count: 999_900 },
    });
    expect(result.error.message.split("\n")[0]).toBe("Invalid plan (1,000,000 problems):");
  });

  it("refuses a million-element array where a short one is expected with one issue", () => {
    const base = { version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02" };
    const session = { id: "e", kind: "run", runType: "easy", minutes: 30, rpe: 3 };
    const cases: [unknown, string][] = [
      [{ ...base, phases: Array.from({ length: 1_000_000 }, () => ({})) }, "phases"],
      [
        { ...base, phases: [{ id: "b", weeks: 1, sessions: Array.from({ length: 1_000_000 }, () => ({ id: "x" })) }] },
        "phases[0].sessions",
      ],
      [
        {
          ...base,
          phases: [{ id: "b", weeks: 1, sessions: [{ ...session, on: Array.from({ length: 1_000_000 }, () => 5) }] }],
        },
        "phases[0].sessions[0].on",
      ],
    ];
    for (const [input, path] of cases) {
      const result = safeParsePlan(input);
      expect(result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
        [path, "limit"],
      ]);
    }
  });
});
