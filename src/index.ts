/**
 * offseason: model, validate, schedule and generate a runner's off-season.
 *
 * @module offseason
 *
 * @packageDocumentation
 */

// Model: schemas and types
export { AthleteSchema, LEVELS } from "./model/athlete.js";
export type { Athlete, Level } from "./model/athlete.js";
export { RecentRaceSchema } from "./model/recentRace.js";
export type { RecentRace } from "./model/recentRace.js";
export { HabitSchema, HABIT_CATEGORIES, NUTRITION_FOCUSES } from "./model/habit.js";
export type { Habit } from "./model/habit.js";
export { PlanSchema, PHASE_TYPES } from "./model/plan.js";
export type { Phase, PhaseType, Plan, PlanException, PlanPaces } from "./model/plan.js";
export {
  CROSS_MODALITIES,
  EFFORTS,
  EQUIPMENT,
  MENTAL_PRACTICES,
  MOBILITY_PRACTICES,
  MOVEMENT_PATTERNS,
  RACE_PACES,
  RACE_PRIORITIES,
  RUN_TYPES,
  STEP_INTENTS,
  STRENGTH_FOCUSES,
} from "./model/vocabulary.js";
export type { Effort } from "./model/vocabulary.js";
export { EXERCISE_PATTERNS } from "./model/exercises.js";
export { KM_PER_MILE } from "./model/pace.js";
export { SessionSchema } from "./model/session.js";
export type { ExerciseName } from "./model/exercises.js";
export type { MovementPattern } from "./model/vocabulary.js";
export type { Pace } from "./model/pace.js";
export type { OpenRange, Range, WeeklyValue } from "./model/weekly.js";
export type { SessionAlternative } from "./model/alternatives.js";
export type { Exercise, OccurrenceSession, Session, SessionOf } from "./model/session.js";
export type { Step, StepRepeat, StepValue, WrittenStep, WrittenStepRepeat } from "./model/steps.js";
export { WEEKDAYS } from "./calendar/weekdays.js";
export type { Weekday } from "./calendar/weekdays.js";
export type { DeepReadonly } from "./model/types.js";

// Model: parsing, errors and limits
export { parseAthlete, parsePlan, safeParseAthlete, safeParsePlan } from "./model/parse.js";
export type { ParseOptions, SafeParseResult } from "./model/parse.js";
export { MAX_ISSUES, OffseasonError, formatPath, isOffseasonError } from "./model/errors.js";
export type {
  OffseasonErrorCode,
  OffseasonErrorOptions,
  OffseasonIssue,
  OffseasonIssueInput,
  PathSegment,
} from "./model/errors.js";
export { formatError, formatIssue } from "./model/formatIssue.js";
export { ISSUE_MESSAGES } from "./model/issueMessages.js";
export { DEFAULT_LIMITS, resolveLimits } from "./model/limits.js";
export type { LimitOverrides, Limits } from "./model/limits.js";

// Model: helpers
export {
  ACTIVE_RECOVERY_MAX_RPE,
  EASY_MAX_RPE,
  HARD_RPE,
  HARD_SESSION_MIN_HARD_MINUTES,
  exercisePattern,
  isActiveRecovery,
  isAerobicSession,
  isEasySession,
  isHardSession,
  isLowerBodyStrength,
  isRunSession,
  sessionLoad,
} from "./model/sessionKinds.js";
export type { IsHardSessionOptions } from "./model/sessionKinds.js";
export { intensityOf } from "./model/intensity.js";
export type { IntensityContext, IntensitySession } from "./model/intensity.js";
export { phaseOfWeek, phaseType, planEndDate, planWeeks, weekOfDate } from "./model/planDates.js";
export type { PlanLength } from "./model/planDates.js";
export type { PhaseWeek } from "./model/planDates.js";

// Scheduling
export { expandPlan } from "./schedule/expandPlan.js";
export type { ExpandPlanOptions } from "./schedule/expandPlan.js";
export { buildCalendar } from "./schedule/buildCalendar.js";
export type { BuildCalendarOptions } from "./schedule/buildCalendar.js";
export type {
  Calendar,
  CalendarDay,
  CalendarWeek,
  AerobicOccurrenceFields,
  HabitOccurrence,
  Intensity,
  Occurrence,
  OccurrenceAlternative,
  OccurrenceBase,
  OccurrenceEstimates,
  OccurrenceLimitOption,
  SessionOccurrence,
  WeekLimitOption,
} from "./schedule/types.js";

// Labels a runner understands (used by the CLI and the iCalendar export)
export {
  CROSS_MODALITY_LABELS,
  NUTRITION_FOCUS_LABELS,
  PRACTICE_LABELS,
  RUN_TYPE_LABELS,
  RUN_TYPE_SHORT_LABELS,
} from "./model/labels.js";
export { habitDetails, habitTitle, sessionDetails, sessionTitle } from "./model/sessionText.js";
export { sessionStructure } from "./model/stepText.js";
export type { SessionTextOptions } from "./model/sessionText.js";

