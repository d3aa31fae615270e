/**
 * The renderer of messages: a subset of ICU MessageFormat read from templates, with numbers, plurals, lists, dates
 * and units formatted through `Intl` for the locale's language.
 *
 * The grammar: `{name}` prints a value (numbers in the locale's digits, lists joined as the locale joins them);
 * `{name, number}` and `{name, number, percent}` (a share: 0.096 is "9.6%", "9,6 %" in German); `{name, plural, =0
 * {...} one {...} other {...}}` with `#` for the number; `{name, select, key {...} other {...}}`; `{name, list}` and
 * `{name, list, or}`; `{name, weeks}` (week numbers with runs joined: "1-4, 6, and 8"); `{name, date}` and `{name,
 * weekday}` (an ISO date; a weekday code `MO`-`SU` for `weekday`), `{days, list, weekday}`; `{name, unit, kilometer}` (any `Intl` unit); `{name, term, level}` (the locale's word for
 * the id `level.<value>`, English's when the locale has none, else the id itself).
 * Branches nest. A placeholder whose name the data lacks stays as it is written; there is no quoting (a message has
 * no literal braces).
 */
import { ENGLISH_TERMS } from "./englishTerms.js";
import type { Locale, MessageData, MessageValue } from "./types.js";

/** The English locale: offseason's own words are English (the rules' `meta.messages`, the issue catalog). */
export const ENGLISH: Locale = { code: "en" };

/** Renders templates in one locale, with its `Intl` formatters made once (a formatter is made per call: no globals). */
export interface MessageFormatter {
  /** The locale it renders in. */
  readonly locale: Locale;
  /** A template rendered with its data. */
  format(template: string, data: MessageData): string;
}

/** The index of the brace that closes the one at `open`, or -1. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let index = open; index < template.length; index += 1) {
    const char = template[index];
    if (char === "{") depth += 1;
    else if (char === "}") {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** The branches of a plural or select argument: `one {...} other {...}` as key and sub-template. */
function branchesOf(text: string): ReadonlyMap<string, string> {
  const branches = new Map<string, string>();
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf("{", index);
    if (open < 0) break;
    const close = closing(text, open);
    if (close < 0) break;
    const key = text.slice(index, open).trim();
    if (key !== "") branches.set(key, text.slice(open + 1, close));
    index = close + 1;
  }
  return branches;
}

/** The first two commas of an argument's body that are outside braces: its name, type and style. */
function partsOf(body: string): readonly [string, string, string] {
  const first = body.indexOf(",");
  if (first < 0) return [body.trim(), "", ""];
  const second = body.indexOf(",", first + 1);
  const braces = body.indexOf("{");
  if (second < 0 || (braces >= 0 && braces < second)) {
    return [body.slice(0, first).trim(), body.slice(first + 1).trim(), ""];
  }
  return [body.slice(0, first).trim(), body.slice(first + 1, second).trim(), body.slice(second + 1).trim()];
}

/** "1-4, 6, and 8": sorted week numbers with runs of consecutive weeks joined, as the locale joins a list. */
function weekRuns(weeks: readonly number[], list: (items: readonly string[]) => string, number: (n: number) => string) {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length;) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    const first = number(sorted[index] ?? 0);
    const last = number(sorted[end] ?? 0);
    parts.push(end === index ? first : `${first}-${last}`);
    index = end + 1;
  }
  return list(parts);
}

const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/**
 * The date of an ISO date at noon UTC, so that formatting it in UTC never moves its day; a weekday code (`"MO"`) is a
 * day of that weekday (2024-01-01 was a Monday).
 */
