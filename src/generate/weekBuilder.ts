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

/** Strength minutes and RPE of a phase: light bodyweight work in the transition. */
export function strengthOf(input: SeasonInput, phase: PhaseKind): { minutes: number; rpe: number } {
  if (phase === "transition") return { minutes: input.profile.strengthMinutes, rpe: 3 };
  return { minutes: input.profile.strengthMinutes, rpe: input.beginner ? 4 : 5 };
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
  const strength: PlannedOther[] =
    kind === "recovery" ? [] : layout.strengthDays.map(({ day, mode }) => ({ day, mode, ...strengthOf(input, phase) }));
  const strengthOn = (day: Day) => strength.find((entry) => entry.day === day)?.minutes ?? 0;
  // The transition keeps its load in easy cross-training (two sessions a week) while running comes back.
  const crossMinutes = Math.min(
    kind === "recovery" ? 30 : 45,
    Math.max(20, Math.round((phase === "transition" ? 0.2 : 0.15) * input.inSeasonMinutes)),
  );
  // Cross-training goes on the emptiest day once the runs are known; without a free day for it, the first
  // cross-training day keeps room for it.
  const freeDay = layout.crossDays.find((day) => !layout.runDays.includes(day) && strengthOn(day) === 0);
  const reserved = freeDay === undefined ? layout.crossDays[0] : undefined;
  const room = (day: Day) => capacity(day) - strengthOn(day) - (day === reserved ? crossMinutes : 0);
  const cap = (day: Day) => Math.min(room(day), spec.spikeCap(week, day));
  return { strength, crossMinutes, cap };
}

/** A transition week: easy runs only, the longest on the roomiest run day, and easy cross-training. */
function transitionWeek(input: SeasonInput, spec: WeekSpec, frame: WeekFrame): PlannedWeek {
  const { layout, limits } = input;
  const { phase, kind } = spec;
  const { strength, crossMinutes, cap } = frame;
  const runs: PlannedRun[] = [];
  const most = kind === "recovery" ? limits.transition.firstDaysMaxRunMinutes - 5 : Infinity;
  // The roomiest run day carries the week's longest run, as long as the 30-day spike check allows; the other runs
  // share what is left at 20 minutes or more, never longer than it.
  const days = spreadDays(layout.runDays, kind === "recovery" ? RECOVERY_RUNS : spec.transitionRuns);
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
  const candidates = [0, 1, 2, 3, 4, 5, 6]
    .filter((day) => (layout.capacity[day] ?? 0) - busy(day) >= CROSS_MIN && !quality.has(day))
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
