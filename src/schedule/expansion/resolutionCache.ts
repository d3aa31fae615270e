/**
 * The resolutions of one expansion, remembered: a session resolves the same way in every week where nothing it reads
 * changes, so an occurrence reuses the resolution (and intensity, alternatives) of an earlier one instead of building
 * them again. Internal to the expansion; the results are the same objects `resolveSession` would give, shared.
 */
import { intensityOf } from "../../model/intensity.js";
import type { Plan } from "../../model/plan.js";
import type { OccurrenceSession, Session } from "../../model/session.js";
import type { OccurrenceAlternative } from "../types.js";
import { resolveAlternatives } from "./alternatives.js";
import { resolveSession, type Resolved } from "./resolveSession.js";

/** The fields of a session (or alternative) that may hold one entry per week (model/weekly.ts). */
const WEEKLY_FIELDS = ["minutes", "distanceKm", "distanceMi", "rpe"] as const;

/** Whether any value inside steps is a per-week list (a `repeat` or a size per week); nested steps are searched. */
function stepsVary(steps: unknown): boolean {
  if (!Array.isArray(steps)) return false;
  return steps.some((step: Record<string, unknown>) =>
    Object.entries(step).some(([key, value]) => (key === "steps" ? stepsVary(value) : Array.isArray(value))),
  );
}

/** Whether a session or alternative entry reads anything per week (its resolution then depends on the week). */
function entryVaries(entry: Record<string, unknown>): boolean {
  return WEEKLY_FIELDS.some((field) => Array.isArray(entry[field])) || stepsVary(entry.steps);
}

/** Whether the resolution of a session, or of one of its alternatives, depends on the week. */
function variesByWeek(session: Session): boolean {
  const fields = session as unknown as Record<string, unknown>;
  const alternatives = (session.alternatives ?? []) as readonly Record<string, unknown>[];
  return entryVaries(fields) || alternatives.some(entryVaries);
}

/** One remembered resolution: the session's, its intensity (runs and cross only) and its alternatives. */
export interface CachedResolution {
  readonly resolved: Resolved;
  readonly intensity: ReturnType<typeof intensityOf> | undefined;
  readonly alternatives: readonly OccurrenceAlternative[] | undefined;
}

/**
 * A lookup of resolutions for one plan: `(session, weekIndex, multiplier)` gives what `resolveSession` (scaled by
 * `multiplier` when the session is a run), `intensityOf` and `resolveAlternatives` give, computed once per session,
 * multiplier and (for a session that reads per-week values) week.
 *
 * @param plan - The plan being expanded: its paces, and the context of intensities.
 * @returns The lookup.
 */
export function resolutionCache(
  plan: Plan,
): (session: Session, weekIndex: number, multiplier: number) => CachedResolution {
  const bySession = new Map<Session, { readonly varies: boolean; readonly entries: Map<string, CachedResolution> }>();
  return (session, weekIndex, multiplier) => {
    let memo = bySession.get(session);
    if (memo === undefined) {
      memo = { varies: variesByWeek(session), entries: new Map() };
      bySession.set(session, memo);
    }
    const key = `${String(memo.varies ? weekIndex : 0)} ${String(multiplier)}`;
    let cached = memo.entries.get(key);
    if (cached === undefined) {
      // Progression scales the main session only when it is a run; its alternatives each by their own kind.
      const resolved = resolveSession(session, weekIndex, session.kind === "run" ? multiplier : 1, plan.paces);
      const own: OccurrenceSession = resolved.session;
      cached = {
        resolved,
        intensity: own.kind === "run" || own.kind === "cross" ? intensityOf(own, plan) : undefined,
        alternatives: resolveAlternatives(session, weekIndex, multiplier, plan.paces),
      };
      memo.entries.set(key, cached);
    }
    return cached;
  };
}
