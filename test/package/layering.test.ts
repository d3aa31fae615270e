// The layering of docs/design.md is a lint rule (eslint.config.js): each folder's `no-restricted-imports`, as ESLint
// computes it for a file there, flags an import from a layer on its right and lets the layers on its left through;
// the internals of one layer (src/internal/expansion.ts, findings.ts, ...) sit in that layer.
import { fileURLToPath } from "node:url";
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
    "src/internal/x.ts",
    ["../model/plan.js", "../schedule/types.js", "../cli/run.js", "../index.js", "../ical.js"],
    ["./dates.js", "zod/mini"],
  ],
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
    ["./plan.js", "../internal/dates.js", "zod/mini"],
  ],
  [
    "src/schedule/x.ts",
    [
      "../load/weeklyMetrics.js",
      "../rules/engine.js",
      "../generate/profiles.js",
      "../ical/toICalendar.js",
      "../cli/io.js",
    ],
    ["../model/plan.js", "../internal/zone.js", "./types.js"],
  ],
  [
    "src/load/x.ts",
    ["../rules/types.js", "../generate/generatePlan.js", "../cli/run.js", "../live/adherence.js"],
    ["../schedule/types.js", "../model/sessionKinds.js"],
  ],
  [
    "src/live/x.ts",
    ["../rules/engine.js", "../generate/generatePlan.js", "../ical/toICalendar.js", "../cli/run.js", "../index.js"],
    ["../load/dailyLoads.js", "../schedule/expandPlan.js", "../model/activity.js", "../internal/zone.js"],
  ],
  [
    "src/rules/x.ts",
    ["../generate/generatePlan.js", "../ical/toICalendar.js", "../cli/run.js", "../index.js"],
    ["../load/types.js", "../schedule/buildCalendar.js", "./catalog/index.js"],
  ],
  [
    "src/rules/catalog/x.ts",
    ["../../generate/generatePlan.js", "../../cli/format.js", "../../ical.js"],
    ["../../model/labels.js", "../helpers.js", "../../load/types.js"],
  ],
  [
    "src/generate/x.ts",
    ["../ical/toICalendar.js", "../cli/run.js", "../index.js"],
    ["../rules/engine.js", "../load/weeklyMetrics.js", "../model/parse.js"],
  ],
  [
    "src/ical/x.ts",
    ["../load/types.js", "../rules/engine.js", "../generate/generatePlan.js", "../cli/run.js"],
    ["../schedule/expandPlan.js", "../model/labels.js", "../internal/zone.js"],
  ],
  [
    "src/internal/expansion.ts",
    ["../load/types.js", "../rules/engine.js", "../ical/toICalendar.js", "./findings.js"],
    ["../schedule/types.js", "../model/plan.js", "./zone.js"],
  ],
  [
    "src/internal/findings.ts",
    ["../generate/generatePlan.js", "../cli/run.js"],
    ["../rules/types.js", "../load/types.js"],
  ],
  ["src/internal/dates.ts", ["../schedule/types.js", "./expansion.js"], ["../model/weekdays.js"]],
  [
    "src/model/y.ts",
    ["../internal/expansion.js", "../internal/findings.js"],
    ["../internal/recurrence.js", "../internal/progression.js"],
  ],
  ["src/load/y.ts", ["../internal/findings.js"], ["../internal/expansion.js"]],
  ["src/rules/y.ts", [], ["../internal/findings.js", "../internal/expansion.js"]],
  ["src/index.ts", ["./cli/run.js"], ["./rules/engine.js", "./internal/dates.js"]],
  ["src/cli/x.ts", [], ["../index.js", "../ical.js", "./run.js", "node:fs"]],
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
