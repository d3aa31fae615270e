/** What the season is built from and what it is built of: phases, weeks and their runs and other sessions. */
import type { RUN_TYPES } from "../model/vocabulary.js";
import type { LevelProfile } from "./profiles.js";
import type { RuleLimits } from "./ruleLimits.js";
import type { qualityWorkout, Workout } from "./sessions.js";
import type { Day, StrengthDay, WeekLayout } from "./weekLayout.js";

/** A run type. */
type RunType = (typeof RUN_TYPES)[number];

/** A phase of the generated plan. */
export type PhaseKind = "transition" | "base" | "pre-season";

/** A run of one week. */
export interface PlannedRun {
  readonly day: Day;
  readonly runType: RunType;
  readonly rpe: number;
  readonly minutes: number;
  readonly workout?: Workout;
}

/** A strength or cross-training session of one week. */
export interface PlannedOther {
  readonly day: Day;
  readonly minutes: number;
  readonly rpe: number;
  readonly mode?: StrengthDay["mode"];
}

/** One week of the season, as built. */
export interface PlannedWeek {
  readonly phase: PhaseKind;
  /** `recovery` (the first transition week), `transition`, `loading` or `reduced`. */
  readonly kind: "recovery" | "transition" | "loading" | "reduced";
  readonly runs: readonly PlannedRun[];
  readonly strength: readonly PlannedOther[];
  readonly cross: readonly PlannedOther[];
  readonly runMinutes: number;
}

/** What the season is built from. */
export interface SeasonInput {
  readonly layout: WeekLayout;
  readonly profile: LevelProfile;
  readonly limits: RuleLimits;
  readonly beginner: boolean;
  /** The in-season week the transition is measured against. */
  readonly inSeasonMinutes: number;
  /** Whether the load ratio starts from the in-season week (else from nothing, read from day 28). */
  readonly seeded: boolean;
  /** Run minutes the base builds toward. */
  readonly targetMinutes: number;
  readonly lengths: { readonly transition: number; readonly base: number; readonly preSeason: number };
  /** Weekday (0 = Monday) of the plan's first day. */
  readonly firstWeekday: Day;
  readonly paces: Parameters<typeof qualityWorkout>[3];
}

/** The quality sessions sized for a phase, and whether its weeks carry strides. */
export interface PhaseWorkouts {
  readonly phase: PhaseKind;
  readonly list: readonly Workout[];
  readonly strides: boolean;
}

/** The longest run a day may hold under the 30-day spike check, by plan week and weekday. */
export type SpikeCap = (week: number, day: Day) => number;

/** The settings of a week that the relaxation ladder turns down, one rung at a time, when the week breaks a rule. */
export interface WeekSettings {
  /** Run minutes the week aims at. */
  readonly minutes: number;
  /** Quality sessions the week may hold at most. */
  readonly qualityCount: number;
  /** Whether the week may hold strides. */
  readonly strides: boolean;
  /** Cross-training sessions of the week. */
  readonly crossCount: number;
  /** Runs of a transition week after the first. */
  readonly transitionRuns: number;
  /** Cross-training on an easy run's day, for a week whose days are too alike. */
  readonly stackCross: boolean;
  /** Easy runs left out (their minutes going to the others), for a week whose days are too alike. */
  readonly fewerEasy: number;
}

/** A week to build: its place in the season, its phase's workouts, and the settings the ladder relaxes. */
export interface WeekSpec extends WeekSettings {
  readonly phase: PhaseKind;
  readonly kind: PlannedWeek["kind"];
  readonly week: number;
  readonly workouts: { readonly list: readonly Workout[]; readonly strides: boolean } | undefined;
  readonly spikeCap: SpikeCap;
}

/** A quality session on its day. */
export interface QualityRun {
  readonly workout: Workout;
  readonly day: Day;
}
