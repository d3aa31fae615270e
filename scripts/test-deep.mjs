// `npm run test:deep`: every unit test under every zone of vitest.config.ts (not only the zone-sensitive folders),
// each file in its own module graph, and the property tests at FUZZ_RUNS cases (default 3,000) at the fixed seed
// (or FC_SEED). Slow (tens of minutes on 2 cores); `npm test` runs the fixed sample.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["vitest", "run", "--isolate"], {
  stdio: "inherit",
  env: { ...process.env, OFFSEASON_ALL_ZONES: "1", FUZZ_RUNS: process.env.FUZZ_RUNS ?? "3000" },
});
process.exit(result.status ?? 1);
