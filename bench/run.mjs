// `npm run bench`: speed of the scheduler against a hand-written baseline, and scaling with plan length.
// Figures are medians of repeated batches on this machine; the targets are ratios, never absolute times.
import { expandPlan, parseAthlete, parsePlan, validatePlan } from "../dist/esm/index.js";
import { readFileSync } from "node:fs";
import { baselineExpand } from "./baseline.mjs";
import { example, stretched } from "./plans.mjs";

function measure(fn, minMs = 300) {
  for (let i = 0; i < 5; i += 1) fn();
  let iterations = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < iterations; i += 1) fn();
    if (performance.now() - start > 20) break;
    iterations *= 2;
  }
  const samples = [];
  const until = performance.now() + minMs;
  while (performance.now() < until || samples.length < 7) {
    const start = performance.now();
    for (let i = 0; i < iterations; i += 1) fn();
    samples.push((performance.now() - start) / iterations);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function sameInstants(plan) {
  const key = (item) => `${item.id} ${item.date} ${item.start ?? ""} ${item.end ?? ""}`;
  const ours = expandPlan(plan).map(key).sort();
  const theirs = baselineExpand(plan).map(key).sort();
  if (ours.length !== theirs.length || ours.some((line, index) => line !== theirs[index])) {
    throw new Error(`baseline and expandPlan disagree on ${plan.id}`);
  }
  return ours.length;
}

const rows = [];
const results = {};
for (const [name, json] of [["example (12 weeks)", example], ["16 weeks", stretched(16)], ["104 weeks", stretched(104)]]) {
  const plan = parsePlan(json);
  const occurrences = sameInstants(plan);
  const ours = measure(() => expandPlan(plan));
  const baseline = measure(() => baselineExpand(plan));
  results[name] = { ours, baseline };
  rows.push({ plan: name, occurrences, "expandPlan ms": ours.toFixed(3), "baseline ms": baseline.toFixed(3), "ratio (target <= 1.0)": (ours / baseline).toFixed(2) });
}
console.log("Scheduler: expandPlan against the hand-written baseline");
console.table(rows);
const scaling = results["104 weeks"].ours / results["16 weeks"].ours;
console.log(`expandPlan 104-week / 16-week time: ${scaling.toFixed(2)} (target <= 7.5)`);

const athlete = parseAthlete(JSON.parse(readFileSync(new URL("../examples/athlete.json", import.meta.url), "utf8")));
const validation = [];
const validateTimes = {};
for (const [name, json] of [["example (12 weeks)", example], ["16 weeks", stretched(16)], ["104 weeks", stretched(104)]]) {
  const plan = parsePlan(json);
  const validate = measure(() => validatePlan(plan, { athlete }));
  validateTimes[name] = validate;
  validation.push({ plan: name, "validatePlan ms": validate.toFixed(3), "expandPlan ms": results[name].ours.toFixed(3), "ratio (target <= 3.0)": (validate / results[name].ours).toFixed(2) });
}
console.log("Validator: validatePlan (all 29 rules) against expandPlan on the same plan");
console.table(validation);
console.log(`validatePlan 104-week / 16-week time: ${(validateTimes["104 weeks"] / validateTimes["16 weeks"]).toFixed(2)} (target <= 7.5)`);
