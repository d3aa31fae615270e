// `npm run bench`: speed of the scheduler against a hand-written baseline, scaling with plan length, and the
// iCalendar export on long texts, and the cost of the format additions (a plan using every one against the same plan
// written without them), and the living plan (adherence and fitness of a year with 600 activities, and of 44 weeks
// with 20,000 activities: bench/living.mjs).
// Figures are medians of repeated batches on this machine; a ratio is the median of interleaved rounds of its two
// sides (`compare`). The targets are ratios, never absolute times.
import {
  adherence,
  expandPlan,
  fitness,
  generatePlan,
  OffseasonError,
  parseActivities,
  parseAthlete,
  parsePlan,
  safeParsePlan,
  validatePlan,
} from "../dist/esm/index.js";
import { toICalendar } from "../dist/esm/ical.js";
import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { baselineExpand } from "./baseline.mjs";
import { benchLivingAtScale } from "./living.mjs";
import { withRound2, withoutRound2 } from "./round2.mjs";
import { example, longNotesProgressed, longTexts, stretched, withAdditions, withoutAdditions } from "./plans.mjs";

/** Iterations of `fn` that take at least `ms` milliseconds, after a warm-up. */
function calibrate(fn, ms = 15) {
  for (let i = 0; i < 5; i += 1) fn();
  let iterations = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < iterations; i += 1) fn();
    if (performance.now() - start > ms) return iterations;
    iterations *= 2;
  }
}

function batch(fn, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) fn();
  return (performance.now() - start) / iterations;
}

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/** The median time of one call of `fn`, over repeated batches. */
function measure(fn, minMs = 300) {
  const iterations = calibrate(fn);
  const samples = [];
  const until = performance.now() + minMs;
  while (performance.now() < until || samples.length < 7) samples.push(batch(fn, iterations));
  return median(samples);
}

/**
 * `a` against `b`: batches of the two interleaved, in alternating order, so that both see the same state of the
 * machine (frequency, other load, garbage); the ratio is the median of the rounds' ratios, steadier than a ratio of
 * two medians taken at different times.
 */
