// Node 20.0-20.11 have no util.styleText (added in 20.12): the CLI must load there and colour with plain SGR codes.
import { describe, expect, it, vi } from "vitest";

vi.mock("node:util", async (importOriginal) => ({
  ...(await importOriginal<typeof import("node:util")>()),
  styleText: undefined,
}));

describe("without util.styleText (Node before 20.12)", () => {
  it("the CLI loads and colours with ANSI SGR codes", async () => {
    const util = await import("node:util");
    expect((util as { styleText?: unknown }).styleText).toBeUndefined();
    const { painter, ansiStyle } = await import("../../src/cli/format.js");
    const { run } = await import("../../src/cli/run.js");
    expect(painter(true)("red", "NOT OK")).toBe("\u001b[31mNOT OK\u001b[39m");
    expect(painter(false)("red", "NOT OK")).toBe("NOT OK");
    expect(ansiStyle("bold", "x")).toBe("\u001b[1mx\u001b[22m");
    expect(ansiStyle("dim", "x")).toBe("\u001b[2mx\u001b[22m");
    let stdout = "";
    const code = await run(["rules"], {
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      readStdin: () => Promise.resolve(undefined),
      readFile: () => Promise.resolve(undefined),
      writeFile: () => Promise.resolve(),
      color: true,
      now: () => new Date(0),
    });
    expect(code).toBe(0);
    expect(stdout).toContain("\u001b[1mrest-day-weekly\u001b[22m");
  });

  it("gives the same codes as util.styleText where it exists", async () => {
    const actual = await vi.importActual<{
      styleText?: (style: string, text: string, options: { validateStream: boolean }) => string;
    }>("node:util");
    const { ansiStyle } = await import("../../src/cli/format.js");
    if (actual.styleText === undefined) return;
    for (const style of ["red", "green", "yellow", "cyan", "bold", "dim"] as const)
      expect(ansiStyle(style, "x")).toBe(actual.styleText(style, "x", { validateStream: false }));
  });
});
