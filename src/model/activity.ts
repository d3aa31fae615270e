import { MODEL_MESSAGES } from "./issueMessages.js";
import * as z from "zod/mini";
import { parseDateTime } from "../calendar/civilDate.js";
import { DEFAULT_LIMITS, MAX_ID_LENGTH, type Limits } from "./limits.js";
import { addIssue, IdSchema, issueParams, LocalDateSchema, RpeSchema, text } from "./primitives.js";
import { CROSS_MODALITIES, MENTAL_PRACTICES, MOBILITY_PRACTICES, RUN_TYPES, STRENGTH_FOCUSES } from "./vocabulary.js";
import type { DeepReadonly } from "./types.js";

/** The kinds of activity an athlete logs: the session kinds. */
export const ACTIVITY_KINDS = ["run", "strength", "cross", "mobility", "mental"] as const;

const START_MESSAGE = MODEL_MESSAGES["activity.start"];

/** An instant with its UTC offset (`2026-11-03T07:00:00-05:00`, or `Z`), as a watch or an app writes it. */
const StartSchema = z.string().check(
  z.maxLength(64, { abort: true }),
  z.refine((value) => !Number.isNaN(parseDateTime(value)), { error: START_MESSAGE, ...issueParams("date") }),
);

/** `<sessionId>@<originalDate>`: an occurrence id as {@link expandPlan} writes it. */
const OccurrenceIdSchema = z
  .string()
  .check(
    z.maxLength(MAX_ID_LENGTH + 11, { abort: true }),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*@\d{4}-\d{2}-\d{2}$/, MODEL_MESSAGES["activity.occurrenceId"]),
  );

/** Builds the schema of one activity for the given limits. */
function createActivitySchema(limits: Limits) {
  const common = {
    /** The activity's own id, unique among the activities (a watch's or an app's id, as text). */
    id: IdSchema,
    /** The local calendar day it took place on, in the zone it was recorded in. */
    date: LocalDateSchema,
    /** When it started, with the offset of the zone it was recorded in; its day is `date`. */
    start: z.optional(StartSchema),
    /** How long it lasted, in minutes (moving time; fractions allowed). */
    minutes: z.number().check(z.gt(0), z.lte(1440)),
    /** Distance in km. */
    distanceKm: z.optional(z.number().check(z.gt(0), z.lte(1000))),
    /** Session RPE on the CR-10 scale, 0 to 10, as the athlete rated it. */
    rpe: z.optional(RpeSchema),
    /** The occurrence the athlete says it was (`<sessionId>@<originalDate>`): a link that wins over matching. */
    occurrenceId: z.optional(OccurrenceIdSchema),
    /** Where it came from (a device, an app, "manual"). */
    source: z.optional(text(limits.maxStringLength)),
  };
  return z
    .discriminatedUnion("kind", [
      z.strictObject({
        /** A run. */
        kind: z.literal("run"),
        ...common,
        /** The kind of run, when known. */
        runType: z.optional(z.enum(RUN_TYPES)),
      }),
      z.strictObject({
        /** Strength training. */
        kind: z.literal("strength"),
        ...common,
        /** What it trained, when known. */
        focus: z.optional(z.enum(STRENGTH_FOCUSES)),
      }),
      z.strictObject({
        /** Cross-training. */
        kind: z.literal("cross"),
        ...common,
        /** Swim, bike, elliptical, row, ski, walk, hike or other, when known. */
        modality: z.optional(z.enum(CROSS_MODALITIES)),
      }),
      z.strictObject({
        /** Mobility work. */
        kind: z.literal("mobility"),
        ...common,
        /** Stretching, foam rolling or yoga, when known. */
        practice: z.optional(z.enum(MOBILITY_PRACTICES)),
      }),
      z.strictObject({
        /** Mental practice. */
        kind: z.literal("mental"),
        ...common,
        /** Visualization, mindfulness, goal-setting or a support check-in, when known. */
        practice: z.optional(z.enum(MENTAL_PRACTICES)),
      }),
    ])
    .check(
      z.superRefine((activity, context) => {
        // The day of `start` in its own offset is the local day it was recorded on.
        if (activity.start !== undefined && activity.start.slice(0, 10) !== activity.date)
          addIssue(context, activity, ["start"], "activity.startDay", "conflict", {
            startDate: activity.start.slice(0, 10),
            date: activity.date,
          });
      }),
    );
}

/** Builds the schema of a list of activities for the given limits: at most `maxActivities`, ids unique. */
export function createActivitiesSchema(limits: Limits) {
  return z.array(createActivitySchema(limits)).check(
    z.maxLength(limits.maxActivities),
    z.superRefine((activities, context) => {
      const seen = new Map<string, number>();
      activities.forEach((activity, index) => {
        const first = seen.get(activity.id);
        if (first === undefined) seen.set(activity.id, index);
        else
          addIssue(context, activity.id, [index, "id"], "activity.duplicateId", "duplicate_id", {
            id: activity.id,
            first,
          });
      });
    }),
  );
}

/**
 * The schema of one activity: what the athlete did (a run, strength, cross-training, mobility or mental session),
 * told apart by `kind`, on a local day, with its minutes and optionally its start, distance, RPE, the occurrence it
 * was (a link the user made) and its source.
 *
 * @example
 * ```ts
 * import { ActivitySchema } from "offseason";
 * ActivitySchema.safeParse({ id: "a1", date: "2026-11-03", kind: "run", minutes: 42, rpe: 3 }).success; //=> true
 * ```
 */
export const ActivitySchema: z.ZodMiniType<Activity> = /* @__PURE__ */ createActivitySchema(DEFAULT_LIMITS);

/**
 * The schema of a list of activities, as {@link parseActivities} checks it: at most 20,000 by default, ids unique.
 *
 * @example
 * ```ts
 * import { ActivitiesSchema } from "offseason";
 * ActivitiesSchema.safeParse([{ id: "a1", date: "2026-11-03", kind: "mobility", minutes: 15 }]).success; //=> true
 * ```
 */
export const ActivitiesSchema: z.ZodMiniType<readonly Activity[]> =
  /* @__PURE__ */ createActivitiesSchema(DEFAULT_LIMITS);

/** One activity, as {@link ActivitySchema} parses it. */
export type Activity = DeepReadonly<z.output<ReturnType<typeof createActivitySchema>>>;

/** An activity kind: run, strength, cross, mobility or mental. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
