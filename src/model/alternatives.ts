/**
 * Either/or: the `alternatives` of a session ("5-K or 10-K", "swim/bike/walk", "40 min or 5 km"). Each says only what
 * differs from the main session; {@link alternativeSessions} makes each a whole session, which the session's schema
 * checks and the expansion resolves like the main one.
 */
import * as z from "zod/mini";
import { timesPerWeekCheck, timesPerWeekSchema } from "./timesPerWeek.js";
import { MENTAL_PRACTICES, MOBILITY_PRACTICES } from "./vocabulary.js";

/** The most alternatives a session may list. */
export const MAX_ALTERNATIVES = 5;

/** What an alternative may not say: where and how often it takes place is the main session's. */
const NOT_IN_ALTERNATIVE = new Set(["id", "on", "repeat", "date", "optional", "timesPerWeek", "alternatives"]);
/** What carries over to an alternative of another kind: where and when, and the fields every kind has. */
const SHARED_FIELDS = new Set(["id", "on", "repeat", "date", "time", "optional", "name", "notes", "minutes"]);
/** Fields only the kinds with an effort have (not mobility or mental practice). */
const EFFORT_FIELDS = new Set(["rpe", "effort"]);

/**
 * One alternative as written: the fields of a session that differ from the main one, `null` for a field it drops
 * ("40 min or 5 km" is `{ "minutes": null, "distanceKm": 5 }`), `kind` for another kind of session.
 */
export type SessionAlternative = Readonly<Record<string, unknown>>;

type Member = { readonly shape: Readonly<Record<string, z.ZodMiniType>> };

/** A field's schema without its `optional` wrapper. */
function unwrap(field: z.ZodMiniType): z.ZodMiniType {
  const def = field._zod.def as { readonly type: string; readonly innerType?: z.ZodMiniType };
  return def.type === "optional" && def.innerType ? def.innerType : field;
}

/**
 * The schema of one alternative, from the kinds of session: every field any kind has, except where and how often, each
 * optional and nullable. The session's own check then judges the whole session it makes.
 */
export function alternativeSchema(members: readonly Member[]) {
  const shape: Record<string, z.ZodMiniType> = {};
  // Cross-training, then runs, first: their fields are the widest (per-week minutes, cross-training's distances).
  const rank = (member: Member) => (member.shape.modality ? 0 : member.shape.runType ? 1 : 2);
  for (const member of [...members].sort((a, b) => rank(a) - rank(b)))
    for (const [key, field] of Object.entries(member.shape))
      if (!NOT_IN_ALTERNATIVE.has(key)) shape[key] ??= z.optional(z.nullable(unwrap(field)));
  shape.kind = z.optional(z.enum(["run", "strength", "cross", "mobility", "mental"]));
  shape.practice = z.optional(z.nullable(z.enum([...MOBILITY_PRACTICES, ...MENTAL_PRACTICES])));
  return z.strictObject(shape) as unknown as z.ZodMiniType<SessionAlternative>;
}

/**
 * The fields of either/or and flexible days, which every kind has: `alternatives`, whose schema is made from the kinds
 * of session (a union of them built without it: its members hold the fields an alternative may say), and
 * `timesPerWeek`.
 */
export function choiceFields(kinds: z.ZodMiniType | undefined, maxWeeks: number) {
  const members = (kinds?._zod.def as { readonly options?: readonly Member[] } | undefined)?.options;
  return {
    /** Other sessions the athlete may do instead, at most 5: each says only what differs (`null` drops a field). */
    alternatives: z.optional(
      z
        .array(members ? alternativeSchema(members) : (z.strictObject({}) as z.ZodMiniType<SessionAlternative>))
        .check(z.maxLength(MAX_ALTERNATIVES)),
    ),
    /** Times a week, a number or a range, on distinct days of `on` that the expansion picks. */
    timesPerWeek: z.optional(timesPerWeekSchema(maxWeeks)),
  };
}

/** The checks of either/or and flexible days, on the union of the kinds of session. */
export function choiceChecks(kinds: z.ZodMiniType) {
  return [timesPerWeekCheck, alternativesCheck(kinds)] as const;
}

/**
 * The alternatives of a session as whole sessions: the main session's fields (of another kind, only where and when,
 * name, notes, minutes and effort), then the alternative's, a `null` dropping the field.
 *
 * @param session - A session as written (or as parsed).
 * @returns One session per alternative, without `alternatives` or `timesPerWeek`; empty without alternatives.
 */
export function alternativeSessions(session: Readonly<Record<string, unknown>>): Record<string, unknown>[] {
  const alternatives = Array.isArray(session.alternatives) ? (session.alternatives as SessionAlternative[]) : [];
  return alternatives.map((alternative) => {
    const kind = typeof alternative.kind === "string" ? alternative.kind : session.kind;
    const effort = kind !== "mobility" && kind !== "mental";
    const merged: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(session))
      if (key !== "alternatives" && key !== "timesPerWeek")
        if (kind === session.kind || SHARED_FIELDS.has(key) || (effort && EFFORT_FIELDS.has(key))) merged[key] = value;
    for (const [key, value] of Object.entries(alternative)) merged[key] = value;
    return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null));
  });
}

/**
 * The check of a session's alternatives: each makes a whole session that the session schema accepts; its issues are
 * reported at the alternative (`alternatives[1].distanceKm`).
 */
export function alternativesCheck(session: z.ZodMiniType) {
  return z.superRefine(
    (value: { readonly kind: string; readonly alternatives?: readonly SessionAlternative[] | undefined }, context) => {
      alternativeSessions(value).forEach((merged, index) => {
        const result = session.safeParse(merged);
        for (const issue of result.error?.issues ?? [])
          context.addIssue({ ...issue, path: ["alternatives", index, ...issue.path] });
      });
    },
  );
}
