import { defineConfig } from "vitest/config";

// The suite Stryker runs for each mutant: one time zone, no type tests, no slow fuzz or built-package tests.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      "test/package/**",
      "test/fuzz/**",
      "test/generate/**",
      "test/cli/**",
      "test/ical/**",
      "test/model/*.prop.test.ts",
    ],
    setupFiles: ["test/setup.ts"],
    env: { TZ: "UTC" },
  },
});
