// Every input issue message, error summary and CLI label has its words in every shipped locale, with no placeholder
// the English does not fill, and no id the English does not have (a typo in an id would never be used).
import { describe, expect, it } from "vitest";
import { ENGLISH_LABELS } from "../../src/cli/labels.js";
import { de } from "../../src/locales/de.js";
import { es } from "../../src/locales/es.js";
import type { Locale } from "../../src/locale/types.js";
import { ISSUE_MESSAGES } from "../../src/model/issueMessages.js";

/** The index of the brace that closes the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === "{") depth += 1;
    else if (text[index] === "}" && --depth === 0) return index;
  }
  return text.length;
}

/**
 * The names of a template's placeholders, parsed as the renderer reads them: `{name}`, `{name, type, style}`, and
 * inside the branches of a plural or select (`one {...} other {...}`, whose keys are not placeholders) the same again.
 */
function placeholders(template: string, found = new Set<string>()): Set<string> {
  for (let index = template.indexOf("{"); index >= 0; index = template.indexOf("{", index)) {
    const close = closing(template, index);
    const body = template.slice(index + 1, close);
    const [name = "", type = ""] = body.split(",", 2).map((part) => part.trim());
    // Literal braces in text (`{ green: { min, max } }`) name nothing a message renders.
    if (/^[A-Za-z]\w*$/.test(name)) found.add(name);
    if (type === "plural" || type === "select") {
      const branches = body.slice(body.indexOf(type) + type.length + 1);
      for (let open = branches.indexOf("{"); open >= 0; open = branches.indexOf("{", open)) {
        const end = closing(branches, open);
        placeholders(branches.slice(open + 1, end), found);
        open = end;
      }
    }
    index = close;
  }
  return found;
}

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