function compare(a, b, rounds = 21) {
  const [na, nb] = [calibrate(a), calibrate(b)];
  const times = { a: [], b: [], ratio: [] };
  for (let round = 0; round < rounds; round += 1) {
    const [ta, tb] = round % 2 === 0 ? [batch(a, na), batch(b, nb)] : [batch(b, nb), batch(a, na)].reverse();
    times.a.push(ta);
    times.b.push(tb);
    times.ratio.push(ta / tb);
  }
  return { a: median(times.a), b: median(times.b), ratio: median(times.ratio) };
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
for (const [name, json] of [
  ["example (12 weeks)", example],
  ["16 weeks", stretched(16)],
  ["104 weeks", stretched(104)],
]) {
  const plan = parsePlan(json);
  const occurrences = sameInstants(plan);
  const {
    a: ours,
    b: baseline,
    ratio,
  } = compare(
    () => expandPlan(plan),
    () => baselineExpand(plan),
  );
  results[name] = { ours, baseline, plan };
  rows.push({
    plan: name,
    occurrences,
    "expandPlan ms": ours.toFixed(3),
    "baseline ms": baseline.toFixed(3),
    "ratio (target <= 1.0)": ratio.toFixed(2),
  });
}
console.log("Scheduler: expandPlan against the hand-written baseline");
console.table(rows);
const scaling = compare(
  () => expandPlan(results["104 weeks"].plan),
  () => expandPlan(results["16 weeks"].plan),
).ratio;
console.log(`expandPlan 104-week / 16-week time: ${scaling.toFixed(2)} (target <= 7.5)`);

// The format additions (issue #12): the same 12 weeks written with every addition and written without them.
const additions = safeParsePlan(withAdditions());
if (additions.success) {
  const plain = parsePlan(withoutAdditions());
  const timed = [
    ["with every addition", additions.data],
    ["without them (a phase per week)", plain],
  ].map(([name, plan]) => ({ name, plan, occurrences: expandPlan(plan).length }));
  const cost = compare(
    () => expandPlan(timed[0].plan),
    () => expandPlan(timed[1].plan),
  );
  timed[0].ms = cost.a;
  timed[1].ms = cost.b;
  console.log("Format additions: expandPlan on a plan using every addition against the same plan written without them");
  console.table(
    timed.map(({ name, occurrences, ms }) => ({ plan: name, occurrences, "expandPlan ms": ms.toFixed(3) })),
  );
  console.log(`expandPlan with / without the additions: ${cost.ratio.toFixed(2)} (target <= 1.5)`);
} else {
  const [first] = additions.error.issues;
  console.log(
    `Format additions: needs the format additions (parsePlan rejects the plan using them: ${first.path || "(plan)"} ${first.message}); skipped`,
  );
}

// The round-2 format additions (issue #23): the same 12 weeks written with every one of them (ranges and per-week
// values inside steps, open ranges, effort words, omitted lengths, alternatives, timesPerWeek, walk steps, named
// paces, a time trial) and without them. Both must give the same days, kinds and minutes.
const round2 = safeParsePlan(withRound2());
if (round2.success) {
  const plain = parsePlan(withoutRound2());
  const days = (plan) =>
    expandPlan(plan, { includeHabits: false })
      .map((occurrence) => `${occurrence.date} ${occurrence.kind} ${String(occurrence.session.minutes)}`)
      .sort();
  const [ours, theirs] = [days(round2.data), days(plain)];
  if (ours.length !== theirs.length || ours.some((line, index) => line !== theirs[index])) {
    throw new Error("the round-2 plan and the same plan written without the additions disagree");
  }
  const cost = compare(
    () => expandPlan(round2.data),
    () => expandPlan(plain),
  );
  console.log(
    "Round-2 format additions: expandPlan on a plan using every one against the same plan written without them",
  );
  console.table([
    { plan: "with every round-2 addition", occurrences: ours.length, "expandPlan ms": cost.a.toFixed(3) },
    { plan: "without them (a phase per week)", occurrences: theirs.length, "expandPlan ms": cost.b.toFixed(3) },
  ]);
  console.log(`expandPlan with / without the round-2 additions: ${cost.ratio.toFixed(2)} (target <= 1.5)`);
} else {
  const [first] = round2.error.issues;
  console.log(
    `Round-2 format additions: parsePlan rejects the plan using them (${first.path || "(plan)"} ${first.message}); skipped`,
  );
}

const athlete = parseAthlete(JSON.parse(readFileSync(new URL("../examples/athlete.json", import.meta.url), "utf8")));
const validation = [];
const validatePlans = {};
for (const [name, json] of [
  ["example (12 weeks)", example],
  ["16 weeks", stretched(16)],
  ["104 weeks", stretched(104)],
]) {
  const plan = parsePlan(json);
  const {
    a: validate,
    b: expand,
    ratio,
  } = compare(
    () => validatePlan(plan, { athlete }),
    () => expandPlan(plan),
  );
  validatePlans[name] = plan;
  validation.push({
    plan: name,
    "validatePlan ms": validate.toFixed(3),
    "expandPlan ms": expand.toFixed(3),
    "ratio (target <= 3.0)": ratio.toFixed(2),
  });
}
console.log("Validator: validatePlan (every rule) against expandPlan on the same plan");
console.table(validation);
console.log(
  `validatePlan 104-week / 16-week time: ${compare(
    () => validatePlan(validatePlans["104 weeks"], { athlete }),
    () => validatePlan(validatePlans["16 weeks"], { athlete }),
  ).ratio.toFixed(2)} (target <= 7.5)`,
);

// The living plan: a 52-week plan lived with 600 activities (most sessions done, some a day late, some cut short,
// some never planned), matched and followed against validating the same plan.
const year = parsePlan(stretched(52));
const lived = expandPlan(year, { includeHabits: false }).filter((occurrence) => occurrence.kind !== "mobility");
const step = lived.length / 600;
const activities = parseActivities(
  Array.from({ length: 600 }, (_, index) => {
    const occurrence = lived[Math.floor(index * step)];
    const late = index % 7 === 3 ? 1 : 0;
    const day = new Date(`${occurrence.date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + late);
    return {
      id: `a${String(index)}`,
      date: day.toISOString().slice(0, 10),
      kind: index % 29 === 0 ? "cross" : occurrence.kind,
      minutes: Math.max(5, Math.round(occurrence.session.minutes * (index % 5 === 0 ? 0.6 : 1.05))),
      rpe: 4,
    };
  }),
);
const asOf = lived[lived.length - 1].date;
const adherenceCost = compare(
  () => adherence(year, activities, { asOf }),
  () => validatePlan(year, { athlete }),
);
const fitnessCost = compare(
  () => fitness(year, { activities, asOf }),
  () => validatePlan(year, { athlete }),
);
console.log("The living plan: a 52-week plan and 600 activities, against validatePlan of that plan");
console.table([
  {
    function: "adherence",
    ms: adherenceCost.a.toFixed(3),
    "validatePlan ms": adherenceCost.b.toFixed(3),
    ratio: adherenceCost.ratio.toFixed(2),
    target: "<= 2.0",
  },
  {
    function: "fitness",
    ms: fitnessCost.a.toFixed(3),
    "validatePlan ms": fitnessCost.b.toFixed(3),
    ratio: fitnessCost.ratio.toFixed(2),
    target: "<= 1.0",
  },
]);

// The living plan at its documented maximum (issue 21): 20,000 activities against a 44-week plan.
benchLivingAtScale();

// The generator (issue #14): a 12-week plan for the example athlete costs at most twice one validation of it. It is
// built week by week as typed sessions and parsed once; it does not validate itself.
const generated = generatePlan(athlete, { startDate: "2026-11-02", weeks: 12 });
const generation = compare(
  () => generatePlan(athlete, { startDate: "2026-11-02", weeks: 12 }),
  () => validatePlan(generated, { athlete }),
);
console.log(
  `generatePlan (12 weeks) / validatePlan of its output: ${generation.ratio.toFixed(2)} (target <= 2.0; ${generation.a.toFixed(2)} ms against ${generation.b.toFixed(2)} ms)`,
);

// iCalendar: folding is one pass over the text, so a long text costs what its bytes cost (no per-character
// encoding), and a plan too large to export is refused from its figures at about the cost of expanding it.
const now = "2026-11-01T00:00:00Z";
const ical = [];
let exampleNsPerByte = 0;
for (const [name, json] of [
  ["example (12 weeks)", example],
  ["16 KiB name, daily, 104 weeks", longTexts(1)],
  ["16 KiB notes, daily run, progression", longNotesProgressed()],
]) {
  const plan = parsePlan(json);
  const ics = toICalendar(plan, { now });
  const events = ics.split("BEGIN:VEVENT").length - 1;
  const bytes = Buffer.byteLength(ics, "utf8");
  const ms = measure(() => toICalendar(plan, { now }));
  const nsPerByte = (ms * 1e6) / bytes;
  if (exampleNsPerByte === 0) exampleNsPerByte = nsPerByte;
  ical.push({
    plan: name,
    events,
    "output MB": (bytes / 1e6).toFixed(2),
    "toICalendar ms": ms.toFixed(2),
    "ms per event": (ms / events).toFixed(4),
    "ns per byte": nsPerByte.toFixed(2),
    "ns per byte / example (target <= 1.0)": (nsPerByte / exampleNsPerByte).toFixed(2),
  });
}
console.log("iCalendar export: time per byte written, long texts against the example");
console.table(ical);
const tooLarge = parsePlan(longTexts(27, { notes: true }));
const refuse = () => {
  try {
    toICalendar(tooLarge, { now });
  } catch (error) {
    if (error instanceof OffseasonError && error.code === "limit") return;
    throw error;
  }
  throw new Error("the 888 KB plan was not refused");
};
const refusal = compare(refuse, () => expandPlan(tooLarge), 7);
console.log(
  `iCalendar refusal of the 888 KB plan (27 daily 16 KiB names and notes): ${refusal.a.toFixed(1)} ms, ${refusal.ratio.toFixed(2)} x its expandPlan (refused from its figures, before any text is built)`,
);
