// A rule's findings rendered in the shipped locales, message and hint compared whole: proof that a translation
// renders with real data (every placeholder filled, numbers, lists and dates through Intl).
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/index.js";
import { de } from "../../src/locales/de.js";
import { es } from "../../src/locales/es.js";
import { findingsOf } from "../helpers/plans.js";
import type { RuleCase } from "./ruleTester.js";

/** What a finding says in one language. */
export interface Words {
  readonly message: string;
  readonly hint?: string;
}

/**
 * Checks the words of a rule's findings for one case in Spanish and in German.
 *
 * @param ruleId - The rule.
 * @param item - The plan, validation options and setting, as a table case gives them.
 * @param expected - The findings' words in report order, by locale code.
 */
export function renderedIn(
  ruleId: string,
  item: Omit<RuleCase, "name">,
  expected: { readonly es: readonly Words[]; readonly de: readonly Words[] },
): void {
  const locales: [keyof typeof expected, Locale][] = [
    ["es", es],
    ["de", de],
  ];
  describe(`${ruleId} in Spanish and German`, () => {
    it.each(locales)("words its findings in %s", (code, locale) => {
      const words = findingsOf(ruleId, item.plan, { ...item.options, locale }, item.setting).map((finding) =>
        finding.hint === undefined ? { message: finding.message } : { message: finding.message, hint: finding.hint },
      );
      expect(words).toEqual(expected[code]);
    });
  });
}
