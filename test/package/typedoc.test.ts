// The API reference (TypeDoc): signatures link to the named types instead of inlining them, and the index page shows
// its title once.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface Reflection {
  readonly name: string;
  readonly kind: number;
  readonly children?: readonly Reflection[];
  readonly signatures?: readonly {
    readonly parameters?: readonly {
      readonly name: string;
      readonly type: { readonly type: string; readonly name?: string };
    }[];
    readonly type: { readonly type: string; readonly name?: string };
  }[];
}

let out: string;
let project: Reflection;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "offseason-typedoc-"));
  execFileSync(
    process.execPath,
    [join(root, "node_modules/typedoc/bin/typedoc"), "--json", join(out, "api.json"), "--out", join(out, "html")],
    { cwd: root, stdio: "pipe" },
  );
  project = JSON.parse(readFileSync(join(out, "api.json"), "utf8")) as Reflection;
}, 120_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** The reflection of that name and kind (64: function, 256: interface) anywhere in the project. */
function named(name: string, kind: number): Reflection | undefined {
  const search = (node: Reflection): Reflection | undefined =>
    node.name === name && node.kind === kind ? node : node.children?.map(search).find(Boolean);
  return search(project);
}

function functionNamed(name: string): NonNullable<Reflection["signatures"]>[number] {
  const signature = named(name, 64)?.signatures?.[0];
  if (!signature) throw new Error(`no function ${name} in the API reference`);
  return signature;
}

describe("the API reference", () => {
  it.each([
    ["validatePlan", "plan", "Plan"],
    ["expandPlan", "plan", "Plan"],
    ["buildCalendar", "plan", "Plan"],
    ["generatePlan", "athlete", "Athlete"],
    ["exercisePattern", "exercise", "Exercise"],
  ])("%s's %s parameter is a reference to %s, not its inlined shape", (name, parameter, type) => {
    expect(functionNamed(name).parameters?.find((item) => item.name === parameter)?.type).toMatchObject({
      type: "reference",
      name: type,
    });
  });

  it("names the type that parsePlan returns", () => {
    expect(functionNamed("parsePlan").type).toMatchObject({ type: "reference", name: "Plan" });
  });

  it("names the phase of a PhaseWeek", () => {
    const phase = named("PhaseWeek", 256)?.children?.find((child) => child.name === "phase") as
      { type?: unknown } | undefined;
    expect(phase?.type).toMatchObject({ type: "reference", name: "Phase" });
  });

  it("shows the title of the index page once", () => {
    const index = readFileSync(join(out, "html/index.html"), "utf8");
    expect(index.match(/<h1[\s>]/g)).toHaveLength(1);
  });
});
