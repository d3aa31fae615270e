/** The thresholds the generator plans within, read from the rules' defaults at the athlete's level. */
import type { Level } from "../model/athlete.js";
import { acwrBand } from "../rules/catalog/acwr-band.js";
import { deloadWeek } from "../rules/catalog/deload-week.js";
import { hardSessionsPerWeek } from "../rules/catalog/hard-sessions-per-week.js";
import { intensityDistribution } from "../rules/catalog/intensity-distribution.js";
import { maxConsecutiveRunDays } from "../rules/catalog/max-consecutive-run-days.js";
import { restDayWeekly } from "../rules/catalog/rest-day-weekly.js";
import { singleRunSpike } from "../rules/catalog/single-run-spike.js";
import { strengthFrequency } from "../rules/catalog/strength-frequency.js";
import { transitionVolume } from "../rules/catalog/transition-volume.js";
import { weeklyMonotony } from "../rules/catalog/weekly-monotony.js";
import { weeklyVolumeProgression } from "../rules/catalog/weekly-volume-progression.js";

/** The rules' defaults a generated plan keeps to; the generator's own margins stay below them. */
export interface RuleLimits {
  readonly transition: (typeof transitionVolume.meta.defaults)[Level];
  readonly progression: (typeof weeklyVolumeProgression.meta.defaults)[Level];
  readonly deload: (typeof deloadWeek.meta.defaults)[Level];
  readonly spike: (typeof singleRunSpike.meta.defaults)[Level];
  readonly acwr: (typeof acwrBand.meta.defaults)[Level];
  readonly monotony: (typeof weeklyMonotony.meta.defaults)[Level];
  readonly intensity: (typeof intensityDistribution.meta.defaults)[Level];
  readonly hardSessions: (typeof hardSessionsPerWeek.meta.defaults)[Level];
  readonly strength: (typeof strengthFrequency.meta.defaults)[Level];
  readonly restDays: (typeof restDayWeekly.meta.defaults)[Level];
  readonly consecutive: (typeof maxConsecutiveRunDays.meta.defaults)[Level];
}

/** The rules' defaults at a level. */
export function ruleLimits(level: Level): RuleLimits {
  return {
    transition: transitionVolume.meta.defaults[level],
    progression: weeklyVolumeProgression.meta.defaults[level],
    deload: deloadWeek.meta.defaults[level],
    spike: singleRunSpike.meta.defaults[level],
    acwr: acwrBand.meta.defaults[level],
    monotony: weeklyMonotony.meta.defaults[level],
    intensity: intensityDistribution.meta.defaults[level],
    hardSessions: hardSessionsPerWeek.meta.defaults[level],
    strength: strengthFrequency.meta.defaults[level],
    restDays: restDayWeekly.meta.defaults[level],
    consecutive: maxConsecutiveRunDays.meta.defaults[level],
  };
}
