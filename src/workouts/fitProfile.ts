/**
 * The numbers of the FIT profile (SDK 21.217) that a workout file uses: messages and their fields, the enums offseason
 * maps to, and the string sizes of the FIT C SDK's workout structures (16 bytes for names, 50 for notes).
 */
import { BASE, type MessageDef } from "./fitEncoder.js";
import type { WorkoutIntent } from "./plannedStep.js";

/** The profile version written in the header (21.217 as the protocol's major * 1000 + minor). */
export const PROFILE_VERSION = 21217;

/** Bytes of `wkt_name` and `wkt_step_name`, terminator included. */
export const NAME_BYTES = 16;
/** Bytes of a step's `notes`, terminator included. */
export const NOTES_BYTES = 50;

/** `file_id` (0): type, manufacturer, product, serial_number, time_created. */
export const FILE_ID: MessageDef = {
  global: 0,
  fields: [
    { num: 0, type: BASE.enum },
    { num: 1, type: BASE.uint16 },
    { num: 2, type: BASE.uint16 },
    { num: 3, type: BASE.uint32z },
    { num: 4, type: BASE.uint32 },
  ],
};

/** `workout` (26): wkt_name, sport, sub_sport, num_valid_steps. */
export const WORKOUT: MessageDef = {
  global: 26,
  fields: [
    { num: 8, type: BASE.string, bytes: NAME_BYTES },
    { num: 4, type: BASE.enum },
    { num: 11, type: BASE.enum },
    { num: 6, type: BASE.uint16 },
  ],
};

/**
 * `workout_step` (27): message_index, wkt_step_name, duration_type, duration_value, target_type, target_value,
 * custom_target_value_low, custom_target_value_high, intensity, notes, exercise_category, exercise_name,
 * exercise_weight (kg * 100).
 */
export const WORKOUT_STEP: MessageDef = {
  global: 27,
  fields: [
    { num: 254, type: BASE.uint16 },
    { num: 0, type: BASE.string, bytes: NAME_BYTES },
    { num: 1, type: BASE.enum },
    { num: 2, type: BASE.uint32 },
    { num: 3, type: BASE.enum },
    { num: 4, type: BASE.uint32 },
    { num: 5, type: BASE.uint32 },
    { num: 6, type: BASE.uint32 },
    { num: 7, type: BASE.enum },
    { num: 8, type: BASE.string, bytes: NOTES_BYTES },
    { num: 10, type: BASE.uint16 },
    { num: 11, type: BASE.uint16 },
    { num: 12, type: BASE.uint16 },
  ],
};

/** `file` type workout. */
export const FILE_WORKOUT = 5;
/** `manufacturer` development. */
export const MANUFACTURER_DEVELOPMENT = 255;
/** Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z. */
export const FIT_EPOCH_SECONDS = 631_065_600;

/** `wkt_step_duration`. */
export const DURATION = { time: 0, distance: 1, open: 5, repeatUntilStepsCmplt: 6, reps: 29 } as const;
/** `wkt_step_target`. */
export const TARGET = { speed: 0, open: 2 } as const;

/** `intensity`: active 0, rest 1, warmup 2, cooldown 3, recovery 4. */
const INTENSITY = { active: 0, rest: 1, warmup: 2, cooldown: 3, recovery: 4 } as const;

/** What a FIT step of an intent is: its intensity, and for a walk the exercise FIT names for it. */
export interface IntentMapping {
  /** `intensity`. */
  readonly intensity: number;
  /** `exercise_category` and `exercise_name`, for a walk: run (32) / walk (1). */
  readonly exercise?: { readonly category: number; readonly name: number };
  /** The step's name when it has none. */
  readonly name: string;
}

/** The intents of the plan format as FIT intensities; work and steady running are active. */
export const INTENT_MAPPING: Readonly<Record<Exclude<WorkoutIntent, "walk">, IntentMapping>> = {
  warmup: { intensity: INTENSITY.warmup, name: "Warm-up" },
  work: { intensity: INTENSITY.active, name: "Work" },
  steady: { intensity: INTENSITY.active, name: "Steady" },
  recovery: { intensity: INTENSITY.recovery, name: "Recovery" },
  rest: { intensity: INTENSITY.rest, name: "Rest" },
  cooldown: { intensity: INTENSITY.cooldown, name: "Cool-down" },
};

/**
 * A walk inside a run (the run/walk step of the plan format): an easy segment, FIT intensity recovery, named as
 * FIT's own walk exercise (category run 32, name walk 1) so that a device shows "Walk". Kept apart from
 * {@link INTENT_MAPPING}: it is keyed by the word `walk`, whether or not the plan's types have it yet.
 */
export const WALK_MAPPING: IntentMapping = {
  intensity: INTENSITY.recovery,
  exercise: { category: 32, name: 1 },
  name: "Walk",
};

/** The FIT mapping of an intent. */
export function intentMapping(intent: WorkoutIntent): IntentMapping {
  return intent === "walk" ? WALK_MAPPING : INTENT_MAPPING[intent];
}

/** `sport` and `sub_sport` of a workout. */
export interface FitSport {
  /** `sport`. */
  readonly sport: number;
  /** `sub_sport`. */
  readonly subSport: number;
}

/** Cross-training modalities as FIT sports: cycling 2, swimming 5 (lap swimming), walking 11, hiking 17... */
export const MODALITY_SPORTS: Readonly<Record<string, FitSport>> = {
  swim: { sport: 5, subSport: 17 },
  bike: { sport: 2, subSport: 0 },
  elliptical: { sport: 10, subSport: 15 },
  row: { sport: 15, subSport: 0 },
  ski: { sport: 12, subSport: 0 },
  walk: { sport: 11, subSport: 0 },
  hike: { sport: 17, subSport: 0 },
  other: { sport: 10, subSport: 26 },
};

/** Running, generic. */
export const RUNNING: FitSport = { sport: 1, subSport: 0 };
/** Training, strength training. */
export const STRENGTH_TRAINING: FitSport = { sport: 10, subSport: 20 };
/** Training, cardio training: a modality this version does not know. */
export const TRAINING: FitSport = { sport: 10, subSport: 26 };
