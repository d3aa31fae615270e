/**
 * The words of the CLI's text output around the messages (the report's verdict line, "Fix:", the fundamentals
 * table, counts, the changes of `adjust` and `diff`): English templates here, by label id; a locale's `labels` word
 * them in its language (`--locale es`). The CLI bundles the shipped locales: it is one file.
 */
import { createFormatter } from "../locale/formatMessage.js";
import type { Locale, MessageData } from "../locale/types.js";
import { de } from "../locales/de.js";
import { es } from "../locales/es.js";
import { CliError } from "./io.js";

/** The English labels of the CLI's text output, ICU MessageFormat templates by label id. */
export const ENGLISH_LABELS = {
  "report.verdict":
    "Plan {planId}{inSource, select, true { in {source}} other {}}: {verdict} at {level, term, level} level ({counts})",
  "report.ok": "OK",
  "report.notOk": "NOT OK",
  "report.week": "week {week}",
  "report.weeks": "{count, plural, one {week} other {weeks}} {weeks, weeks}",
  "report.fix": "Fix: {hint}",
  "report.fundamentals": "Fundamentals:",
  "report.fundamentalOk": "ok",
  "report.fundamentalNotOk": "not ok",
  "report.fundamental": "{name}",
  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "info",
  counts:
    "{error, plural, one {# error} other {# errors}}, {warning, plural, one {# warning} other {# warnings}}, {info} info",
  "validate.maxWarnings": "{count, plural, one {# warning} other {# warnings}}, more than --max-warnings {max}.",
  "adjust.validation":
    "Validation: {error, plural, one {# error} other {# errors}}, {warning, plural, one {# warning} other {# warnings}}.",
  "changes.added": "added",
  "changes.removed": "removed",
  "changes.moved": "moved",
  "changes.changed": "changed",
  "changes.none": "No occurrence changed.",
  "changes.counts": "{added} added, {removed} removed, {moved} moved, {changed} changed, {unchanged} unchanged.",
  "input.invalid":
    "The {what, select, athlete {athlete} activities {activities} other {plan}} in {file} {what, select, activities {are} other {is}} invalid:",
  "demo.header": "Off-season plan for {who} ({level, term, level}): {weeks} weeks, {start} to {end}, {zone}",
  "overview.week": "Week",
  "overview.phase": "Phase",
  "overview.legend":
    "E easy run, R recovery run, L long run, H hills, T tempo, I intervals, {fartlek, select, true {F fartlek, } other {}}S strength, X cross-training; numbers are minutes{numbers, select, range { (30-45 a range)} estimated { (~80 estimated from a pace)} both { (30-45 a range, ~80 estimated from a pace)} other {}}{optional, select, true {; ? an optional session} other {}}.",
  "overview.more": "Every day also has mobility work; mental practice and habits are in the calendar export.",
} as const;

/** A label id of the CLI. */
export type LabelId = keyof typeof ENGLISH_LABELS;

/** A label in the output's language, rendered with its data. */
export type Labels = (id: LabelId, data?: MessageData) => string;

/** The languages `--locale` takes; English first, the default. */
export const LOCALE_CODES = ["en", "es", "de"] as const;

const LOCALES: Readonly<Record<string, Locale | undefined>> = { en: undefined, es, de };

/**
 * The locale of a `--locale` value: undefined for English (the default); an unknown code is bad usage.
 *
 * @param code - The value given, or undefined.
 * @returns The locale, undefined for English.
 */
export function localeOf(code: string | undefined): Locale | undefined {
  if (code === undefined) return undefined;
  if (!Object.hasOwn(LOCALES, code))
    throw new CliError(`--locale must be en, es or de, not "${code}". offseason speaks English, Spanish and German.`);
  return LOCALES[code];
}

/**
 * The labels of a locale: its templates, else the English ones, rendered through `Intl` in its language.
 *
 * @param locale - The locale; English when undefined.
 * @returns The label function.
 */
export function labelsOf(locale: Locale | undefined): Labels {
  const formatter = createFormatter(locale);
  return (id, data = {}) => formatter.format(locale?.labels?.[id] ?? ENGLISH_LABELS[id], data);
}

/** The English labels. */
export const englishLabels: Labels = labelsOf(undefined);
