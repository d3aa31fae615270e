// The layering of docs/design.md is a lint rule (eslint.config.js): each folder's `no-restricted-imports`, as ESLint
// computes it for a file there, flags an import from a layer on its right and lets the layers on its left through;
// and no module of src/ reaches itself through its imports (a cycle), checked on the import graph below.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { ESLint, Linter } from "eslint";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The `no-restricted-imports` messages for one import written in a file at `file` (relative to the repository). */
async function flagged(file: string, specifier: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, Linter.RuleEntry> };
  const rule = config.rules?.["no-restricted-imports"];
  if (rule === undefined) return [];
  const messages = new Linter().verify(
    `import { x } from "${specifier}";\nexport { x };\n`,
    [
      {
        files: ["**/*.ts"],
        languageOptions: { ecmaVersion: "latest", sourceType: "module" },
        rules: { "no-restricted-imports": rule },
      },
    ],
    { filename: file },
  );
  return messages.map((message) => message.message);
}

const cases: [file: string, forbidden: string[], allowed: string[]][] = [
  [
    "src/calendar/x.ts",
    ["../model/plan.js", "../schedule/types.js", "../cli/run.js", "../index.js", "../ical.js", "node:fs"],
    ["./civilDate.js", "./rrule/parseRecurrence.js"],
  ],
  ["src/calendar/rrule/x.ts", ["../../model/plan.js", "../../schedule/types.js"], ["../civilDate.js", "../zone.js"]],
  [
    "src/model/x.ts",
    [
      "../schedule/types.js",
      "../load/types.js",
      "../rules/engine.js",
      "../generate/generatePlan.js",
      "../ical/toICalendar.js",
      "../cli/run.js",
      "../index.js",
      "node:fs",
    ],
    ["./plan.js", "../calendar/civilDate.js", "zod/mini"],
  ],
  ["src/model/y.ts", ["../paces/trainingPaces.js"], []],
  [
    "src/paces/x.ts",
    ["../schedule/types.js", "../rules/engine.js", "../generate/generatePlan.js", "../cli/run.js", "../index.js"],
    ["../model/errors.js", "../calendar/civilDate.js", "./raceTime.js"],
  ],
  [
    "src/schedule/x.ts",
    [
      "../load/weeklyMetrics.js",
      "../rules/engine.js",
      "../generate/profiles.js",
      "../ical/toICalendar.js",
      "../cli/io.js",
      "../workouts/toFitWorkout.js",
    ],
    ["../model/plan.js", "../calendar/zone.js", "./types.js"],
  ],
  [
    "src/schedule/expansion/x.ts",
    ["../../load/types.js", "../../rules/engine.js", "../../ical/toICalendar.js"],
    ["../types.js", "../../model/plan.js", "../../calendar/zone.js"],
  ],
  [
    "src/load/x.ts",
    ["../rules/types.js", "../generate/generatePlan.js", "../cli/run.js", "../live/adherence.js", "../ical/vevent.js"],
    ["../schedule/types.js", "../model/sessionKinds.js"],
  ],
  [
    "src/live/x.ts",
    ["../rules/engine.js", "../generate/generatePlan.js", "../ical/toICalendar.js", "../cli/run.js", "../index.js"],
    ["../load/dailyLoads.js", "../schedule/expandPlan.js", "../model/activity.js", "../calendar/zone.js"],
  ],
  [
    "src/rules/x.ts",
    ["../generate/generatePlan.js", "../ical/toICalendar.js", "../cli/run.js", "../index.js"],
    ["../load/types.js", "../schedule/buildCalendar.js", "./catalog/index.js", "../live/fitness.js"],
  ],
  [
    "src/rules/catalog/x.ts",
    ["../../generate/generatePlan.js", "../../cli/format.js", "../../ical.js"],
    ["../../model/labels.js", "../helpers.js", "../../load/types.js"],
  ],
  [
    "src/generate/x.ts",
    ["../ical/toICalendar.js", "../cli/run.js", "../index.js", "../workouts/planWorkout.js"],
    ["../rules/engine.js", "../load/weeklyMetrics.js", "../model/parse.js"],
  ],
  [
    "src/ical/x.ts",
    ["../load/types.js", "../rules/engine.js", "../generate/generatePlan.js", "../cli/run.js"],
    ["../schedule/expandPlan.js", "../model/labels.js", "../calendar/zone.js"],
  ],
  [
    "src/workouts/x.ts",
    [
      "../ical/toICalendar.js",
      "../load/types.js",
      "../live/adherence.js",
      "../rules/engine.js",
      "../generate/generatePlan.js",
      "../paces/trainingPaces.js",
      "../cli/run.js",
      "../index.js",
      "node:fs",
    ],
    ["../schedule/types.js", "../model/pace.js", "../calendar/civilDate.js", "./fitEncoder.js"],
  ],
  ["src/index.ts", ["./cli/run.js"], ["./rules/engine.js", "./calendar/civilDate.js"]],
  ["src/workouts.ts", ["./cli/run.js"], ["./workouts/toFitWorkout.js"]],
  ["src/cli/x.ts", [], ["../index.js", "../ical.js", "../workouts.js", "./run.js", "node:fs"]],
  ["src/cli/commands/x.ts", [], ["../../index.js", "../args.js", "node:fs"]],
];

describe("the layering lint rule", () => {
  it.each(cases)("in %s", async (file, forbidden, allowed) => {
    for (const specifier of forbidden)
      expect(await flagged(file, specifier), `${file} imports ${specifier}`).toEqual([
        expect.stringMatching(/(Layering \(docs\/design\.md\)|Only src\/cli)/),
      ]);
    for (const specifier of allowed) expect(await flagged(file, specifier), `${file} imports ${specifier}`).toEqual([]);
  });
});

/** The relative imports of every module of src/, as a graph of repository paths. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  for (const file of files) {
    const path = join("src", file);
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, path), "utf8"), true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((name) => name.startsWith(".") && name.endsWith(".js"))
      .map((name) => join(dirname(path), name).replace(/\.js$/, ".ts"));
    graph.set(path, targets);
  }
  return graph;
}

/** The strongly connected components of more than one module, or of one that imports itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("the import graph of src/", () => {
  it("has no cycle", () => {
    expect(cycles(importGraph())).toEqual([]);
  });
  it("is read whole: every relative module import names a module of src/", () => {
    const graph = importGraph();
    for (const [file, targets] of graph)
      for (const target of targets) expect(graph.has(target), `${file} imports ${target}`).toBe(true);
  });
  it("the cycle check finds a cycle", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["d.ts"]],
      ["e.ts", ["a.ts"]],
    ]);
    expect(cycles(graph)).toEqual([["a.ts", "b.ts", "c.ts"], ["d.ts"]]);
  });
});
