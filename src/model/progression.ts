/** The run-volume multiplier of a week of a phase: its progression, cycling; 1 without one. */
export function progressionMultiplier(
  phase: { readonly progression?: readonly number[] | undefined },
  weekInPhase: number,
): number {
  const progression = phase.progression ?? [];
  return progression.length === 0 ? 1 : (progression[(weekInPhase - 1) % progression.length] ?? 1);
}
