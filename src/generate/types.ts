/** What the season is built from and what it is built of: phases, weeks and their runs and other sessions. */
import type { RUN_TYPES } from "../model/vocabulary.js";
import type { Level } from "../model/athlete.js";
import type { PlanPaces } from "../model/plan.js";
import type { CoachingModel } from "./coaching.js";
import type { LevelProfile } from "./profiles.js";
import type { RuleLimits } from "./ruleLimits.js";
import type { Workout } from "./sessions.js";
import type { StrengthDose } from "./strength.js";
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
  /** A strength session's dose. */
  readonly dose?: StrengthDose;
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
  readonly level: Level;
  /** The coaching model's numbers for the athlete and start date. */
  readonly model: CoachingModel;
  /** Whether the plan is long enough (10+ weeks) for a heavy strength phase (intermediate and up). */
  readonly heavyStrength: boolean;
  /** The in-season week the transition is measured against. */
  readonly inSeasonMinutes: number;
  /** Whether the load ratio starts from the in-season week (else from nothing, read from day 28). */
  readonly seeded: boolean;
  /** Run minutes the base builds toward. */
  readonly targetMinutes: number;
  readonly lengths: { readonly transition: number; readonly base: number; readonly preSeason: number };
  /** Weekday (0 = Monday) of the plan's first day. */
  readonly firstWeekday: Day;
  readonly paces: PlanPaces | undefined;
}

/** The quality sessions sized for a phase, and whether its weeks carry strides. */
export interface PhaseWorkouts {
  readonly phase: PhaseKind;
  readonly list: readonly Workout[];
  /** The easy add-on after an easy run (strides or hill sprints), if any. */
  readonly strides: Workout | undefined;
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
  /** Share of its minutes each strength session keeps (1: all): lighter strength for a week whose load would spike. */
  readonly strengthShare: number;
}

/** A week to build: its place in the season, its phase's workouts, and the settings the ladder relaxes. */
export interface WeekSpec extends WeekSettings {
  readonly phase: PhaseKind;
  readonly kind: PlannedWeek["kind"];
  readonly week: number;
  readonly workouts: PhaseWorkouts | undefined;
  readonly spikeCap: SpikeCap;
  /** The week after the season's end it starts in (0 = days 1-7), undefined when unknown. */
  readonly after: number | undefined;
  /** Weekdays without running this week (the first days after a marathon or half). */
  readonly noRunDays: readonly Day[];
  /** The longest any run of the week may be: the age's cap, and under the plan's longest in a step-back week. */
  readonly longCap: number;
  /** The longest run a step-back week may hold: under the plan's longest long run so far. */
  readonly stepBackCap: number;
  /** The week's strength dose. */
  readonly dose: StrengthDose | undefined;
}

/** A quality session on its day. */
export interface QualityRun {
  readonly workout: Workout;
  readonly day: Day;
}
