// Every message of every built-in rule has its words in every shipped locale, with no placeholder the English does
// not fill (a typo in a translation would print "{weks}" to a runner).
import { describe, expect, it } from "vitest";
import { rules } from "../../src/rules/catalog/index.js";
import { de } from "../../src/locales/de.js";
import { es } from "../../src/locales/es.js";
import type { Locale } from "../../src/locale/types.js";

/** The index of the brace that closes the one at `open`. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let index = open; index < template.length; index += 1) {
    if (template[index] === "{") depth += 1;
    else if (template[index] === "}" && (depth -= 1) === 0) return index;
  }
  return template.length;
}

/**
 * The names of a template's placeholders, read as the renderer reads them: an argument's name, then, inside a plural
 * or select, the arguments of each branch (a branch's words, `one {Woche}`, are not a placeholder).
 */
export function placeholders(template: string, names = new Set<string>()): Set<string> {
  for (let index = template.indexOf("{"); index >= 0; index = template.indexOf("{", index)) {
    const close = closing(template, index);
    const body = template.slice(index + 1, close);
    const [name = "", type = ""] = body.split(",").map((part) => part.trim());
    names.add(name);
    if (type === "plural" || type === "select") {
      const branches = body.slice(body.indexOf(",", body.indexOf(",") + 1) + 1);
      for (let open = branches.indexOf("{"); open >= 0; open = branches.indexOf("{", open)) {
        const end = closing(branches, open);
        placeholders(branches.slice(open + 1, end), names);
        open = end;
      }
    }
    index = close;
  }
  return names;
}

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
