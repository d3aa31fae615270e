/** The quality sessions of a phase, sized once when the phase begins. */
import { qualityWorkout, type QualityType, type Workout } from "./sessions.js";
import { PRE_SEASON_HARD_MINUTES } from "./tuning.js";
import type { PhaseKind, PhaseWorkouts, SeasonInput, SpikeCap } from "./types.js";
import { strengthOf } from "./weekBuilder.js";
import type { Day } from "./weekLayout.js";

/** Quality sessions of a phase, sized to the level and to what the weeks before have run. */
export function sizeWorkouts(input: SeasonInput, phase: PhaseKind, week: number, spikeCap: SpikeCap): PhaseWorkouts {
  const { profile, layout, limits } = input;
  const wanted = Math.min(
    phase === "base" ? profile.baseQuality : profile.preSeasonQuality,
    limits.hardSessions.maxPerWeek,
    layout.hardDays.length,
  );
  const types: readonly QualityType[] = phase === "base" ? ["hills", "tempo"] : ["intervals", "tempo"];
  const list: Workout[] = [];
  for (let index = 0; index < wanted; index += 1) {
    const type = types[index] ?? "tempo";
    const day = layout.hardDays[index];
    if (day === undefined) break;
    const full =
      type === "hills" ? profile.hillRepeats : type === "tempo" ? profile.tempoRepeats : profile.intervalRepeats;
    const room = Math.min(roomFor(input, day, phase), spikeCap(week, day));
    // The level's session if it fits, else shorter warm-up and cool-down, else fewer repeats; a pre-season session
    // keeps at least 10 hard minutes (a tempo run holds them in less time than intervals with their recoveries).
    const options: Workout[] = [];
    for (let reps = Math.max(2, full); reps >= 2; reps -= 1)
      for (const short of [false, true]) options.push(qualityWorkout(type, reps, profile, input.paces, short));
    if (phase === "pre-season") {
      const reps = Math.max(2, Math.ceil(PRE_SEASON_HARD_MINUTES / profile.tempoMinutes));
      options.push(qualityWorkout("tempo", reps, profile, input.paces, true));
    }
    const fits = options.filter((workout) => workout.minutes <= room);
    const chosen =
      phase === "pre-season"
        ? (fits.find((workout) => workout.hardMinutes >= PRE_SEASON_HARD_MINUTES) ?? fits[0])
        : fits[0];
    if (chosen) list.push(chosen);
  }
  return { phase, list, strides: true };
}

/** Minutes a day leaves for running once its strength session (the phase's) is counted. */
function roomFor(input: SeasonInput, day: Day, phase: PhaseKind): number {
  const strength = input.layout.strengthDays.some((entry) => entry.day === day) ? strengthOf(input, phase).minutes : 0;
  return (input.layout.capacity[day] ?? 0) - strength;
}
