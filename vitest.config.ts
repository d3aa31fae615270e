import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// Every test runs under UTC. The code whose result could depend on the process time zone (calendar days, zones,
// instants, iCalendar, the living plan's days, the CLI's dated output) runs again under two zones far from it, one
// with DST, one without, one west and one east of UTC: every public function must give the same output whatever
// the process zone. The rest (parsing, rules, load, the generator) reads only the dates the calendar gives it; one
// cross-zone property (test/rules/acwr-startdate.prop.test.ts) guards it too.
// `npm run test:deep` (OFFSEASON_ALL_ZONES) runs every test in every zone.
const zoneSensitive =
  process.env.OFFSEASON_ALL_ZONES === "1"
    ? ["test/**/*.test.ts"]
    : [
        "test/calendar/**/*.test.ts",
        "test/schedule/**/*.test.ts",
        "test/ical/**/*.test.ts",
        "test/live/**/*.test.ts",
        "test/cli/**/*.test.ts",
        "test/rules/acwr-startdate.prop.test.ts",
      ];
// Tests are pure functions of their inputs, so test files share a worker's module cache (no re-import per file,
// half of the suite's time); a file that mocks a module (vi.mock) runs in its own module graph, so that its mock
// reaches no other file.
const isolated = readdirSync("test", { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".test.ts") && readFileSync(join("test", file), "utf8").includes("vi.mock("))
  .map((file) => join("test", file));

const project = (name: string, include: string[], options: { isolate?: boolean; typecheck?: boolean } = {}) => ({
  extends: true as const,
  test: {
    name,
    include,
    exclude: ["test/package/**", ...(options.isolate === true ? [] : isolated)],
    setupFiles: ["test/setup.ts"],
    isolate: options.isolate ?? false,
    env: { TZ: name.replace(/ \(isolated\)$/, "") },
    typecheck:
      options.typecheck === true
        ? { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" }
        : undefined,
  },
});

export default defineConfig({
  test: {
    // A hang still fails; a property test of a few seconds on a loaded 2-core machine does not.
    testTimeout: 30_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/main.ts"],
      reporter: ["text-summary"],
      // Enforced by `npm test`; only the executable's wiring (src/cli/main.ts) is left out.
      thresholds: { lines: 95, branches: 90 },
    },
    projects: [
      project("UTC", ["test/**/*.test.ts"], { typecheck: true }),
      project("America/New_York", zoneSensitive),
      project("Asia/Tokyo", zoneSensitive),
      project("UTC (isolated)", isolated, { isolate: true }),
    ],
  },
});
