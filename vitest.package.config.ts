import { defineConfig } from "vitest/config";

// Smoke tests of the built package (dist/): run after `npm run build`.
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
