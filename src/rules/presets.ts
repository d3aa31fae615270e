import { LEVELS, type Level } from "../model/athlete.js";
import { rules } from "./catalog/index.js";
import type { Severity } from "./types.js";

/** A rule's default setting at one level. */
export interface PresetEntry {
  /** The default severity. */
  readonly severity: Severity;
  /** The default options at this level. */
  readonly options: object;
}

/**
 * The default severity and options of every built-in rule at every ability level, as `presets[level][ruleId]`.
 * Configs given to {@link validatePlan} override them.
 *
 * @example
 * ```ts
 * import { presets } from "offseason";
 * presets.beginner["rest-day-weekly"]?.severity; //=> "error"
 * presets.elite["rest-day-weekly"]?.options; //=> { minRunFreeDays: 1, advisedOnly: true, mastersMinRunFreeDays: 2, youngYouthMinRunFreeDays: 2 }
 * ```
 */
export const presets: Readonly<Record<Level, Readonly<Record<string, PresetEntry>>>> =
  /* @__PURE__ */ Object.fromEntries(
    LEVELS.map((level) => [
      level,
      Object.fromEntries(
        rules.map((rule) => [
          rule.meta.id,
          { severity: rule.meta.defaultSeverity, options: rule.meta.defaults[level] },
        ]),
      ),
    ]),
  ) as Record<Level, Record<string, PresetEntry>>;