function dateOf(iso: string): Date | undefined {
  const code = WEEKDAY_CODES.indexOf(iso);
  const date = new Date(code >= 0 ? Date.UTC(2024, 0, 1 + code, 12) : `${iso.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

type IntlFormatter = Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat | Intl.DateTimeFormat;

// Intl's formatters are immutable and costly to make (a DateTimeFormat takes about 40 us, more than rendering a
// finding): made once per language and options, and shared by every render, like the rules' caches of what they read.
const intlCache = new Map<string, IntlFormatter>();

/** The `Intl` formatters of a language, each made once on first use. */
function intlOf(code: string) {
  const made = <T extends IntlFormatter>(key: string, make: () => T): T => {
    const id = `${code}\u0000${key}`;
    const known = intlCache.get(id);
    if (known) return known as T;
    const fresh = make();
    // Bounded: an app that renders in many languages keeps the formatters of the last few hundred.
    if (intlCache.size >= 512) intlCache.clear();
    intlCache.set(id, fresh);
    return fresh;
  };
  return {
    // Digits grouped from five on ("1440", "20,000"), as `useGrouping: "min2"` does where the runtime knows it.
    number: (value: number): string => {
      const grouped = Math.abs(value) >= 10_000;
      return made(
        grouped ? "n," : "n",
        () => new Intl.NumberFormat(code, { maximumFractionDigits: 4, useGrouping: grouped }),
      ).format(value);
    },
    percent: (value: number): string => {
      const grouped = Math.abs(value) >= 100;
      return made(
        grouped ? "%," : "%",
        () => new Intl.NumberFormat(code, { style: "percent", maximumFractionDigits: 2, useGrouping: grouped }),
      ).format(value);
    },
    unit: (value: number, name: string): string =>
      made(
        `u${name}`,
        () => new Intl.NumberFormat(code, { style: "unit", unit: name, maximumFractionDigits: 2 }),
      ).format(value),
    list: (items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string =>
      made(`l${type}`, () => new Intl.ListFormat(code, { type })).format(items),
    plural: (value: number): string => made("p", () => new Intl.PluralRules(code)).select(value),
    date: (value: string, style: "date" | "weekday"): string => {
      const parsed = dateOf(value);
      if (!parsed) return value;
      const options: Intl.DateTimeFormatOptions =
        style === "weekday"
          ? { weekday: "long", timeZone: "UTC" }
          : { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
      return made(`d${style}`, () => new Intl.DateTimeFormat(code, options)).format(parsed);
    },
  };
}

/**
 * A formatter for a locale: `format(template, data)` renders an ICU MessageFormat template (the subset described in
 * this module) with `Intl`'s numbers, plurals, lists and dates of `locale.code`.
 *
 * @param locale - The locale; English when left out.
 * @param englishTerms - The English words of ids, for a term the locale lacks (the rules pass theirs; no issue
 * message names a term, so parsing carries none).
 * @returns The formatter.
 */
export function createFormatter(
  locale: Locale = ENGLISH,
  englishTerms: Readonly<Record<string, string>> = {},
): MessageFormatter {
  const { number, percent, unit, list, plural, date } = intlOf(locale.code);
  const plain = (value: MessageValue): string => {
    if (typeof value === "number") return number(value);
    if (typeof value === "string") return value;
    if (typeof value === "boolean") return String(value);
    return list(value.map((item) => (typeof item === "number" ? number(item) : item)));
  };
  // A term is looked up as `namespace.id` when the placeholder names a namespace (`{level, term, level}`).
  const term = (value: MessageValue, namespace = ""): string => {
    if (typeof value !== "string") return plain(value);
    const key = namespace === "" ? value : `${namespace}.${value}`;
    return locale.terms?.[key] ?? englishTerms[key] ?? value;
  };

  const argument = (body: string, whole: string, data: MessageData): string => {
    const [name, type, style] = partsOf(body);
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    if (value === undefined) return whole;
    switch (type) {
      case "number":
        return typeof value !== "number" ? plain(value) : style === "percent" ? percent(value) : number(value);
      case "plural": {
        const count = typeof value === "number" ? value : Number(value);
        const branches = branchesOf(style);
        const chosen = branches.get(`=${String(count)}`) ?? branches.get(plural(count)) ?? branches.get("other") ?? "";
        return render(chosen, data, number(count));
      }
      case "select":
        return render(branchesOf(style).get(String(value)) ?? branchesOf(style).get("other") ?? "", data, undefined);
      case "list": {
        // `{days, list}`, `{days, list, or}`, `{foci, list, nutrition}` (each item a term of the namespace).
        // `{days, list, weekday}` names ISO dates or weekday codes through Intl.
        const namespace = style === "or" ? "" : style;
        const items = (Array.isArray(value) ? value : [value]).map((item: string | number | boolean) =>
          typeof item === "boolean"
            ? String(item)
            : namespace === "weekday"
              ? date(String(item), "weekday")
              : term(item, namespace),
        );
        return list(items, style === "or" ? "disjunction" : "conjunction");
      }
      case "weeks":
        return weekRuns(Array.isArray(value) ? value.map(Number) : [Number(value)], list, number);
      case "date":
      case "weekday":
        return date(String(value), type);
      case "unit":
        return typeof value === "number" && style !== "" ? unit(value, style) : plain(value);
      case "term":
        return term(value, style);
      default:
        return plain(value);
    }
  };

  const render = (template: string, data: MessageData, hash: string | undefined): string => {
    let out = "";
    let from = 0;
    for (let index = 0; index < template.length; index += 1) {
      const char = template[index];
      if (char === "#" && hash !== undefined) {
        out += template.slice(from, index) + hash;
        from = index + 1;
      } else if (char === "{") {
        const close = closing(template, index);
        if (close < 0) break;
        out +=
          template.slice(from, index) +
          argument(template.slice(index + 1, close), template.slice(index, close + 1), data);
        index = close;
        from = close + 1;
      }
    }
    return out + template.slice(from);
  };

  return { locale, format: (template, data) => render(template, data, undefined) };
}

/**
 * A message template rendered with its data in a locale (English when left out).
 *
 * @param template - An ICU MessageFormat template (the subset this module reads).
 * @param data - The raw values of its placeholders.
 * @param locale - The locale whose `Intl` formats numbers, plurals, lists and dates.
 * @returns The text.
 * @example
 * ```ts
 * import { formatMessage } from "offseason";
 * formatMessage("{weeks, weeks}: {count, plural, one {# run} other {# runs}}", { weeks: [1, 2, 3, 5], count: 2 });
 * //=> "1-3 and 5: 2 runs"
 * ```
 */
export function formatMessage(template: string, data: MessageData, locale?: Locale): string {
  return createFormatter(locale, ENGLISH_TERMS).format(template, data);
}
