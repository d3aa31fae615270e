import {
  parseAthlete,
  parsePlan,
  validatePlan,
  type Athlete,
  type Finding,
  type Plan,
  type RulesConfig,
  type ValidatePlanOptions,
} from "../../src/index.js";
import { rules } from "../../src/index.js";

type Json = Record<string, unknown>;
type Days = readonly string[];

/** Session builders for rule fixtures. */
export const run = (id: string, on: Days, minutes: number, extra: Json = {}): Json => ({
  id,
  kind: "run",
  runType: "easy",
  minutes,
  rpe: 3,
  on,
  ...extra,
});
export const cross = (id: string, on: Days, minutes: number, extra: Json = {}): Json => ({
  id,
  kind: "cross",
  modality: "swim",
  minutes,
  rpe: 3,
  on,
  ...extra,
});
export const strength = (
  id: string,
  on: Days,
  names: readonly string[] = ["squat", "romanian-deadlift", "calf-raise", "plank"],
  extra: Json = {},
): Json => ({
  id,
  kind: "strength",
  minutes: 30,
  rpe: 5,
  on,
  exercises: names.map((name) =>
    name === "plank" || name === "side-plank" ? { name, sets: 3, seconds: 30 } : { name, sets: 3, reps: 10 },
  ),
  ...extra,
});
export const mobility = (id: string, extra: Json = {}): Json => ({
  id,
  kind: "mobility",
  practice: "foam-rolling",
  minutes: 10,
  repeat: "FREQ=DAILY",
  ...extra,
});
export const mental = (id: string, on: Days = ["SU"], practice = "visualization"): Json => ({
  id,
  kind: "mental",
  practice,
  minutes: 15,
  on,
});

/** A plan from phases (each `{ id, weeks, sessions, ... }`), starting Monday 2026-11-02 in UTC. */
export function planOf(phases: readonly Json[], extra: Json = {}): Plan {
  return parsePlan({ version: 1, id: "fixture", timezone: "UTC", startDate: "2026-11-02", phases, ...extra });
}

/** A one-phase plan of `weeks` weeks. */
export function weeksOf(sessions: readonly Json[], weeks = 2, extra: Json = {}, phase: Json = {}): Plan {
  return planOf([{ id: "base", weeks, sessions, ...phase }], extra);
}

const ALL_DAYS = { available: true };

/** An athlete available every day unless overridden. */
export function athleteOf(extra: Json = {}): Athlete {
  return parseAthlete({
    id: "ath",
    level: "intermediate",
    timezone: "UTC",
    availability: { MO: ALL_DAYS, TU: ALL_DAYS, WE: ALL_DAYS, TH: ALL_DAYS, FR: ALL_DAYS, SA: ALL_DAYS, SU: ALL_DAYS },
    ...extra,
  });
}

/** Runs one rule alone (every other rule off) and returns its findings. */
export function findingsOf(
  ruleId: string,
  plan: Plan,
  options: ValidatePlanOptions = {},
  setting?: RulesConfig[string],
): readonly Finding[] {
  // Every other rule off; the rule itself at its default severity unless a setting is given.
  const others = rules.filter((rule) => rule.meta.id !== ruleId);
  const config: Record<string, RulesConfig[string]> = Object.fromEntries(
    others.map((rule) => [rule.meta.id, "off" as const]),
  );
  if (setting !== undefined) config[ruleId] = setting;
  return validatePlan(plan, { ...options, rules: { ...config, ...options.rules } }).findings.filter(
    (finding) => finding.ruleId === ruleId,
  );
}
