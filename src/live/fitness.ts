import { addDays, dateToDays, daysToDate } from "../calendar/civilDate.js";
import { dailyLoadSeries, dayLoad } from "../load/dailyLoads.js";
import { decayFactor, ewmaStep, type DecayFormula } from "../load/smoothing.js";
import type { Activity } from "../model/activity.js";
import type { Plan } from "../model/plan.js";
import { buildCalendar } from "../schedule/buildCalendar.js";
import { limitOptionsOf } from "../schedule/limitOptions.js";
import type { Calendar, OccurrenceLimitOption, SessionOccurrence, WeekLimitOption } from "../schedule/types.js";
import { activityLoad } from "./activityLoad.js";
import { linkActivities, type ActivityLinks } from "./linkActivities.js";
import { checkLiveOptions } from "./liveOptions.js";
import { planSpan } from "./planSpan.js";

/** Which day's fitness and fatigue the form (TSB) of a day is computed from. */
export type TsbDay = "previous" | "same";

/** Fitness and fatigue on the day before the first day of {@link fitness}. */
export interface FitnessSeed {
  /** Fitness (CTL). */
  readonly ctl: number;
  /** Fatigue (ATL). */
  readonly atl: number;
}

/** Options of {@link fitness}. */
export interface FitnessOptions extends OccurrenceLimitOption, WeekLimitOption {
  /** What the athlete did: it replaces the planned load before `asOf` (and the occurrences it completed, after). */
  readonly activities?: readonly Activity[];
  /** Today: days before it are actual, days from it planned. Default: the day after the last activity, else the plan's start. */
  readonly asOf?: string;
  /** CTL and ATL on the day before the plan's first day; default `{ ctl: 0, atl: 0 }`. */
  readonly seed?: FitnessSeed;
  /** `exponential` (default): lambda = 1 - e^(-1/N); `ema`: lambda = 2 / (N + 1) (Runalyze). */
  readonly decay?: DecayFormula;
  /** Days of the fitness (chronic) average; default 42. */
  readonly ctlDays?: number;
  /** Days of the fatigue (acute) average; default 7. */
  readonly atlDays?: number;
  /**
   * Which day a day's TSB is read from: `previous` (default; TrainingPeaks' and GoldenCheetah's "form for today",
   * CTL - ATL of the day before, so a hard day shows in tomorrow's form) or `same` (CTL - ATL of that day, as
   * Runalyze and intervals.icu show it).
   */
  readonly tsbDay?: TsbDay;
  /** How many days from its date an activity may complete an occurrence (see {@link adherence}); default 2 (0 to 14). */
  readonly windowDays?: number;
  /** The RPE of an unplanned activity that gives none (a linked one takes its session's); default 4. */
  readonly defaultRpe?: number;
}

/** One day of {@link fitness}. */
export interface FitnessDay {
  /** The local day. */
  readonly date: string;
  /** Its session-RPE load: what was done before `asOf`, what is planned (and not yet done) from it. */
  readonly load: number;
  /** Fitness: the `ctlDays` EWMA of daily load at the end of the day. */
  readonly ctl: number;
  /** Fatigue: the `atlDays` EWMA of daily load at the end of the day. */
  readonly atl: number;
  /** Form: CTL - ATL, of the day before (default) or of the day itself (see `tsbDay`). */
  readonly tsb: number;
  /** CTL of the day less CTL 7 days before (the seed before the plan): the ramp per 7 days. */
  readonly ramp: number;
  /** `actual` when the load is what was done, `planned` when it is (at least partly) still to do. */
  readonly source: "actual" | "planned";
}

/** What {@link fitness} returns. */
export interface Fitness {
  /**
   * One entry per day of the plan, in order; and one per day after it up to a session that a DST gap pushed past the
   * last day (a late session on a spring-forward night, Samoa's missing 2011-12-30), so that its load counts.
   */
  readonly days: readonly FitnessDay[];
}

/**
 * The actual load of each day: every activity's load (a linked one without RPE at its session's), summed in
 * date-then-id order, a fixed order for a fixed sum.
 */
function actualLoads({ sorted, occurrenceOf }: ActivityLinks, defaultRpe: number): ReadonlyMap<string, number> {
  const byDate = new Map<string, number>();
  sorted.forEach((activity, index) => {
    const session = occurrenceOf[index]?.session;
    const rpe =
      session && (session.kind === "run" || session.kind === "cross" || session.kind === "strength")
        ? session.rpe
        : defaultRpe;
    byDate.set(activity.date, (byDate.get(activity.date) ?? 0) + activityLoad(activity, rpe));
  });
  return byDate;
}

/**
 * The planned load of every day of the plan, the linked occurrences left out, and of the days after it up to an
 * occurrence a DST gap pushed past the last day (its load counts on the day it lands on, never nowhere).
 */