// Load metrics
export { ACUTE_LAMBDA, ACWR_WARMUP_DAYS, CHRONIC_LAMBDA } from "./load/acwrSeries.js";
export { MONOTONY_CAP, monotony, weeklyMetrics } from "./load/weeklyMetrics.js";
export type { WeeklyMetricsOptions } from "./load/weeklyMetrics.js";
export type { AcwrSeed, HistoryDay, HistoryWeek, TrainingHistory, WeekMetrics } from "./load/types.js";
export type { WeekRole } from "./load/weekRoles.js";
export { isKeySession } from "./schedule/keySession.js";
export type { KeySessionOptions, KeySessionWeek } from "./schedule/keySession.js";

// Validation
export { validatePlan } from "./rules/engine/validatePlan.js";
export type { ValidatePlanOptions } from "./rules/engine/validatePlan.js";
export { rules } from "./rules/catalog/index.js";
export { presets } from "./rules/presets.js";
export type { PresetEntry } from "./rules/presets.js";
export { defineRule } from "./rules/defineRule.js";
export { formatFinding } from "./rules/engine/formatFinding.js";
export type { FormatFindingOptions } from "./rules/engine/formatFinding.js";

// Languages (the locales themselves are subpaths: offseason/locales/es, offseason/locales/de)
export { formatMessage } from "./locale/formatMessage.js";
export type { Locale, LocaleMessage, MessageData, MessageValue } from "./locale/types.js";
export { COVERAGE_FUNDAMENTALS, FUNDAMENTALS } from "./rules/types.js";
export type {
  CoverageFundamental,
  CoverageStatus,
  Evidence,
  Finding,
  Fundamental,
  FundamentalCoverage,
  FundamentalResult,
  Report,
  Rule,
  RuleContext,
  RuleMessage,
  RuleMeta,
  RuleReport,
  RuleSetting,
  RulesConfig,
  RuleType,
  Severity,
  SeverityCounts,
} from "./rules/types.js";

// Generation
export { generatePlan } from "./generate/generatePlan.js";
export type { GeneratePlanOptions } from "./generate/generatePlan.js";
export { LEVEL_PROFILES } from "./generate/profiles.js";
export type { LevelProfile } from "./generate/profiles.js";

// The living plan: what the athlete did, against what was planned
export { ACTIVITY_KINDS, ActivitiesSchema, ActivitySchema } from "./model/activity.js";
export type { Activity, ActivityKind } from "./model/activity.js";
export { parseActivities, safeParseActivities } from "./model/parse.js";
export { dailyLoadSeries } from "./load/dailyLoads.js";
export type { DailyLoad, DailyLoadSeriesOptions } from "./load/dailyLoads.js";
export { decayFactor, ewmaStep } from "./load/smoothing.js";
export type { DecayFormula } from "./load/smoothing.js";
export { activityLoad, adherence, TRAININGPEAKS_BANDS } from "./live/adherence.js";
export type {
  Adherence,
  AdherenceCounts,
  AdherenceOptions,
  AdherenceStatus,
  ComplianceBand,
  ComplianceBands,
  ComplianceRange,
  FundamentalAdherence,
  OccurrenceAdherence,
  WeekAdherence,
} from "./live/adherence.js";
export { fitness } from "./live/fitness.js";
export type { Fitness, FitnessDay, FitnessOptions, FitnessSeed, TsbDay } from "./live/fitness.js";
export { historyFromActivities } from "./live/historyFromActivities.js";
export type { HistoryFromActivitiesOptions } from "./live/historyFromActivities.js";

// Adjustments: change a plan by appending one exception, and compare two expansions
export { insertRestDay, pausePlan, shiftPlan, swapDays, travel } from "./schedule/adjustPlan.js";
export type { AdjustmentOptions, PausePlanOptions, ShiftPlanOptions, TravelOptions } from "./schedule/adjustPlan.js";
export { diffOccurrences } from "./schedule/diffOccurrences.js";
export type { OccurrenceChange, OccurrenceDiff } from "./schedule/diffOccurrences.js";

// Paces from a race: a VO2max estimate, race predictions and a plan's paces (Daniels and Gilbert, Riegel)
export { estimateVo2max } from "./paces/estimateVo2max.js";
export { predictRaceTime } from "./paces/predictRaceTime.js";
export type { PredictRaceTimeOptions } from "./paces/predictRaceTime.js";
export type { RaceResult } from "./paces/raceResult.js";
export { trainingPaces } from "./paces/trainingPaces.js";
export type { TrainingPaces, TrainingPacesOptions } from "./paces/trainingPaces.js";
