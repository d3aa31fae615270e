import type { OccurrenceLimitOption, SessionOccurrence, WeekLimitOption } from "../schedule/types.js";

/**
 * What became of a planned occurrence:
 * - `done`: an activity was linked to it on its date, within the green band;
 * - `shifted`: done on another day (`shiftDays`), within the green band;
 * - `partial`: done (on its day or not), outside the green band;
 * - `missed`: nothing linked, and its date is before `asOf`;
 * - `skipped`: removed by a `skip` exception of the plan;
 * - `upcoming`: nothing linked yet, on or after `asOf`.
 */
export type AdherenceStatus = "done" | "shifted" | "partial" | "missed" | "skipped" | "upcoming";

/** A compliance colour, after TrainingPeaks: green within the band, yellow near it, red far from it. */
export type ComplianceBand = "green" | "yellow" | "red";

/** A span of compliance ratios, both bounds included. */
export interface ComplianceRange {
  /** The lowest ratio of actual to planned minutes in the span. */
  readonly min: number;
  /** The highest ratio in the span. */
  readonly max: number;
}

/** The bounds of the compliance colours, as ratios of actual to planned minutes (both bounds inclusive). */
export interface ComplianceBands {
  /** Green: `min <= compliance <= max`. */
  readonly green: ComplianceRange;
  /** Yellow, outside green: `min <= compliance <= max`; red outside both. */
  readonly yellow: ComplianceRange;
}

/** Options of {@link adherence}. */
export interface AdherenceOptions extends OccurrenceLimitOption, WeekLimitOption {
  /** Today, `YYYY-MM-DD`: an occurrence before it with nothing linked is `missed`, one on or after it `upcoming`. */
  readonly asOf: string;
  /** How many days before or after its date an activity may still complete an occurrence; default 2 (0 to 14). */
  readonly windowDays?: number;
  /** The compliance bands; default {@link TRAININGPEAKS_BANDS}. */
  readonly bands?: ComplianceBands;
}

/** One planned session occurrence and what became of it. */
export interface OccurrenceAdherence {
  /** The occurrence id, `<sessionId>@<originalDate>`. */
  readonly occurrenceId: string;
  /** The session it comes from. */
  readonly sessionId: string;
  /** The session kind. */
  readonly kind: SessionOccurrence["kind"];
  /** The day it is planned on (after the plan's moves). */
  readonly date: string;
  /** The 1-based week of the plan of `date` (the last week for a session a DST gap pushed past the plan's end). */
  readonly week: number;
  /** What became of it. */
  readonly status: AdherenceStatus;
  /** The activity linked to it. */
  readonly activityId?: string;
  /** Who linked it: `user` (the activity's `occurrenceId`) or `auto` (matching). */
  readonly linkedBy?: "user" | "auto";
  /** Days from `date` to the activity's day (negative: done early); only when not 0. */
  readonly shiftDays?: number;
  /** Actual / planned minutes. */
  readonly compliance?: number;
  /** Actual / planned load, when the activity has an RPE and the session a load. */
  readonly loadCompliance?: number;
  /** The colour of `compliance`. */
  readonly band?: ComplianceBand;
}

/** Planned and done occurrences of one kind of session. */
export interface FundamentalAdherence {
  /** Occurrences planned (not skipped). */
  readonly planned: number;
  /** Those with an activity linked (done, shifted or partial). */
  readonly done: number;
  /** Those missed. */
  readonly missed: number;
}

/** Adherence counts over a span of days: a week, or the whole plan. */
export interface AdherenceCounts {
  /** Occurrences planned, skipped ones left out: done + shifted + partial + missed + upcoming. */
  readonly planned: number;
  /** Done on their day, within the green band. */
  readonly done: number;
  /** Done on another day, within the green band. */
  readonly shifted: number;
  /** Done outside the green band. */
  readonly partial: number;
  /** Not done, before `asOf`. */
  readonly missed: number;
  /** Removed by a skip exception. */
  readonly skipped: number;
  /** Not done yet, on or after `asOf`. */
  readonly upcoming: number;
  /** Activities that completed no occurrence (they still count as load). */
  readonly unplanned: number;
  /** Mean of the absolute `shiftDays` of the occurrences done on another day; null when none was. */
  readonly averageShiftDays: number | null;
  /**
   * Actual load of the activities linked to due occurrences (done, shifted, partial, missed) / their planned load; an
   * activity without RPE counts at the session's RPE. Null without planned load.
   */
  readonly loadCompliance: number | null;
  /** Were the strength, mobility and mental sessions done? */
  readonly fundamentals: {
    /** Strength sessions. */
    readonly strength: FundamentalAdherence;
    /** Mobility sessions. */
    readonly mobility: FundamentalAdherence;
    /** Mental practice. */
    readonly mental: FundamentalAdherence;
  };
}

/** The adherence counts of one week of the plan. */
export interface WeekAdherence extends AdherenceCounts {
  /** 1-based week of the plan. */
  readonly week: number;
  /** First day. */
  readonly startDate: string;
  /** Last day. */
  readonly endDate: string;
}

/** What {@link adherence} returns. */
export interface Adherence {
  /** The `asOf` day given. */
  readonly asOf: string;
  /** Every session occurrence of the plan, skipped ones included, sorted by date then id. */
  readonly occurrences: readonly OccurrenceAdherence[];
  /** Ids of the activities that completed no occurrence, sorted by date then id. */
  readonly unplanned: readonly string[];
  /** One entry per week of the plan. */
  readonly weeks: readonly WeekAdherence[];
  /** The whole plan (unplanned activities outside the plan's weeks included). */
  readonly totals: AdherenceCounts;
  /**
   * The links the user made (an activity's `occurrenceId`) that were not taken, by activity date then id; present
   * only when there is one. Such an activity is matched like one without a link. `reason`: `other-kind` (the
   * occurrence is of another kind than the activity: a yoga activity cannot complete a run), `taken` (an activity
   * earlier by date then id names the same occurrence), `not-planned` (no planned session occurrence has that id:
   * unknown, a habit, or skipped).
   */
  readonly refusedLinks?: readonly {
    /** The activity's id. */
    readonly activityId: string;
    /** The occurrence id it names. */
    readonly occurrenceId: string;
    /** Why the link was not taken. */
    readonly reason: "other-kind" | "taken" | "not-planned";
  }[];
}
