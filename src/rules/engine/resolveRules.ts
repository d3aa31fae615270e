/** The rules config resolved against the rules: which rules run, at which configured severity, with which options. */
import * as z from "zod/mini";
import type { Level } from "../../model/athlete.js";
import type { Locale, MessageData } from "../../locale/types.js";
import { errorOf, issueOf, MAX_ISSUES, type OffseasonIssue } from "../../model/errors.js";
import { CONFIG_MESSAGES, type ConfigMessageId } from "../../model/issueMessages.js";
import { rules as catalog } from "../catalog/index.js";
import type { Rule, RulesConfig, Severity } from "../types.js";

/** A rule that runs: its configured severity (undefined when the config gives none) and its resolved options. */
export interface ActiveRule {
  readonly rule: Rule;
  readonly configured: Severity | undefined;
  readonly options: object;
}

const SEVERITIES = ["off", "info", "warning", "error"];

/** Collects config problems: all are counted, the first {@link MAX_ISSUES} kept. */
interface Problems {
  readonly issues: OffseasonIssue[];
  count: number;
  readonly locale: Locale | undefined;
}

function addProblem(
  problems: Problems,
  segments: readonly (string | number)[],
  messageId: ConfigMessageId,
  data: MessageData = {},
): void {
  problems.count += 1;
  if (problems.issues.length < MAX_ISSUES)
    problems.issues.push(issueOf(segments, "config", CONFIG_MESSAGES, messageId, data, problems.locale));
}

/** The rule's setting split into its severity and option overrides (both unknown until checked). */
function settingOf(config: RulesConfig, id: string): { readonly severity: unknown; readonly overrides: unknown } {
  const setting: unknown = Object.hasOwn(config, id) ? config[id] : undefined;
  const tuple: readonly unknown[] | undefined = Array.isArray(setting) ? (setting as readonly unknown[]) : undefined;
  return { severity: tuple ? tuple[0] : setting, overrides: tuple ? tuple[1] : undefined };
}

/** The level's defaults with the overrides, parsed by the rule's schema; undefined (and problems added) when invalid. */
function optionsOf(rule: Rule, overrides: unknown, level: Level, problems: Problems): object | undefined {
  const path = ["rules", rule.meta.id];
  if (overrides !== undefined && (typeof overrides !== "object" || overrides === null || Array.isArray(overrides))) {
    addProblem(problems, [...path, 1], "config.optionsObject");
    return undefined;
  }
  const merged = { ...rule.meta.defaults[level], ...overrides };
  const parsed = z.safeParse(rule.meta.options, merged);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const segments = [
      ...path,
      1,
      ...issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment))),
    ];
    addProblem(
      problems,
      segments,
      issue.code === "unrecognized_keys" ? "config.unknownOptions" : "config.invalidOption",
      issue.code === "unrecognized_keys" ? { keys: issue.keys } : { code: issue.code },
    );
  }
  return undefined;
}

// A built-in rule's options at a level's defaults are the same on every validation, and the built-in rules never
// change their options: parsed once per rule and level. A custom rule's are parsed each time (its author may change
// its defaults, or its options, between validations).
const builtInDefaults = new Map<Rule, Map<Level, object>>();
const builtIn: ReadonlySet<Rule> = new Set(catalog);

/** {@link optionsOf} without overrides, kept for a built-in rule. */
function defaultOptionsOf(rule: Rule, level: Level, problems: Problems): object | undefined {
  if (!builtIn.has(rule)) return optionsOf(rule, undefined, level, problems);
  let byLevel = builtInDefaults.get(rule);
  if (byLevel === undefined) {
    byLevel = new Map();
    builtInDefaults.set(rule, byLevel);
  }
  let options = byLevel.get(level);
  if (options === undefined) {
    options = optionsOf(rule, undefined, level, problems);
    if (options !== undefined) byLevel.set(level, options);
  }
  return options;
}

/**
 * Resolves the config against the rules: severity and options per rule, every problem collected.
 *
 * @param all - The built-in and custom rules, in the order they run.
 * @param config - The user's rule settings.
 * @param level - The level whose defaults apply.
 * @param locale - The language of the problems' messages; English when left out.
 * @returns The rules that run (those not `off`), in order.
 * @throws {@link OffseasonError} with code `config` for an unknown rule id, a bad severity or bad options.
 */
export function resolveRules(all: readonly Rule[], config: RulesConfig, level: Level, locale?: Locale): ActiveRule[] {
  const problems: Problems = { issues: [], count: 0, locale };
  const byId = new Map(all.map((rule) => [rule.meta.id, rule]));
  for (const id of Object.keys(config)) {
    if (!byId.has(id)) addProblem(problems, ["rules", id], "config.unknownRule", { id });
  }
  const active: ActiveRule[] = [];
  for (const rule of all) {
    const { severity, overrides } = settingOf(config, rule.meta.id);
    if (severity !== undefined && !SEVERITIES.includes(severity as string)) {
      addProblem(problems, ["rules", rule.meta.id], "config.severity");
      continue;
    }
    if (severity === "off") continue;
    const options =
      overrides === undefined ? defaultOptionsOf(rule, level, problems) : optionsOf(rule, overrides, level, problems);
    if (options !== undefined) active.push({ rule, configured: severity as Severity | undefined, options });
  }
  if (problems.count > 0)
    throw errorOf("config", "summary.invalidRulesConfig", problems.issues, { issueCount: problems.count, locale });
  return active;
}
