import { defineConfig } from "vitest/config";

// The suite runs once per time zone: every public function must give the same output whatever the process zone.
const zones = ["UTC", "America/New_York", "Asia/Tokyo"];

export default defineConfig({
  test: {
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/main.ts"],
      reporter: ["text-summary"],
      // Enforced by `npm test`; only the executable's wiring (src/cli/main.ts) is left out.
      thresholds: { lines: 95, branches: 90 },
    },
    projects: zones.map((zone) => ({
      extends: true,
      test: {
        name: zone,
        include: ["test/**/*.test.ts"],
        setupFiles: ["test/setup.ts"],
        exclude: ["test/package/**"],
        env: { TZ: zone },
        typecheck:
          zone === "UTC" ? { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" } : undefined,
      },
    })),
  },
});