function plannedLoads(
  plan: Plan,
  calendar: Calendar,
  occurrences: readonly SessionOccurrence[],
  excluded: ReadonlySet<string>,
): readonly { readonly date: string; readonly load: number }[] {
  const series = dailyLoadSeries(calendar, { excluded });
  const span = planSpan(plan, occurrences);
  if (span.lastDay <= span.firstDay + span.weeks * 7 - 1) return series;
  const after = occurrences.filter((occurrence) => occurrence.date > calendar.endDate);
  const extra = [];
  for (let day = dateToDays(calendar.endDate) + 1; day <= span.lastDay; day += 1) {
    const date = daysToDate(day);
    extra.push({
      date,
      load: dayLoad(
        after.filter((occurrence) => occurrence.date === date),
        excluded,
      ),
    });
  }
  return [...series, ...extra];
}

/**
 * Fitness, fatigue and form (CTL, ATL and TSB of the Banister / PMC model) for every day of a plan: over what the
 * athlete did before `asOf` and what is planned from it, the occurrences that activities completed counted once
 * (GoldenCheetah's "expected" series). `ctl_d = ctl_(d-1) + (load_d - ctl_(d-1)) * lambda`, lambda = 1 - e^(-1/42)
 * (ATL: 7 days) by default, or 2 / (N + 1) with `decay: "ema"`. A day's TSB is CTL - ATL of the day before by default
 * (TrainingPeaks' "form for today"). Loads are session RPE x minutes, so the numbers are several times larger than
 * TSS-based ones for the same training.
 *
 * In the example, Monday's CTL is 240 x (1 - e^(-1/42)) and its TSB the seed's (0), that of the day before.
 *
 * @param plan - A parsed plan.
 * @param options - The activities, `asOf`, the seed, the decay formula and windows, the TSB day.
 * @returns `{ days }`, one entry per day of the plan (and any day a DST gap pushed a session to, past its end).
 * @throws {@link OffseasonError} with code `config` for a bad option (`asOf` not a date, `windowDays` not 0 to 14,
 * `ctlDays` / `atlDays` not 1 to 365, `decay` / `tsbDay` not one of theirs, a seed not two finite numbers,
 * `defaultRpe` not 0 to 10: the same checks as {@link adherence}'s), and what {@link buildCalendar} throws.
 * @example
 * ```ts
 * import { fitness, parsePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 1, sessions: [
 *     { id: "easy", kind: "run", runType: "easy", minutes: 60, rpe: 4, on: ["MO"] },
 *   ] }],
 * });
 * const [monday] = fitness(plan).days;
 * monday?.load; //=> 240
 * monday?.ctl; //=> 5.6467...
 * monday?.tsb; //=> 0
 * ```
 */
export function fitness(plan: Plan, options: FitnessOptions = {}): Fitness {
  checkLiveOptions(options, "fitness");
  const {
    activities = [],
    seed = { ctl: 0, atl: 0 },
    decay = "exponential",
    ctlDays = 42,
    atlDays = 7,
    tsbDay = "previous",
    windowDays = 2,
    defaultRpe = 4,
  } = options;
  const lastActivity = activities.reduce<string | undefined>(
    (last, activity) => (last === undefined || activity.date > last ? activity.date : last),
    undefined,
  );
  const asOf = options.asOf ?? (lastActivity === undefined ? plan.startDate : addDays(lastActivity, 1));
  // Habits carry no load: the calendar of sessions alone is enough, and costs half as much to build.
  const calendar = buildCalendar(plan, { includeHabits: false, ...limitOptionsOf(options) });
  const occurrences = calendar.occurrences.filter(
    (occurrence): occurrence is SessionOccurrence => occurrence.kind !== "habit",
  );
  const linking = linkActivities(occurrences, activities, windowDays);
  const actualByDate = actualLoads(linking, defaultRpe);
  const series = plannedLoads(plan, calendar, occurrences, new Set(linking.links.keys()));
  const ctlLambda = decayFactor(ctlDays, decay);
  const atlLambda = decayFactor(atlDays, decay);
  let ctl = seed.ctl;
  let atl = seed.atl;
  const ctlHistory: number[] = [];
  return {
    days: series.map((day, index) => {
      const actual = actualByDate.get(day.date) ?? 0;
      const past = day.date < asOf;
      const load = past ? actual : day.load + actual;
      const before = ctl - atl;
      ctl = ewmaStep(ctl, load, ctlLambda);
      atl = ewmaStep(atl, load, atlLambda);
      ctlHistory.push(ctl);
      const weekAgo = index >= 7 ? (ctlHistory[index - 7] ?? seed.ctl) : seed.ctl;
      return {
        date: day.date,
        load,
        ctl,
        atl,
        tsb: tsbDay === "same" ? ctl - atl : before,
        ramp: ctl - weekAgo,
        source: past || (actual > 0 && day.load === 0) ? "actual" : "planned",
      };
    }),
  };
}
