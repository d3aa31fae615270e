// The living plan at its documented maximum (issue 21, item 2): 20,000 activities against a 44-week plan, about 65 a
// day of every kind, some linked by the user, some a few days off their session, with the default window (2 days)
// and the widest (14). Target: adherence and fitness each within 2x one validatePlan of the same plan.
// `node bench/living.mjs` runs this part alone (after `npm run build`); `npm run bench` runs it with the rest.
import {
  adherence,
  expandPlan,
  fitness,
  parseActivities,
  parseAthlete,
  parsePlan,
  validatePlan,
} from "../dist/esm/index.js";
import { readFileSync } from "node:fs";
import { stretched } from "./plans.mjs";

const KINDS = ["run", "strength", "cross", "mobility", "mental"];
const DETAIL = {
  run: { runType: "easy" },
  strength: {},
  cross: { modality: "bike" },
  mobility: { practice: "yoga" },
  mental: { practice: "visualization" },
};

/** `count` activities spread over the plan's days: every kind, minutes around the sessions', one in 9 linked. */
export function manyActivities(plan, count, kinds = KINDS) {
  const occurrences = expandPlan(plan, { includeHabits: false });
  const first = Date.parse(`${plan.startDate}T00:00:00Z`);
  const days = Math.round((Date.parse(`${occurrences.at(-1).date}T00:00:00Z`) - first) / 86_400_000) + 1;
  return parseActivities(
    Array.from({ length: count }, (_, index) => {
      const kind = kinds[index % kinds.length];
      const date = new Date(first + ((index * 7919) % days) * 86_400_000).toISOString().slice(0, 10);
      const linked = occurrences[(index * 104_729) % occurrences.length];
      return {
        id: `a${String(index).padStart(5, "0")}`,
        date,
        kind,
        ...DETAIL[kind],
        minutes: 10 + ((index * 37) % 80),
        ...(index % 3 === 0 ? { rpe: 1 + (index % 9) } : {}),
        ...(index % 9 === 0 ? { occurrenceId: linked.id } : {}),
      };
    }),
  );
}

/**
 * The hostile shape of the same size (the attack of issue 21): 60 daily runs for 44 weeks (18,480 occurrences, under
 * the 20,000 limit) and 20,000 runs logged; every activity is a candidate for 60 occurrences a day.
 */
export function densePlan() {
  return {
    version: 1,
    id: "dense-44",
    timezone: "UTC",
    startDate: "2026-11-02",
    phases: [
      {
        id: "base",
        weeks: 44,
        sessions: Array.from({ length: 60 }, (_, index) => ({
          id: `r${String(index)}`,
          kind: "run",
          runType: "easy",
          minutes: 20 + index,
          rpe: 3,
          repeat: "FREQ=DAILY",
        })),
      },
    ],
  };
}

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/** Calls of `fn` that take at least `ms` milliseconds in all (one call of a slow function is enough). */
function iterationsFor(fn, ms = 60) {
  const start = performance.now();
  fn();
  return Math.max(1, Math.ceil(ms / Math.max(performance.now() - start, 0.01)));
}

/** The mean time of `iterations` calls of `fn`. */
function batch(fn, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) fn();
  return (performance.now() - start) / iterations;
}

/**
 * `fn` against `reference`, as bench/run.mjs compares: batches of at least 60 ms of each side, interleaved in
 * alternating order after a warm-up, the ratio the median of the rounds' ratios (steadier on a shared machine).
 */
function compareSlow(fn, reference, rounds = Number(process.env.BENCH_ROUNDS ?? 9)) {
  const times = { a: [], b: [], ratio: [] };
  // Warm-up: the optimizing compiler takes a few calls to settle on both sides.
  for (let warm = 0; warm < 3; warm += 1) {
    fn();
    reference();
  }
  const [na, nb] = [iterationsFor(fn), iterationsFor(reference)];
  for (let round = 0; round < rounds; round += 1) {
    const [a, b] =
      round % 2 === 0 ? [batch(fn, na), batch(reference, nb)] : [batch(reference, nb), batch(fn, na)].reverse();
    times.a.push(a);
    times.b.push(b);
    times.ratio.push(a / b);
  }
  return { a: median(times.a), b: median(times.b), ratio: median(times.ratio) };
}

export function benchLivingAtScale() {
  const athlete = parseAthlete(JSON.parse(readFileSync(new URL("../examples/athlete.json", import.meta.url), "utf8")));
  const rows = [];
  for (const [label, json, kinds] of [
    ["44 weeks", stretched(44), KINDS],
    ["dense 44 weeks", densePlan(), ["run"]],
  ])
    rows.push(...benchPlan(athlete, label, parsePlan(json), kinds));
  console.log("The living plan at scale: 20,000 activities against a 44-week plan, against validatePlan of that plan");
  console.table(rows);
}

function benchPlan(athlete, label, plan, kinds) {
  const activities = manyActivities(plan, 20_000, kinds);
  const asOf = "2027-06-01";
  const validate = () => validatePlan(plan, { athlete });
  return [
    ["adherence", () => adherence(plan, activities, { asOf })],
    ["adherence, windowDays 14", () => adherence(plan, activities, { asOf, windowDays: 14 })],
    ["fitness", () => fitness(plan, { activities, asOf })],
    ["fitness, windowDays 14", () => fitness(plan, { activities, asOf, windowDays: 14 })],
  ].map(([name, fn]) => {
    const cost = compareSlow(fn, validate);
    return {
      plan: label,
      function: name,
      ms: cost.a.toFixed(1),
      "validatePlan ms": cost.b.toFixed(1),
      ratio: cost.ratio.toFixed(2),
      target: "<= 2.0",
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) benchLivingAtScale();
