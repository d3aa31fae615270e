import * as z from "zod/mini";
import { LEVELS } from "../model/athlete.js";
import type { MessageData } from "../locale/types.js";
import { errorOf, issueOf, type OffseasonIssue } from "../model/errors.js";
import { RULE_MESSAGES, type RuleMessageId } from "../model/issueMessages.js";
import { FUNDAMENTALS, type Rule } from "./types.js";

const SEVERITIES: readonly string[] = ["info", "warning", "error"];
const RULE_TYPES = ["problem", "coverage"] as const;
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/**
 * Defines a rule, built-in or your own, checking its `meta` once: a kebab-case id (optionally with a `plugin/`
 * prefix), a known fundamental, type (`problem`, the default, or `coverage`) and severity, defaults for every level that its options schema accepts, and messages
 * (each with a known severity when it gives its own).
 * Pass your rules to {@link validatePlan} with `customRules`; configure them in `rules` like the built-in ones.
 *
 * @param rule - The rule's `meta` and `check`.
 * @returns The same rule, typed.
 * @throws {@link OffseasonError} with code `config` when the meta is inconsistent.
 * @example
 * ```ts
 * import { defineRule } from "offseason";
 * import * as z from "zod/mini";
 *
 * const longRunCap = defineRule({
 *   meta: {
 *     id: "club/long-run-cap", fundamental: "load", description: "No run longer than the cap.",
 *     defaultSeverity: "warning", evidence: "C", docs: "#club-long-run-cap",
 *     options: z.object({ maxMinutes: z.number() }),
 *     defaults: { beginner: { maxMinutes: 75 }, intermediate: { maxMinutes: 120 }, advanced: { maxMinutes: 150 }, elite: { maxMinutes: 180 } },
 *     messages: {
 *       tooLong: { message: "The run on {date} lasts {minutes} min.", hint: "Keep runs under {max} min." },
 *       // A message's own default severity: the config still overrides it for the whole rule.
 *       farTooLong: { message: "The run on {date} lasts {minutes} min, twice the cap.", severity: "error" },
 *     },
 *   },
 *   check(context) {
 *     const max = context.options.maxMinutes;
 *     for (const occurrence of context.calendar.occurrences) {
 *       if (occurrence.kind !== "run" || occurrence.session.minutes <= max) continue;
 *       const { minutes } = occurrence.session;
 *       // The rule picks the message; the severity comes with it (the message's, unless the config sets one).
 *       const messageId = minutes > 2 * max ? "farTooLong" : "tooLong";
 *       context.report({ messageId, date: occurrence.date, data: { date: occurrence.date, minutes, max } });
 *     }
 *   },
 * });
 * ```
 */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  const { meta } = rule;
  const issues: OffseasonIssue[] = [];
  const problem = (path: string, messageId: RuleMessageId, data: MessageData = {}) =>
    issues.push(issueOf(["meta", ...path.split(".")], "config", RULE_MESSAGES, messageId, data));
  if (!RULE_ID.test(meta.id)) problem("id", "rule.id", { id: meta.id });
  if (!(FUNDAMENTALS as readonly string[]).includes(meta.fundamental))
    problem("fundamental", "rule.fundamental", { fundamentals: FUNDAMENTALS });
  // A custom rule written in JavaScript may give any string.
  if (meta.type !== undefined && !(RULE_TYPES as readonly string[]).includes(meta.type)) problem("type", "rule.type");
  if (!SEVERITIES.includes(meta.defaultSeverity)) problem("defaultSeverity", "rule.severity");
  if (Object.keys(meta.messages).length === 0) problem("messages", "rule.messages");
  for (const [id, message] of Object.entries(meta.messages)) {
    if (message.severity !== undefined && !SEVERITIES.includes(message.severity))
      problem(`messages.${id}.severity`, "rule.severity");
  }
  // A translation of a message the rule does not have would never be shown: a typo in an id, said up front.
  for (const [code, messages] of Object.entries(meta.locales ?? {})) {
    for (const messageId of Object.keys(messages).filter((id) => !Object.hasOwn(meta.messages, id)))
      problem(`locales.${code}.${messageId}`, "rule.localeMessage", { messageId });
  }
  for (const level of LEVELS) {
    if (!z.safeParse(meta.options, meta.defaults[level]).success) problem(`defaults.${level}`, "rule.defaults");
  }
  if (issues.length > 0) throw errorOf("config", "summary.invalidRule", issues, { data: { id: meta.id } });
  return rule;
}
