/**
 * Quality week by week (COACHING.md §4, §8 item 5): strides from the base's first week, hill sprints from its
 * second, the first hard session (hill repeats, then tempo, then fartlek, a new stimulus each block) from base week 4
 * (beginners week 7), one variable progressed each week, intervals only in the pre-season. No hard session before
 * Foster's day a mile of the race that ended the season.
 */
import { qualityWorkout, stridesWorkout, type QualitySpec, type QualityType, type Workout } from "./sessions.js";
import type { PhaseKind, PhaseWorkouts, SeasonInput, SpikeCap } from "./types.js";
import { strengthOf } from "./weekBuilder.js";
import type { Day } from "./weekLayout.js";

/** Where a week sits: its phase, its plan week, its index in the base + pre-season, and whether it steps back. */
export interface QualityWeek {
  readonly phase: PhaseKind;
  readonly week: number;
  /** Weeks since the base began (0 = its first week); the pre-season continues the count. */
  readonly trained: number;
  /** Weeks since the pre-season began (0 = its first), undefined in the base. */
  readonly preSeason: number | undefined;
  readonly reduced: boolean;
}

/**
 * The base week (0-based) from which hard sessions may start: week 4, beginners week 7 (Daniels: easy only 4-6
 * weeks); the first block that starts there or after holds the first one.
 */
const firstHardWeek = (beginner: boolean) => (beginner ? 6 : 3);

/** The stimulus of each base block after the first hard week: a new one each block (COACHING.md §4). */
const BASE_CYCLE: readonly QualityType[] = ["hills", "tempo", "fartlek"];

/** The shape of a session of a type at its `step`th week (0-based) of progression: one variable at a time. */
function specOf(input: SeasonInput, type: QualityType, step: number, round: number): QualitySpec {
  const { profile } = input;
  if (type === "hills") {
    // 4 x 60 s -> 6 x 60 s, then 2-min climbs on the next round (Hudson; Higdon HM advanced 6 -> 7 -> 8 reps).
    const work = round === 0 ? 1 : 2;
    return { type, reps: Math.min(Math.max(6, profile.hillRepeats), 4 + step), work, recovery: 2 };
  }
  if (type === "tempo") {
    // Cruise intervals: +1 repeat a week, longer repeats on the next round (Daniels; +3-5 min of work every 1-2 weeks).
    return {
      type,
      reps: Math.min(Math.max(2, profile.tempoRepeats) + 1, 2 + step),
      work: profile.tempoMinutes + 2 * round,
      recovery: 2,
    };
  }
  if (type === "fartlek") return { type, reps: Math.min(10, 6 + step), work: 1, recovery: 1 };
  // Intervals: +1 repeat a week at the level's length (mhrrc: 4 x 400 -> 8 x 400 -> 3-4 x 800).
  return {
    type,
    reps: Math.min(profile.intervalRepeats + 2, 4 + step),
    work: profile.intervalMinutes,
    recovery: Math.ceil(profile.intervalMinutes / 2),
  };
}

/** A hard session a week wants: its type, its week of progression, and the round of the cycle of types. */
interface Wanted {
  readonly type: QualityType;
  readonly step: number;
  readonly round: number;
}

/** The hard sessions a week wants, in order of its hard days, as (type, progression step, round). */
function wanted(input: SeasonInput, at: QualityWeek): Wanted[] {
  const { model, beginner, level, profile, limits } = input;
  const cadence = model.stepBackEvery;
  if (at.phase === "pre-season" && at.preSeason !== undefined) {
    const count = Math.min(profile.preSeasonQuality, model.youth || model.masters ? 1 : 2);
    const sessions: Wanted[] = [{ type: "intervals", step: at.preSeason, round: 0 }];
    if (count > 1) sessions.push({ type: "tempo", step: at.preSeason + 2, round: 1 });
    return sessions.slice(0, Math.min(count, limits.hardSessions.maxPerWeek));
  }
  // The first week of a block at or after it: blocks start after a step-back week and end with the next one.
  const first = Math.ceil(firstHardWeek(beginner) / cadence) * cadence;
  if (at.trained < first) return [];
  const since = at.trained - first;
  // Blocks follow the step-back cadence: a block's weeks progress, the next block changes the stimulus.
  const block = Math.floor(since / cadence);
  const types = beginner ? (["fartlek", "hills"] as const) : BASE_CYCLE;
  const type = types[block % types.length] ?? "hills";
  const round = Math.floor(block / types.length);
  const step = since % cadence;
  const sessions: Wanted[] = [{ type, step, round }];
  // A second hard session: elite from the first hard week, advanced from the second block (COACHING.md §4 table).
  const second = level === "elite" || (level === "advanced" && block >= 1);
  if (second && !model.masters && !model.youth)
    sessions.push({ type: type === "tempo" ? "hills" : "tempo", step, round });
  return sessions.slice(0, Math.min(Math.max(1, profile.baseQuality), limits.hardSessions.maxPerWeek));
}

