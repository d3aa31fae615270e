// How run() maps what goes wrong to exit codes: every OffseasonError (a limit included) and every CliError is exit 2
// with a message and never a stack trace; anything else is a bug: exit 1, said as one.
import { describe, expect, it, vi } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { OffseasonError } from "../../src/index.js";

const failures = vi.hoisted(() => ({
  cancel: undefined as (() => never) | undefined,
  parse: undefined as (() => never) | undefined,
}));

vi.mock("../../src/ical.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/ical.js")>();
  return {
    ...actual,
    toCancelCalendar: (...args: Parameters<typeof actual.toCancelCalendar>) =>
      failures.cancel === undefined ? actual.toCancelCalendar(...args) : failures.cancel(),
  };
});

vi.mock("../../src/index.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/index.js")>();
  return {
    ...actual,
    safeParsePlan: (...args: Parameters<typeof actual.safeParsePlan>) =>
      failures.parse === undefined ? actual.safeParsePlan(...args) : failures.parse(),
  };
});

const { run } = await import("../../src/cli/run.js");

const plan = JSON.stringify({
  version: 1,
  id: "p",
  timezone: "UTC",
  startDate: "2026-11-02",
  phases: [
    { id: "base", weeks: 1, sessions: [{ id: "e", kind: "run", runType: "easy", minutes: 30, rpe: 3, on: ["MO"] }] },
  ],
});
const deep = JSON.stringify({
  ...(JSON.parse(plan) as object),
  phases: [
    {
      id: "base",
      weeks: 1,
      sessions: [
        {
          id: "e",
          kind: "run",
          runType: "easy",
          minutes: 30,
          rpe: 3,
          on: ["MO"],
          steps: [{ repeat: 2, steps: [{ repeat: 2, steps: [{ repeat: 2, steps: [null] }] }] }],
        },
      ],
    },
  ],
});
const files: Record<string, string> = { "plan.json": plan, "deep.json": deep };

async function cli(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: () => Promise.resolve(undefined),
    readFile: (path) => Promise.resolve(Buffer.from(files[path] ?? "")),
    writeFile: () => Promise.resolve(),
    color: false,
    now: () => new Date("2026-11-01T08:00:00Z"),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const outputLimit = new OffseasonError("limit", "Output too large", [
  { path: "", message: "the calendar would be over 64 MiB, the output limit", code: "limit" },
]);
const nestedTooDeep = new OffseasonError("invalid", "Invalid plan", [
  {
    path: "phases[0].sessions[0].steps[0].steps[0].steps",
    message: "repeats nest at most 2 deep",
    code: "limit",
  },
]);

describe("exit codes", () => {
  it("an OffseasonError of code limit (the cancel calendar's output bound) is exit 2 and one line", async () => {
    failures.cancel = () => {
      throw outputLimit;
    };
    try {
      const text = await cli(["diff", "plan.json", "plan.json", "--format", "ics"]);
      expect(text).toEqual({
        code: 2,
        stdout: "",
        stderr: "offseason: Output too large: the calendar would be over 64 MiB, the output limit\n",
      });
    } finally {
      failures.cancel = undefined;
    }
  });

  it("a located parse issue of code limit (steps nested too deep) is exit 2 with the located line", async () => {
    failures.parse = () => ({ success: false, error: nestedTooDeep }) as never;
    try {
      for (const argv of [
        ["validate", "deep.json"],
        ["schedule", "deep.json"],
        ["diff", "deep.json", "plan.json"],
      ]) {
        const result = await cli(argv);
        expect(result, argv.join(" ")).toEqual({
          code: 2,
          stdout: "",
          stderr:
            "offseason: The plan in deep.json is invalid:\n" +
            "  phases[0].sessions[0].steps[0].steps[0].steps: repeats nest at most 2 deep\n",
        });
      }
      const json = await cli(["validate", "deep.json", "--format", "json"]);
      expect(json.code).toBe(2);
      expect(JSON.parse(json.stdout)).toEqual({
        ok: false,
        errors: [
          {
            file: "deep.json",
            path: "phases[0].sessions[0].steps[0].steps[0].steps",
            message: "repeats nest at most 2 deep",
            code: "limit",
          },
        ],
      });
    } finally {
      failures.parse = undefined;
    }
  });

  it("an OffseasonError thrown anywhere is exit 2, whichever copy of the package made it", async () => {
    // An error of the other build (ESM or CommonJS) is no instance of this OffseasonError: its brand still tells.
    const foreign = Object.create(Error.prototype) as Error;
    Object.assign(foreign, { message: "Invalid plan (1 problem):\n  id: bad", code: "invalid" });
    Object.defineProperty(foreign, "issues", {
      value: [{ path: "id", pathSegments: ["id"], message: "bad", code: "invalid_type" }],
    });
    Object.defineProperty(foreign, Symbol.for("offseason.error"), { value: true });
    failures.cancel = () => {
      throw foreign;
    };
    try {
      expect(await cli(["diff", "plan.json", "plan.json", "--format", "ics"])).toEqual({
        code: 2,
        stdout: "",
        stderr: "offseason: Invalid plan:\n  id: bad\n",
      });
    } finally {
      failures.cancel = undefined;
    }
  });

  it("anything else is a bug: exit 1, said as one, with the stack for the report", async () => {
    failures.parse = () => {
      throw new TypeError("Cannot read properties of null (reading 'pace')");
    };
    try {
      const text = await cli(["validate", "deep.json"]);
      expect(text.code).toBe(1);
      expect(text.stdout).toBe("");
      expect(text.stderr).toMatch(
        /^offseason: Unexpected error, a bug in offseason \d+\.\d+\.\d+ \(please report it, with the command that caused it, at https:\/\/github\.com\/[^ ]+\/issues\): TypeError: Cannot read properties of null \(reading 'pace'\)\n {4}at /,
      );
      const json = await cli(["validate", "deep.json", "--format", "json"]);
      expect(json).toMatchObject({ code: 1, stderr: "" });
      const document = JSON.parse(json.stdout) as { ok: boolean; errors: { message: string }[] };
      expect(document).toMatchObject({ ok: false, errors: [{ path: "", code: "internal" }] });
      expect(document.errors[0]?.message).toMatch(/^Unexpected error, a bug .*: TypeError: Cannot read/);
      failures.parse = () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a bug may throw
        throw "a string";
      };
      expect((await cli(["validate", "deep.json"])).stderr).toMatch(/: a string\n$/);
    } finally {
      failures.parse = undefined;
    }
  });
});
