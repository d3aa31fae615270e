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
  readonly signatures?: readonly { readonly parameters?: readonly { readonly name: string; readonly type: { readonly type: string; readonly name?: string } }[]; readonly type: { readonly type: string; readonly name?: string } }[];
}

let out: string;
let project: Reflection;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "offseason-typedoc-"));
  execFileSync(process.execPath, [join(root, "node_modules/typedoc/bin/typedoc"), "--json", join(out, "api.json"), "--out", join(out, "html")], { cwd: root, stdio: "pipe" });
  project = JSON.parse(readFileSync(join(out, "api.json"), "utf8")) as Reflection;
}, 120_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

function functionNamed(name: string): NonNullable<Reflection["signatures"]>[number] {
  const search = (node: Reflection): Reflection | undefined => (node.name === name && node.kind === 64 ? node : node.children?.map(search).find(Boolean));
  const signature = search(project)?.signatures?.[0];
  if (!signature) throw new Error(`no function ${name} in the API reference`);
  return signature;
}

describe("the API reference", () => {
  it.each([
    ["validatePlan", "plan", "Plan"],
    ["expandPlan", "plan", "Plan"],
    ["buildCalendar", "plan", "Plan"],
    ["generatePlan", "athlete", "Athlete"],
  ])("%s's %s parameter is a reference to %s, not its inlined shape", (name, parameter, type) => {
    expect(functionNamed(name).parameters?.find((item) => item.name === parameter)?.type).toMatchObject({ type: "reference", name: type });
  });

  it("names the type that parsePlan returns", () => {
    expect(functionNamed("parsePlan").type).toMatchObject({ type: "reference", name: "Plan" });
  });

  it("shows the title of the index page once", () => {
    const index = readFileSync(join(out, "html/index.html"), "utf8");
    expect(index.match(/<h1[\s>]/g)).toHaveLength(1);
  });
});
