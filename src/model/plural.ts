/** The one pluralizer of the package's English text: findings, parse errors, refusals and the CLI say counts with it. */

const PLURAL = /* @__PURE__ */ new Intl.PluralRules("en");

/**
 * The word that agrees with a count, by English plural rules: `pluralWord(1, "has", "have")` is "has",
 * `pluralWord(3, "run")` is "runs" (0 takes the plural).
 *
 * @param count - The count.
 * @param one - The word for one.
 * @param other - The word for any other count; default `one` with an "s".
 * @returns `one` or `other`.
 */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return PLURAL.select(count) === "one" ? one : other;
}
