/** The rule engine: a plan checked against the built-in and custom rules, in one report. */
import { acwrSeed, weeklyMetrics } from "../../load/weeklyMetrics.js";
import type { TrainingHistory } from "../../load/types.js";
import { LEVELS, type Athlete, type Level } from "../../model/athlete.js";
import { errorOf, issueOf } from "../../model/errors.js";
import { CONFIG_MESSAGES } from "../../model/issueMessages.js";
import { resolveLimits } from "../../model/limits.js";
import type { Plan } from "../../model/plan.js";
import { ENGLISH_TERMS } from "../../locale/englishTerms.js";
import { createFormatter } from "../../locale/formatMessage.js";
import type { Locale } from "../../locale/types.js";
import { buildCalendar } from "../../schedule/buildCalendar.js";
import { limitOptionsOf } from "../../schedule/limitOptions.js";
import type { OccurrenceLimitOption, WeekLimitOption } from "../../schedule/types.js";
import { rules as catalog } from "../catalog/index.js";
import type { Finding, Report, Rule, RulesConfig } from "../types.js";
import { compareFindings } from "./compareFindings.js";
import { coverageOf, isCoverageRule, oncePerPlan } from "./coverage.js";
import { reportToFinding } from "./reportToFinding.js";
import { resolveRules } from "./resolveRules.js";
import { summarize } from "./summarize.js";

/** Options of {@link validatePlan}. */
export interface ValidatePlanOptions extends OccurrenceLimitOption, WeekLimitOption {
  /** The athlete the plan is for: level, availability, in-season volume, sleep, support contacts. */
  readonly athlete?: Athlete;
  /** The ability level whose thresholds apply; default the athlete's, else `intermediate`. */
  readonly level?: Level;
  /** Rule settings, like ESLint's: `{ "acwr-band": "off", "strength-frequency": ["warning", { minPerWeek: 3 }] }`. */
  readonly rules?: RulesConfig;
  /** Training before the plan: seeds the ACWR, week-1 comparisons and the 30-day longest run. */
  readonly history?: TrainingHistory;
  /** Your own rules, made with {@link defineRule}; they run with the built-in ones and are configured the same way. */
  readonly customRules?: readonly Rule[];
  /**
   * The language of the findings' `message` and `hint` (`import { es } from "offseason/locales/es"`); English by
   * default. `messageId` and `data` are the same in every language.
   */
  readonly locale?: Locale;
}

/** Refuses a level that is not one of {@link LEVELS}. */
function checkLevel(level: Level, locale: Locale | undefined): void {
  if (!LEVELS.includes(level)) {
    throw errorOf(
      "config",
      "summary.invalidOptions",
      [issueOf(["level"], "config", CONFIG_MESSAGES, "config.level", { levels: LEVELS }, locale)],
      { locale },
    );
  }
}

/** Refuses custom rules whose id a built-in rule or an earlier custom rule already has. */
function checkCustomRules(custom: readonly Rule[], locale: Locale | undefined): void {
  const clashes = custom.filter(
    (rule, index) =>
      catalog.some((builtIn) => builtIn.meta.id === rule.meta.id) ||
      custom.findIndex((other) => other.meta.id === rule.meta.id) !== index,
  );
  if (clashes.length > 0) {
    throw errorOf(
      "config",
      "summary.invalidCustomRules",
      clashes.map(({ meta: { id } }) =>
        issueOf(["customRules", id], "config", CONFIG_MESSAGES, "config.ruleTaken", { id }, locale),
      ),
      { locale },
    );
  }
}

/**
 * Checks a plan against the five off-season fundamentals (rest and recovery, strength, cross-training, mental
 * fitness, nutrition and hydration), training-load safety and the athlete's availability. The plan is expanded
 * once; every rule reads that calendar and the weekly metrics.
 *
 * @param plan - A parsed plan.
 * @param options - The athlete, level, rule config, training history and custom rules.
 * @returns The report: `ok` (no error), the findings (what, where, measured, limit, how to fix; a coverage rule's
 * once per plan), counts per severity and per fundamental, the weekly metrics, and the coverage of the five
 * fundamentals.
 * @throws {@link OffseasonError} with code `config` for an unknown rule id, bad options, a `maxOccurrences` that is not
 * a positive whole number, or a rule that reports a message id its meta does not define; or as {@link expandPlan}
 * does (code `exception` or `limit`).
 * @example
 * ```ts
 * import { parsePlan, validatePlan } from "offseason";
 * const plan = parsePlan({
 *   version: 1, id: "p", timezone: "UTC", startDate: "2026-11-02",
 *   phases: [{ id: "base", weeks: 2, sessions: [
 *     { id: "daily", kind: "run", runType: "easy", minutes: 30, rpe: 3, repeat: "FREQ=DAILY" },
 *   ] }],
 * });
 * const report = validatePlan(plan, { level: "beginner" });
 * report.ok; //=> false
 * report.findings.find((finding) => finding.ruleId === "rest-day-weekly")?.message;
 * //=> "Weeks 1-2 have no run-free day; runners at beginner level need at least 2 a week."
 * ```
 */
export function validatePlan(plan: Plan, options: ValidatePlanOptions = {}): Report {
  const { athlete, history } = options;
  const level: Level = options.level ?? athlete?.level ?? "intermediate";
  checkLevel(level, options.locale);
  const custom = options.customRules ?? [];
  checkCustomRules(custom, options.locale);
  const active = resolveRules([...catalog, ...custom], options.rules ?? {}, level, options.locale);
  const { maxOccurrences } = resolveLimits({ maxOccurrences: options.maxOccurrences }, "", options.locale);
  const calendar = buildCalendar(plan, { ...limitOptionsOf(options), maxOccurrences });
  const metricOptions = {
    ...(history ? { history } : {}),
    ...(athlete?.inSeasonWeeklyRunMinutes === undefined
      ? {}
      : { inSeasonWeeklyRunMinutes: athlete.inSeasonWeeklyRunMinutes }),
  };
  const metrics = weeklyMetrics(calendar, metricOptions);
  const seed = acwrSeed(metricOptions).source;
  const findings: Finding[] = [];
  const formatter = createFormatter(options.locale, ENGLISH_TERMS);
  for (const { rule, configured, options: ruleOptions } of active) {
    rule.check({
      plan,
      calendar,
      metrics,
      athlete,
      level,
      options: ruleOptions,
      history,
      acwrSeed: seed,
      report(report) {
        findings.push(reportToFinding(rule.meta, configured, report, formatter));
      },
    });
  }
  const ran = active.map(({ rule }) => rule);
  const said = oncePerPlan(findings, new Set(ran.filter(isCoverageRule).map((rule) => rule.meta.id)));
  said.sort(compareFindings);
  const { counts, fundamentals } = summarize(said);
  const coverage = coverageOf(ran, said);
  return { ok: counts.error === 0, level, findings: said, counts, fundamentals, metrics, acwrSeed: seed, coverage };
}
