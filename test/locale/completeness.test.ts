// Every message of every built-in rule has its words in every shipped locale, with no placeholder the English does
// not fill (a typo in a translation would print "{weks}" to a runner).
import { describe, expect, it } from "vitest";
import { placeholders } from "../../scripts/locales-doc.mjs";
import { rules } from "../../src/rules/catalog/index.js";
import { de } from "../../src/locales/de.js";
import { es } from "../../src/locales/es.js";
import type { Locale } from "../../src/locale/types.js";

describe.each([
  ["es", es],
  ["de", de],
] as [string, Locale][])("the %s locale", (_code, locale) => {
  const messages = rules.flatMap((rule) =>
    Object.entries(rule.meta.messages).map(([messageId, english]) => ({ ruleId: rule.meta.id, messageId, english })),
  );

  it.each(messages)("words $ruleId/$messageId", ({ ruleId, messageId, english }) => {
    const words = locale.rules?.[ruleId]?.[messageId];
    expect(words, `${ruleId}/${messageId}`).toBeDefined();
    expect(words?.hint === undefined, "a hint exactly where English has one").toBe(english.hint === undefined);
    const known = new Set([...placeholders(english.message), ...placeholders(english.hint ?? "")]);
    const used = [...placeholders(words?.message ?? ""), ...placeholders(words?.hint ?? "")];
    expect(used.filter((name) => !known.has(name))).toEqual([]);
  });

  it("words no rule or message that does not exist", () => {
    const extra = Object.entries(locale.rules ?? {}).flatMap(([ruleId, byId]) =>
      Object.keys(byId)
        .filter((messageId) => !rules.some((rule) => rule.meta.id === ruleId && messageId in rule.meta.messages))
        .map((messageId) => `${ruleId}/${messageId}`),
    );
    expect(extra).toEqual([]);
  });
});
