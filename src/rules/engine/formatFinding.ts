/** A stored finding re-rendered in another language from its message id and raw data. */
import { ENGLISH_TERMS } from "../../locale/englishTerms.js";
import { createFormatter } from "../../locale/formatMessage.js";
import type { Locale } from "../../locale/types.js";
import { rules as catalog } from "../catalog/index.js";
import type { Finding, Rule } from "../types.js";
import { localeMessage } from "./reportToFinding.js";

/** Options of {@link formatFinding}. */
export interface FormatFindingOptions {
  /** The custom rules the finding may come from, whose messages (and `meta.locales`) are not in the catalog. */
  readonly customRules?: readonly Rule[];
}

/**
 * A finding with its `message` and `hint` rendered in a locale from its `messageId` and `data`: how an app shows
 * findings it stored (or received) in the language of the reader. A finding of a rule it does not know (a custom
 * rule not passed in `customRules`) keeps its words, unless the locale has them.
 *
 * @param finding - A finding of {@link validatePlan}, in any language.
 * @param locale - The language to render it in; English when left out.
 * @param options - The custom rules the finding may come from.
 * @returns The same finding with `message` and `hint` in the locale.
 * @example
 * ```ts
 * import { formatFinding, parsePlan, validatePlan } from "offseason";
 * import { de } from "offseason/locales/de";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 2, sessions: [
 *     { id: "daily", kind: "run", runType: "easy", minutes: 30, rpe: 3, repeat: "FREQ=DAILY" },
 *   ] }],
 * });
 * const stored = validatePlan(plan, { level: "beginner" }).findings.filter((f) => f.ruleId === "rest-day-weekly");
 * stored.map((finding) => formatFinding(finding, de).hint);
 * //=> ["Lauf am Montag und Dienstag nicht: Ruh dich aus oder mach Alternativtraining."]
 * ```
 */
export function formatFinding(finding: Finding, locale?: Locale, options: FormatFindingOptions = {}): Finding {
  const formatter = createFormatter(locale, ENGLISH_TERMS);
  const rule = [...catalog, ...(options.customRules ?? [])].find((known) => known.meta.id === finding.ruleId);
  const words = rule
    ? localeMessage(rule.meta, finding.messageId, formatter)
    : formatter.locale.rules?.[finding.ruleId]?.[finding.messageId];
  if (!words) return finding;
  const english = rule?.meta.messages[finding.messageId];
  const hint = words.hint ?? english?.hint;
  const rendered: Record<string, unknown> = { ...finding, message: formatter.format(words.message, finding.data) };
  if (hint === undefined) delete rendered.hint;
  else rendered.hint = formatter.format(hint, finding.data);
  return rendered as unknown as Finding;
}
