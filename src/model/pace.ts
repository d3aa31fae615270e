/**
 * Paces, in one place: the schema of the text (`m:ss/km`, `m:ss/mi`), its reading, and the minutes a distance takes
 * at a pace. The callers keep their own rounding: the expansion rounds to whole minutes ({@link minutesAtPace}), the
 * step total and the intensity split do not.
 */
import { MODEL_MESSAGES } from "./issueMessages.js";
import * as z from "zod/mini";
import { issueParams } from "./primitives.js";
import { RACE_PACES, RUN_TYPES } from "./vocabulary.js";

/**
 * 1 mile in km; occurrences of a session written in miles carry its distance in km too.
 *
 */
export const KM_PER_MILE = 1.609344;

/**
 * A pace, minutes and seconds per km or per mile: `"4:50/km"`, `"8:15/mi"`.
 *
 */
export type Pace = `${number}:${number}/${"km" | "mi"}`;

const PACE_TEXT = "(0?[1-9]|[1-5]\\d):[0-5]\\d\\/(km|mi)";

/** The names a `pace` may give instead of a pace: the keys of a plan's `paces` (run types and race paces). */
export const PACE_NAMES: readonly string[] = [...RUN_TYPES, ...RACE_PACES];

const paceSchema = (pattern: string, error: string) =>
  z.string().check(z.regex(new RegExp(`^${pattern}$`), { error, ...issueParams("pace") }));

/** A pace: minutes and seconds per kilometre or mile, `m:ss/km` or `m:ss/mi` (minutes 1 to 59), e.g. `8:15/mi`. */
export const PaceSchema = /* @__PURE__ */ (() => paceSchema(PACE_TEXT, MODEL_MESSAGES["pace.format"]))();

/**
 * A session's or step's pace: a pace, or the name of one of the plan's `paces` (`"5k"`, `"tempo"`); the plan checks
 * that its `paces` has it.
 */
export const PaceRefSchema = /* @__PURE__ */ (() =>
  paceSchema(`(?:${PACE_TEXT}|${PACE_NAMES.join("|")})`, MODEL_MESSAGES["pace.formatOrName"]))();

/**
 * The pace text a session's or step's `pace` stands for: the pace itself, or the plan's pace of that name.
 *
 * @param pace - A pace or a pace name, as {@link PaceRefSchema} accepts it.
 * @param paces - The plan's paces.
 * @returns The pace text, or undefined when it names a pace the plan lacks (or none is given).
 * Internal (not exported from the package), so no runnable `@example`: e.g.
 * `paceText("5k", { "5k": "4:00/km" }); //=> "4:00/km"`
 */
export function paceText(
  pace: string | undefined,
  paces: Readonly<Record<string, string | undefined>> | undefined,
): string | undefined {
  return pace === undefined || pace.includes(":") ? pace : paces?.[pace];
}

// Every pace PaceSchema accepts, and the 0:ss paces that intensityOf has always read from unchecked sessions.
const PACE = /^(\d{1,2}):([0-5]\d)\/(km|mi)$/;

/** A pace read: seconds per unit, and the unit. */
export interface ParsedPace {
  /** Seconds per km or per mile, as written. */
  readonly secondsPerUnit: number;
  /** The pace's unit. */
  readonly unit: "km" | "mi";
}

/**
 * Reads a pace written `m:ss/km` or `m:ss/mi`.
 *
 * @param pace - Pace text, as {@link PaceSchema} accepts it.
 * @returns Its seconds per unit and unit, or undefined for text that is not a pace.
 */
export function parsePace(pace: string): ParsedPace | undefined {
  const match = PACE.exec(pace);
  if (!match) return undefined;
  return { secondsPerUnit: Number(match[1]) * 60 + Number(match[2]), unit: match[3] === "mi" ? "mi" : "km" };
}

/**
 * Seconds per km of a pace (a pace per mile divided by {@link KM_PER_MILE}).
 *
 * @param pace - Pace text, as {@link PaceSchema} accepts it.
 * @returns Seconds per km, not rounded; `NaN` for text that is not a pace.
 */
export function secondsPerKm(pace: string): number {
  const parsed = parsePace(pace);
  if (parsed === undefined) return Number.NaN;
  return parsed.unit === "mi" ? parsed.secondsPerUnit / KM_PER_MILE : parsed.secondsPerUnit;
}

/**
 * The minutes a distance takes at a pace, as occurrences carry them: seconds rounded to whole seconds (halves up),
 * then minutes to whole minutes (at least 1). The product is first rounded to a microsecond, so that miles converted
 * to km and back give the coach's figure, not a float's.
 *
 * @param km - The distance in km.
 * @param pace - Pace text, as {@link PaceSchema} accepts it.
 * @returns Whole minutes, at least 1.
 */
export function minutesAtPace(km: number, pace: string): number {
  const seconds = Math.round(Math.round(km * secondsPerKm(pace) * 1e6) / 1e6);
  return Math.max(1, Math.round(seconds / 60));
}
