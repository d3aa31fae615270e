/** A stored finding re-rendered in another language from its message id and raw data. */
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
 * import { formatFinding } from "offseason";
 * const finding = {
 *   ruleId: "rest-day-weekly", fundamental: "recovery", severity: "warning", messageId: "customText",
 *   data: {}, message: "Take a day off.",
 * } as const;
 * formatFinding(finding).message; //=> "Take a day off."
 * ```
 */
export function formatFinding(finding: Finding, locale?: Locale, options: FormatFindingOptions = {}): Finding {
  const formatter = createFormatter(locale);
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
