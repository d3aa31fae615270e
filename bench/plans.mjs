// The plans the benchmarks run on: the bundled example (12 weeks) and the same structure stretched to 16 and 104.
import { readFileSync } from "node:fs";

export const example = JSON.parse(readFileSync(new URL("../examples/plan.json", import.meta.url), "utf8"));

/** The example's transition, base and pre-season phases with the base phase stretched to `weeks - 4` weeks. */
export function stretched(weeks) {
  const plan = structuredClone(example);
  plan.id = `stretched-${String(weeks)}`;
  plan.phases[1].weeks = weeks - 4;
  return plan;
}