/** The quality of a week, each session sized to its day; strides or hill sprints as the easy add-on. */
export function weekWorkouts(input: SeasonInput, at: QualityWeek, spikeCap: SpikeCap): PhaseWorkouts {
  const { layout, paces, model } = input;
  const strides = addOn(at);
  if (at.phase === "transition") return { phase: at.phase, list: [], strides: undefined };
  if (at.week * 7 < model.hardFromDay) return { phase: at.phase, list: [], strides };
  const list: Workout[] = [];
  for (const [index, entry] of wanted(input, at).entries()) {
    const day = layout.hardDays[index];
    if (day === undefined) break;
    const room = Math.min(roomFor(input, day, at.phase), spikeCap(at.week, day));
    const spec = specOf(input, entry.type, entry.step, entry.round);
    const chosen = fitted(spec, room, paces);
    // A step-back week runs a repeat fewer than its day holds, so it differs even when the day caps the session
    // (none when the day holds only the fewest repeats: the step-back week then rests from it).
    const fewer = chosen && chosen.reps > 2 ? fitted({ ...spec, reps: chosen.reps - 1 }, room, paces) : undefined;
    const lighter = at.reduced ? fewer : chosen;
    if (lighter) list.push(lighter.workout);
  }
  return { phase: at.phase, list, strides };
}

/** Whether two weeks hold the same quality sessions. */
export function sameQuality(a: PhaseWorkouts | undefined, b: PhaseWorkouts | undefined): boolean {
  const keys = (workouts: PhaseWorkouts | undefined) => (workouts?.list ?? []).map((workout) => workout.key).join();
  return keys(a) !== "" && keys(a) === keys(b);
}

/**
 * The week's quality, changed when the same sessions ran the 3 weeks before (a day that caps a session can hold it
 * still): the last session gives way for the week (COACHING.md §4: never the same session more than 3 weeks).
 */
export function varied(planned: PhaseWorkouts, last: PhaseWorkouts | undefined, streak: number): PhaseWorkouts {
  return streak >= 3 && sameQuality(planned, last) ? { ...planned, list: planned.list.slice(0, -1) } : planned;
}

/** The most repeats of a session, up to its own, that fit the room (shorter warm-up and cool-down first). */
function fitted(
  spec: QualitySpec,
  room: number,
  paces: SeasonInput["paces"],
): { readonly workout: Workout; readonly reps: number } | undefined {
  for (let reps = spec.reps; reps >= 2; reps -= 1)
    for (const short of [false, true]) {
      const workout = qualityWorkout({ ...spec, reps }, paces, short);
      if (workout.minutes <= room) return { workout, reps };
    }
  return undefined;
}

/** The week's easy add-on: strides in the first base week and the pre-season, hill sprints in the base after. */
function addOn(at: QualityWeek): Workout | undefined {
  if (at.phase === "transition") return undefined;
  if (at.phase === "pre-season") return stridesWorkout(Math.min(10, 6 + (at.preSeason ?? 0)));
  // Strides 4 the first week; hill sprints from the second, +1 a week to 8, held there (Hudson, Magness).
  return at.trained === 0 ? stridesWorkout(4) : stridesWorkout(Math.min(8, 1 + at.trained), true);
}

/** Minutes a day leaves for running once its strength session (the phase's) is counted. */
function roomFor(input: SeasonInput, day: Day, phase: PhaseKind): number {
  const strength = input.layout.strengthDays.some((entry) => entry.day === day) ? strengthOf(input, phase).minutes : 0;
  return (input.layout.capacity[day] ?? 0) - strength;
}
