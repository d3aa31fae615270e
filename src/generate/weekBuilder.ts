/**
 * One week built from its settings: strength on its days, then the runs (a transition's easy runs, or quality first,
 * then strides, the long run and easy runs), then cross-training on the days with the least load.
 */
import { compose } from "./composeRuns.js";
import { CROSS_MIN, EXACT_MARGIN, MIN_RUN, QUALITY_SHARE, RECOVERY_RUNS, TRANSITION_TOP } from "./tuning.js";
import type { PhaseKind, PlannedOther, PlannedRun, PlannedWeek, QualityRun, SeasonInput, WeekSpec } from "./types.js";
import { spreadDays, type Day } from "./weekLayout.js";

/** What every week starts from: its strength sessions, the minutes of a cross-training session, a run's room by day. */
interface WeekFrame {
  readonly strength: readonly PlannedOther[];
  readonly crossMinutes: number;
  readonly cap: (day: Day) => number;
}

/** Minutes of a short strength add-on after a run on a day with little room (COACHING.md §3.1: 15-25 min). */
const ADD_ON_STRENGTH = 20;
/** A run day with less room than this takes strength as the short add-on. */
const ROOMY_DAY = 90;
/** The longest run of each transition week after the season's end (COACHING.md §1.2, §1.5): 40, 60, 70, 85 min. */
const TRANSITION_TOP_CAPS: readonly number[] = [40, 60, 70, 85];

/**
 * Strength minutes and RPE on a day: light bodyweight work in the transition; a short add-on after the run on a run
 * day with little room, else the level's session.
 */
export function strengthOf(input: SeasonInput, phase: PhaseKind, day?: Day): { minutes: number; rpe: number } {
  const { layout, profile } = input;
  const short = day !== undefined && layout.runDays.includes(day) && (layout.capacity[day] ?? 0) < ROOMY_DAY;
  // The add-on leaves a scarce day 30 minutes of running: 15-20 minutes (COACHING.md §3.1, §3.4).
  const addOn = Math.max(15, Math.min(ADD_ON_STRENGTH, (layout.capacity[day ?? 0] ?? 0) - 30));
  const minutes = short ? Math.min(addOn, profile.strengthMinutes) : profile.strengthMinutes;
  // Under-15s and beginners below the level's usual season: technique first, short and light (COACHING.md §5).
  if (input.model.young || (input.beginner && input.inSeasonMinutes < profile.defaultInSeasonWeeklyRunMinutes))
    return { minutes: Math.min(minutes, 15), rpe: 3 };
  if (phase === "transition") return { minutes, rpe: 3 };
  return { minutes, rpe: input.beginner ? 4 : 5 };
}

/** Builds one week of the season from its spec. */
export function buildWeek(input: SeasonInput, spec: WeekSpec): PlannedWeek {
  const frame = frameOf(input, spec);
  return spec.phase === "transition" ? transitionWeek(input, spec, frame) : trainingWeek(input, spec, frame);
}

function frameOf(input: SeasonInput, spec: WeekSpec): WeekFrame {
  const { layout } = input;
  const { phase, kind, week } = spec;
  const capacity = (day: Day) => layout.capacity[day] ?? 0;
  const { dose } = spec;
  const strength: PlannedOther[] =
    kind === "recovery" || dose === undefined
      ? []
      : layout.strengthDays.map(({ day, mode }) => {
          // The session's RPE (Foster) stays the level's: heavy sets are few, with long rests; their effort is the
          // sets' RPE and reps in reserve, in the exercises.
          const { minutes, rpe } = strengthOf(input, phase, day);
          return { day, mode, minutes: Math.max(15, Math.round(minutes * spec.strengthShare)), rpe, dose };
        });
  const strengthOn = (day: Day) => strength.find((entry) => entry.day === day)?.minutes ?? 0;
  // The transition keeps its load in easy cross-training (two sessions a week) while running comes back.
  const crossMinutes = Math.min(
    kind === "recovery" ? 30 : 45,
    Math.max(20, Math.round((phase === "transition" ? 0.2 : 0.15) * input.inSeasonMinutes)),
  );
  // Cross-training goes on the days runs leave (COACHING.md §3.1): it never keeps room on a run day.
  const room = (day: Day) => capacity(day) - strengthOn(day);
  const cap = (day: Day) =>
    spec.noRunDays.includes(day) ? 0 : Math.min(room(day), spec.spikeCap(week, day), spec.longCap);
  return { strength, crossMinutes, cap };
}

/** A transition week: easy runs only, the longest on the roomiest run day, and easy cross-training. */
function transitionWeek(input: SeasonInput, spec: WeekSpec, frame: WeekFrame): PlannedWeek {
  const { layout, limits } = input;
  const { phase, kind } = spec;
  const { strength, crossMinutes, cap } = frame;
  const runs: PlannedRun[] = [];
  const index = spec.after ?? spec.week;
  const most = Math.min(
    TRANSITION_TOP_CAPS[Math.min(index, TRANSITION_TOP_CAPS.length - 1)] ?? Infinity,
    kind === "recovery" ? limits.transition.firstDaysMaxRunMinutes - 5 : Infinity,
  );
  // The roomiest run day carries the week's longest run, as long as the 30-day spike check allows; the other runs
  // share what is left at 20 minutes or more, never longer than it. No running on the first days after a marathon.
  const open = layout.runDays.filter((day) => !spec.noRunDays.includes(day));
  const days = spreadDays(open, kind === "recovery" ? RECOVERY_RUNS : spec.transitionRuns);
  const longest = layout.longDay !== undefined && days.includes(layout.longDay) ? layout.longDay : days[0];
  if (longest === undefined)
    return finish(phase, kind, runs, strength, placeCross(input, spec, runs, strength, crossMinutes));
  const top = Math.max(
    0,
    Math.min(
      most,
      cap(longest),
      days.length > 1 ? Math.max(MIN_RUN, Math.round(TRANSITION_TOP * spec.minutes)) : spec.minutes,
    ),
  );
  if (top >= MIN_RUN) runs.push({ day: longest, runType: "easy", rpe: 3, minutes: top });
  let others = days.filter((day) => day !== longest);
  while (others.length > 0 && Math.floor((spec.minutes - top) / others.length) < MIN_RUN)
    others = spreadDays(others, others.length - 1);
  for (const day of others) {
    const minutes = Math.min(top, cap(day), Math.floor((spec.minutes - top) / others.length));
    if (minutes >= MIN_RUN) runs.push({ day, runType: "easy", rpe: 3, minutes });
  }
  runs.sort((a, b) => a.day - b.day);
  return finish(phase, kind, runs, strength, placeCross(input, spec, runs, strength, crossMinutes));
}

