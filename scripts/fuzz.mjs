// `npm run fuzz`: the hostile-input properties at 35,000 cases each (105,000 in all; the living plan's three,
// activities, adherence and fitness, in test/fuzz/living.test.ts, as many more), the generator's promise at 3,000 and
// the linking of activities against its pairwise oracle at 20,000, with a seed of your choice (FC_SEED). `npm test`
// runs small fixed samples of the same properties.
import { spawnSync } from "node:child_process";

const seed = process.env.FC_SEED ?? String(Date.now() % 2_147_483_647);
console.log(`fuzzing with FC_SEED=${seed}`);
const runs = [
  ["test/fuzz", "35000"],
  ["test/generate/generatePlan.prop.test.ts", "3000"],
  ["test/live/linkActivities.prop.test.ts", "20000"],
];
for (const [target, count] of runs) {
  const result = spawnSync("npx", ["vitest", "run", "--project", "UTC", target], {
    stdio: "inherit",
    env: { ...process.env, FUZZ_RUNS: count, FC_SEED: seed },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Calendar updates across versions of a plan (test/fuzz/calendarUpdates.test.ts): adjustments, undos and cancel
// calendars at 3,000 cases, each of which builds five calendars and reads three back with ical.js.
const calendarUpdates = spawnSync("npx", ["vitest", "run", "--project", "UTC", "test/fuzz/calendarUpdates.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, CALENDAR_FUZZ_RUNS: "3000", FC_SEED: seed },
});
if (calendarUpdates.status !== 0) process.exit(calendarUpdates.status ?? 1);
