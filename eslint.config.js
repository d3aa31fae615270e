import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The layers of docs/design.md, lowest first: a layer imports from its left, never from its right. `calendar` (civil
// dates, weekdays, zones, the RRULE grammar and day counting) knows no domain; `ical` and `load` both sit on
// `schedule` and ignore each other; `workouts` sits on `schedule` and nothing but src/cli imports it. Only src/cli
// imports src/cli and the entry points (src/index.ts, src/ical.ts, src/workouts.ts).
const nodeApis = { group: ["node:*"], message: "Only src/cli may use Node APIs." };
const above = {
  calendar: [
    "locale",
    "locales",
    "model",
    "paces",
    "schedule",
    "ical",
    "load",
    "live",
    "rules",
    "generate",
    "workouts",
    "cli",
  ],
  // The message renderer (ICU templates through Intl) knows only the calendar; every layer that words a message reads it.
  locale: ["locales", "model", "paces", "schedule", "ical", "load", "live", "rules", "generate", "workouts", "cli"],
  // The shipped locales are data: they read the locale's types, nothing else.
  locales: ["calendar", "model", "paces", "schedule", "ical", "load", "live", "rules", "generate", "workouts", "cli"],
  model: ["locales", "paces", "schedule", "ical", "load", "live", "rules", "generate", "workouts", "cli"],
  // Paces from a race (VO2max, predictions, a plan's paces) read the model; schedule and up may read them.
  paces: ["locales", "schedule", "ical", "load", "live", "rules", "generate", "workouts", "cli"],
  schedule: ["locales", "ical", "load", "live", "rules", "generate", "workouts", "cli"],
  ical: ["locales", "load", "live", "rules", "generate", "workouts", "cli"],
  load: ["locales", "ical", "live", "rules", "generate", "workouts", "cli"],
  // The living plan (activities against the plan) reads the calendar and the load series; rules may read it.
  live: ["locales", "ical", "rules", "generate", "workouts", "cli"],
  rules: ["locales", "ical", "generate", "workouts", "cli"],
  generate: ["locales", "ical", "workouts", "cli"],
  // Workouts on devices (FIT, intervals.icu) read an occurrence: the calendar, the model and the schedule, no more.
  workouts: ["locales", "paces", "ical", "load", "live", "rules", "generate", "cli"],
};
const restrict = (files, depth, forbidden, label) => {
  const up = "\\.\\./".repeat(depth);
  const patterns = [
    nodeApis,
    {
      regex: `^${up}(${forbidden.join("|")})(/|\\.js$)`,
      message: `Layering (docs/design.md): ${label} imports none of ${forbidden.map((name) => `src/${name}`).join(", ")}.`,
    },
    { regex: `^${up}index\\.js$`, message: "Layering (docs/design.md): only src/cli imports the entry points." },
  ];
  return { files, rules: { "no-restricted-imports": ["error", { patterns }] } };
};
const layering = Object.entries(above).flatMap(([folder, forbidden]) =>
  [1, 2, 3, 4].map((depth) =>
    restrict([`src/${folder}/${"*/".repeat(depth - 1)}*.ts`], depth, forbidden, `src/${folder}`),
  ),
);

export default tseslint.config(
  {
    ignores: [
      "test/package/consumers/consumer.ts",
      "dist/",
      "coverage/",
      "docs/api/",
      "node_modules/",
      "scratch/",
      "reports/",
      ".stryker-tmp/",
      "test/artifacts/",
    ],
  },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: false }],
      "@typescript-eslint/consistent-type-definitions": "off",
      // `interface Plan extends DeepReadonly<...> {}` names a parsed type, so that the API reference links to it.
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: {
      "no-console": "error",
      "no-restricted-globals": ["error", "process"],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pass `now` as a parameter: functions are pure." },
        { object: "Math", property: "random", message: "Functions are deterministic: take a seed." },
      ],
      "no-restricted-imports": ["error", { patterns: [nodeApis] }],
    },
  },
  {
    // One concept per file (docs/design.md): a file over 300 lines has a seam to split along; a long function is
    // flagged for a read, not refused.
    files: ["src/**/*.ts"],
    rules: {
      "max-lines": ["error", { max: 300, skipBlankLines: false, skipComments: false }],
      "max-lines-per-function": ["warn", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  ...layering,
  {
    files: ["src/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            nodeApis,
            { regex: "^\\./cli/", message: "Layering (docs/design.md): nothing imports src/cli but src/cli." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", __dirname: "readonly", console: "readonly" },
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        URL: "readonly",
        performance: "readonly",
        structuredClone: "readonly",
      },
    },
  },
  {
    // The browser example runs in a page, not in Node.
    files: ["examples/browser/app.js"],
    languageOptions: {
      globals: { document: "readonly", fetch: "readonly", Blob: "readonly", URL: "readonly", process: "off" },
    },
  },
);
