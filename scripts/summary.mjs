// Prints a summary of a plan file: weeks, phases and sessions per kind. Used by `npm start`.
import { readFileSync } from "node:fs";
import { parsePlan, planEndDate, planWeeks } from "../dist/esm/index.js";

const file = process.argv[2] ?? "examples/plan.json";
const plan = parsePlan(JSON.parse(readFileSync(file, "utf8")));
console.log(`${plan.name ?? plan.id}: ${String(planWeeks(plan))} weeks, ${plan.startDate} to ${planEndDate(plan)} (${plan.timezone})`);
for (const phase of plan.phases) {
  const kinds = new Map();
  for (const session of phase.sessions) kinds.set(session.kind, (kinds.get(session.kind) ?? 0) + 1);
  const list = [...kinds].map(([kind, count]) => `${String(count)} ${kind}`).join(", ");
  console.log(`  ${phase.id} (${String(phase.weeks)} weeks): ${list}`);
}
console.log(`  habits: ${(plan.habits ?? []).map((habit) => habit.id).join(", ")}`);
