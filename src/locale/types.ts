/**
 * What a locale is: the words of offseason's messages in one language. Messages are ICU MessageFormat templates
 * (the subset {@link formatMessage} reads), rendered from raw values, so that a translator can re-word and re-inflect
 * them.
 */

/**
 * A raw value a message is rendered from: a number, a string (an ISO date, an id, a unit, a name the plan gave),
 * true or false, or a list of them (week numbers, ids).
 */
export type MessageValue = string | number | boolean | readonly (string | number)[];

/** The raw values of one message, by placeholder name. */
export type MessageData = Readonly<Record<string, MessageValue>>;

/** A rule message in one language: what is wrong, and how to fix it. */
export interface LocaleMessage {
  /** What is wrong, an ICU MessageFormat template, e.g. `"{weeks, weeks} {count, plural, one {has no rest day} other {have no rest day}}"`. */
  readonly message: string;
  /** How to fix it, a template of the same grammar. */
  readonly hint?: string;
}

/**
 * The messages of offseason in one language, as `offseason/locales/es` and `offseason/locales/de` export them. Pass
 * one per call (`validatePlan(plan, { locale: es })`): nothing is registered globally, and a bundle holds only the
 * locales it imports. A message a locale lacks falls back to English, message by message.
 *
 * @example
 * ```ts
 * import { formatMessage } from "offseason";
 * const pirate = { code: "en", terms: { "level.beginner": "landlubber" } };
 * formatMessage("Ahoy, {level, term, level}!", { level: "beginner" }, pirate); //=> "Ahoy, landlubber!"
 * ```
 */
export interface Locale {
  /** The BCP 47 tag numbers, lists, plurals and dates are formatted for (through `Intl`), e.g. `"es"`, `"de"`. */
  readonly code: string;
  /** Rule messages by rule id, then message id. */
  readonly rules?: Readonly<Record<string, Readonly<Record<string, LocaleMessage>>>>;
  /** Messages of input issues (parse errors) by message id. */
  readonly issues?: Readonly<Record<string, string>>;
  /** The words of output around the messages (headers, labels of the CLI's text output) by label id. */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * The words of ids that messages name (levels, session kinds, run types, modalities, fundamentals, units) by id:
   * what `{level, term}` prints.
   */
  readonly terms?: Readonly<Record<string, string>>;
}
