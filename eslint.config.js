import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*"], message: "Only src/cli may use Node APIs." }] }],
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
