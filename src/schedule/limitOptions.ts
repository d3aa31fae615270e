import type { OccurrenceLimitOption, WeekLimitOption } from "./types.js";

/** The expansion's limit options of a function that expands a plan. */
export type ExpansionLimits = OccurrenceLimitOption & WeekLimitOption;

/**
 * The limit options a caller gave, and only those, to pass on to the expansion: every function that expands a plan
 * (validatePlan, toICalendar, toCancelCalendar, adherence, fitness) takes `maxOccurrences` and `maxWeeks` under these
 * names and hands them on unchanged, so that a plan parsed with raised limits expands the same way everywhere.
 *
 * @param options - Options that may hold `maxOccurrences` and `maxWeeks`.
 * @returns An object with the ones given.
 */
export function limitOptionsOf(options: ExpansionLimits): ExpansionLimits {
  return {
    ...(options.maxOccurrences === undefined ? {} : { maxOccurrences: options.maxOccurrences }),
    ...(options.maxWeeks === undefined ? {} : { maxWeeks: options.maxWeeks }),
  };
}
