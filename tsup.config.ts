import { defineConfig } from "tsup";

// ESM is published file by file (like date-fns), so that bundlers drop the modules a consumer does not import
// (`sideEffects: false`): `import { parsePlan }` must not pull in the rule catalog. CommonJS is bundled per entry,
// with one shared chunk so that the entries share the OffseasonError class. Types are bundled per entry and format.
// `silent`: `npm start` shows the demo, not the build's logs; errors are still printed.
const silent = true;

export default defineConfig([
  {
    // The library's modules; the CLI ships as its own bundle (dist/cli.js) below.
    entry: ["src/**/*.ts", "!src/cli/**"],
    format: ["esm"],
    outDir: "dist/esm",
    silent,
    bundle: false,
    clean: true,
    target: "es2022",
    platform: "neutral",
    sourcemap: false,
  },
  {
    entry: {
      index: "src/index.ts",
      ical: "src/ical.ts",
      workouts: "src/workouts.ts",
      "locales/es": "src/locales/es.ts",
      "locales/de": "src/locales/de.ts",
    },
    format: ["cjs"],
    outDir: "dist",
    silent,
    dts: true,
    splitting: true,
    target: "es2022",
    platform: "neutral",
    sourcemap: false,
  },
  {
    entry: {
      index: "src/index.ts",
      ical: "src/ical.ts",
      workouts: "src/workouts.ts",
      "locales/es": "src/locales/es.ts",
      "locales/de": "src/locales/de.ts",
    },
    format: ["esm"],
    outDir: "dist",
    silent,
    dts: { only: true },
    target: "es2022",
  },
  {
    // The `offseason` command: one self-contained file for Node.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    outDir: "dist",
    silent,
    platform: "node",
    target: "node20",
    sourcemap: false,
  },
]);
