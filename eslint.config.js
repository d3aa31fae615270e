import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The layers of docs/design.md, lowest first: a layer imports from its left, never from its right. src/internal is
// shared plumbing that imports no layer, except the internals of one layer, which sit in that layer (`internalOf`):
// they import what the layer may, and only that layer and those above it import them. src/ical sits on schedule;
// only src/cli imports src/cli and the entry points (src/index.ts, src/ical.ts).
const nodeApis = { group: ["node:*"], message: "Only src/cli may use Node APIs." };
const order = ["model", "schedule", "load", "live", "rules", "generate", "ical", "cli"];
const above = {
  model: ["schedule", "load", "live", "rules", "generate", "ical", "cli"],
  schedule: ["load", "live", "rules", "generate", "ical", "cli"],
  ical: ["load", "live", "rules", "generate", "cli"],
  load: ["live", "rules", "generate", "ical", "cli"],
  // The living plan (activities against the plan) reads the calendar and the load series; rules may read it.
  live: ["rules", "generate", "ical", "cli"],
  rules: ["generate", "ical", "cli"],
  generate: ["ical", "cli"],
};
const internalOf = {
  dates: "model",
  recurrence: "model",
  progression: "model",
  expansion: "schedule",
  resolveSession: "schedule",
  aerobicFields: "schedule",
  findings: "rules",
};
const internalsAbove = (folder) => Object.keys(internalOf).filter((name) => above[folder].includes(internalOf[name]));
const restrict = (files, depth, forbidden, internals, label) => {
  const up = "\\.\\./".repeat(depth);
  const patterns = [
    nodeApis,
    {
      regex: `^${up}(${forbidden.join("|")})(/|\\.js$)`,
      message: `Layering (docs/design.md): ${label} imports none of ${forbidden.map((name) => `src/${name}`).join(", ")}.`,
    },
    { regex: `^${up}index\\.js$`, message: "Layering (docs/design.md): only src/cli imports the entry points." },
  ];
  if (internals.length > 0) {
    patterns.push({
      regex: `^(${up}internal/|\\./)(${internals.join("|")})\\.js$`,
      message: `Layering (docs/design.md): ${label} imports no internal module of a layer above it (${internals.map((name) => `src/internal/${name}.ts`).join(", ")}).`,
    });
  }
  return { files, rules: { "no-restricted-imports": ["error", { patterns }] } };
};
const layering = [
  ...Object.entries(above).flatMap(([folder, forbidden]) =>
    [1, 2, 3].map((depth) =>
      restrict(
        [`src/${folder}/${"*/".repeat(depth - 1)}*.ts`],
        depth,
        forbidden,
        internalsAbove(folder),
        `src/${folder}`,
      ),
    ),
  ),
  // Plain plumbing in src/internal imports no layer; an internal of a layer imports what that layer may.
  restrict(["src/internal/*.ts"], 1, order, [], "src/internal"),
  ...Object.entries(internalOf).map(([name, layer]) =>
    restrict([`src/internal/${name}.ts`], 1, above[layer], internalsAbove(layer), `src/internal/${name}.ts (${layer})`),
  ),
];

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