/**
 * A base or pre-season week. Quality first: its days, its fixed minutes; then strides after the roomiest easy run,
 * the long run, easy runs. A week short of easy minutes for its quality gets one more easy cross-training session
 * before it loses any quality.
 */
function trainingWeek(input: SeasonInput, spec: WeekSpec, frame: WeekFrame): PlannedWeek {
  const { strength, crossMinutes, cap } = frame;
  let quality = qualityOf(input, spec, cap);
  let extraCross = 0;
  for (;;) {
    const composed = compose(input, spec, quality, cap);
    const cross = placeCross(
      input,
      { ...spec, crossCount: spec.crossCount + extraCross },
      composed.runs,
      strength,
      crossMinutes,
    );
    const aerobic = composed.runMinutes + cross.reduce((sum, entry) => sum + entry.minutes, 0);
    const hard = composed.runs.reduce((sum, run) => sum + (run.workout?.hardMinutes ?? 0), 0);
    if (quality.length === 0 || hard <= (1 - input.limits.intensity.minEasyShare) * EXACT_MARGIN * aerobic)
      return finish(spec.phase, spec.kind, composed.runs, strength, cross);
    if (extraCross === 0) extraCross = 1;
    else quality = quality.slice(0, -1);
  }
}

/** The phase's quality sessions that fit their day and the 30-day longest run, within the phase's quality share. */
function qualityOf(input: SeasonInput, spec: WeekSpec, cap: (day: Day) => number): QualityRun[] {
  const quality: QualityRun[] = [];
  let qualityMinutes = 0;
  for (const [index, workout] of (spec.workouts?.list ?? []).slice(0, spec.qualityCount).entries()) {
    const day = input.layout.hardDays[index];
    if (day === undefined || workout.minutes > cap(day)) continue;
    if (qualityMinutes + workout.minutes > QUALITY_SHARE[spec.phase] * spec.minutes) continue;
    quality.push({ workout, day });
    qualityMinutes += workout.minutes;
  }
  return quality;
}

/**
 * Cross-training (active recovery) on the days with the least load, never on a quality day, the rest day last:
 * load spread over the week keeps the daily acute:chronic ratio steady.
 */
function placeCross(
  input: SeasonInput,
  spec: WeekSpec,
  runs: readonly PlannedRun[],
  strength: readonly PlannedOther[],
  minutes: number,
): PlannedOther[] {
  const { layout } = input;
  const loadOn = (day: Day) =>
    [...runs, ...strength]
      .filter((entry) => entry.day === day)
      .reduce((sum, entry) => sum + entry.rpe * entry.minutes, 0);
  const busy = (day: Day) =>
    [...runs, ...strength].filter((entry) => entry.day === day).reduce((sum, entry) => sum + entry.minutes, 0);
  const quality = new Set(runs.filter((run) => run.workout && run.runType !== "strides").map((run) => run.day));
  const easyDays = new Set(runs.filter((run) => run.runType === "easy").map((run) => run.day));
  const order = (day: Day) => {
    const index = layout.crossDays.indexOf(day);
    return index < 0 ? 7 : index;
  };
  // Cross-training goes on the days runs leave (COACHING.md §3.3); a second session on an easy run's day only for
  // advanced and elite runners.
  const runDays = new Set(runs.map((run) => run.day));
  const doubles = input.level === "advanced" || input.level === "elite";
  const candidates = [0, 1, 2, 3, 4, 5, 6]
    .filter(
      (day) =>
        (layout.capacity[day] ?? 0) - busy(day) >= CROSS_MIN &&
        !quality.has(day) &&
        (!runDays.has(day) || (doubles && spec.stackCross)) &&
        // A day's strength session is its training: cross-training on top of it only for advanced and elite.
        (doubles || !strength.some((entry) => entry.day === day)),
    )
    .sort(
      (a, b) =>
        Number(a === layout.restDay) - Number(b === layout.restDay) ||
        (spec.stackCross ? Number(!easyDays.has(a)) - Number(!easyDays.has(b)) : 0) ||
        loadOn(a) - loadOn(b) ||
        order(a) - order(b),
    );
  return candidates.slice(0, spec.crossCount).map((day) => ({
    day,
    minutes: Math.min(minutes, (layout.capacity[day] ?? 0) - busy(day)),
    rpe: spec.kind === "recovery" ? 2 : 3,
  }));
}

function finish(
  phase: PhaseKind,
  kind: PlannedWeek["kind"],
  runs: readonly PlannedRun[],
  strength: readonly PlannedOther[],
  cross: readonly PlannedOther[],
): PlannedWeek {
  return { phase, kind, runs, strength, cross, runMinutes: runs.reduce((sum, run) => sum + run.minutes, 0) };
}
