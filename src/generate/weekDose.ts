/** The strength dose of each week of the season (COACHING.md §5, §8 item 6). */
import { strengthDose, type StrengthDose } from "./strength.js";
import { ADAPTATION_WEEKS, BEGINNER_ADAPTATION_WEEKS } from "./tuning.js";
import type { PhaseKind, PlannedWeek, SeasonInput } from "./types.js";

/** Where a week sits, for its strength dose. */
export interface DoseWeek {
  readonly phase: PhaseKind;
  readonly kind: PlannedWeek["kind"];
  readonly trained: number;
  readonly preSeason: number | undefined;
  readonly after: number | undefined;
}

/**
 * The week's strength (COACHING §5, §8 item 6): none in the first week after the season, light bodyweight work in
 * the rest of the transition, anatomical adaptation for the base's first weeks (4; beginners 8), then a heavy phase
 * for intermediate runners and up in plans of 10+ weeks, power in the pre-season.
 */
export function doseOf(input: SeasonInput, at: DoseWeek): StrengthDose | undefined {
  const { model } = input;
  const reduced = at.kind === "reduced";
  const young = model.young;
  if (at.phase === "transition")
    return at.kind === "recovery" ? undefined : strengthDose({ phase: "light", index: 0, reduced, young });
  // A short base still gets its heavy weeks: adaptation takes what the base leaves beyond 2 of them (at least 2).
  const adaptation = input.beginner
    ? BEGINNER_ADAPTATION_WEEKS
    : Math.max(2, Math.min(ADAPTATION_WEEKS, input.lengths.base - 2));
  if (at.preSeason !== undefined && !input.beginner)
    return strengthDose({ phase: "power", index: at.preSeason, reduced, young });
  if (!input.heavyStrength || at.trained < adaptation || at.preSeason !== undefined)
    return strengthDose({ phase: "adaptation", index: at.trained, reduced, young });
  return strengthDose({ phase: "heavy", index: at.trained - adaptation, reduced, young });
}
