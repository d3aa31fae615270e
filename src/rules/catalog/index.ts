import type { Rule } from "../types.js";
import { activeRecoveryEasy } from "./active-recovery-easy.js";
import { activeRecoveryWeekly } from "./active-recovery-weekly.js";
import { acwrBand } from "./acwr-band.js";
import { availability } from "./availability.js";
import { balancedDiet } from "./balanced-diet.js";
import { baseVolume } from "./base-volume.js";
import { carbTarget } from "./carb-target.js";
import { crossTrainingShare } from "./cross-training-share.js";
import { crossTrainingWeekly } from "./cross-training-weekly.js";
import { deloadWeek } from "./deload-week.js";
import { hardSessionsPerWeek } from "./hard-sessions-per-week.js";
import { intensityDistribution } from "./intensity-distribution.js";
import { longRunShare } from "./long-run-share.js";
import { maxConsecutiveRunDays } from "./max-consecutive-run-days.js";
import { mentalSkillsWeekly } from "./mental-skills-weekly.js";
import { mindfulEating } from "./mindful-eating.js";
import { mobilityDaily } from "./mobility-daily.js";
import { noBackToBackHard } from "./no-back-to-back-hard.js";
import { preRunHydration } from "./pre-run-hydration.js";
import { proteinTarget } from "./protein-target.js";
import { raceReadiness } from "./race-readiness.js";
import { raceRecovery } from "./race-recovery.js";
import { restDayWeekly } from "./rest-day-weekly.js";
import { singleRunSpike } from "./single-run-spike.js";
import { sleepHours } from "./sleep-hours.js";
import { strengthExerciseMix } from "./strength-exercise-mix.js";
import { strengthFrequency } from "./strength-frequency.js";
import { stepsDuration } from "./steps-duration.js";
import { strengthSpacing } from "./strength-spacing.js";
import { supportNetwork } from "./support-network.js";
import { transitionFirst } from "./transition-first.js";
import { transitionVolume } from "./transition-volume.js";
import { weeklyMonotony } from "./weekly-monotony.js";
import { weeklyVolumeProgression } from "./weekly-volume-progression.js";
import { qualityProgression } from "./quality-progression.js";
import { strengthProgression } from "./strength-progression.js";

/**
 * The built-in rule catalog, in the order of docs/domain.md: recovery, load, strength, cross-training, mental, nutrition,
 * feasibility.
 *
 * @example
 * ```ts
 * import { rules } from "offseason";
 * rules.map((rule) => rule.meta.id).includes("rest-day-weekly"); //=> true
 * ```
 */
export const rules: readonly Rule[] = [
  restDayWeekly,
  maxConsecutiveRunDays,
  noBackToBackHard,
  hardSessionsPerWeek,
  intensityDistribution,
  activeRecoveryWeekly,
  activeRecoveryEasy,
  mobilityDaily,
  sleepHours,
  weeklyVolumeProgression,
  singleRunSpike,
  weeklyMonotony,
  acwrBand,
  deloadWeek,
  longRunShare,
  strengthFrequency,
  strengthExerciseMix,
  strengthSpacing,
  crossTrainingWeekly,
  crossTrainingShare,
  mentalSkillsWeekly,
  supportNetwork,
  preRunHydration,
  balancedDiet,
  proteinTarget,
  carbTarget,
  mindfulEating,
  availability,
  transitionFirst,
  transitionVolume,
  raceRecovery,
  raceReadiness,
  baseVolume,
  stepsDuration,
  qualityProgression,
  strengthProgression,
] as readonly Rule[];
