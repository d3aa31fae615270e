// Every input issue message, error summary and CLI label has its words in every shipped locale, with no placeholder
// the English does not fill, and no id the English does not have (a typo in an id would never be used).
import { describe, expect, it } from "vitest";
import { placeholders } from "../../scripts/locales-doc.mjs";
import { ENGLISH_LABELS } from "../../src/cli/labels.js";
import { de } from "../../src/locales/de.js";
import { es } from "../../src/locales/es.js";
import type { Locale } from "../../src/locale/types.js";
import { ISSUE_MESSAGES } from "../../src/model/issueMessages.js";

const CATALOGS = [
  ["issues", ISSUE_MESSAGES],
  ["labels", ENGLISH_LABELS],
] as const;

describe.each([
  ["es", es],
  ["de", de],
] as [string, Locale][])("the %s locale", (_code, locale) => {
  describe.each(CATALOGS)("%s", (part, english: Readonly<Record<string, string>>) => {
    const words: Readonly<Record<string, string>> = locale[part] ?? {};

    it.each(Object.keys(english))("words %s", (id) => {
      expect(words[id], id).toBeDefined();
      const known = placeholders(english[id] ?? "");
      expect([...placeholders(words[id] ?? "")].filter((name) => !known.has(name))).toEqual([]);
    });

    it("words no id that English does not have", () => {
      expect(Object.keys(words).filter((id) => !Object.hasOwn(english, id))).toEqual([]);
    });
  });
});

describe("the completeness check", () => {
  it("finds a placeholder the English does not fill", () => {
    expect(placeholders("tiene {entries} valores para {weks} semanas")).toEqual(new Set(["entries", "weks"]));
    expect(placeholders("{count, plural, one {# semana} other {{n} semanas}}")).toEqual(new Set(["count", "n"]));
  });
});
