import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The layers of docs/design.md, lowest first: a layer imports from its left, never from its right. src/internal is
// shared plumbing that imports no layer; src/ical sits on schedule; only src/cli imports src/cli and the entry points
// (src/index.ts, src/ical.ts).
const nodeApis = { group: ["node:*"], message: "Only src/cli may use Node APIs." };
const above = {
  internal: ["model", "schedule", "load", "rules", "generate", "ical", "cli"],
  model: ["schedule", "load", "rules", "generate", "ical", "cli"],
  schedule: ["load", "rules", "generate", "ical", "cli"],
  ical: ["load", "rules", "generate", "cli"],
  load: ["rules", "generate", "ical", "cli"],
  rules: ["generate", "ical", "cli"],
  generate: ["ical", "cli"],
};
const layering = Object.entries(above).flatMap(([folder, forbidden]) =>
  [1, 2, 3].map((depth) => {
    const up = "\\.\\./".repeat(depth);
    return {
      files: [`src/${folder}/${"*/".repeat(depth - 1)}*.ts`],
      rules: {
        "no-restricted-imports": ["error", {
          patterns: [
            nodeApis,
            { regex: `^${up}(${forbidden.join("|")})(/|\\.js$)`, message: `Layering (docs/design.md): src/${folder} imports none of ${forbidden.map((name) => `src/${name}`).join(", ")}.` },
            { regex: `^${up}index\\.js$`, message: "Layering (docs/design.md): only src/cli imports the entry points." },
          ],
        }],
      },
    };
  }),
);

export default tseslint.config(
  { ignores: ["test/package/consumers/consumer.ts", "dist/", "coverage/", "docs/api/", "node_modules/", "scratch/", "reports/", ".stryker-tmp/", "test/artifacts/"] },
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
      "no-restricted-imports": ["error", { patterns: [nodeApis, { regex: "^\\./cli/", message: "Layering (docs/design.md): nothing imports src/cli but src/cli." }] }],
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", __dirname: "readonly", console: "readonly" } },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {
      globals: { console: "readonly", process: "readonly", URL: "readonly", performance: "readonly", structuredClone: "readonly" },
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
