import * as z from "zod/mini";
import { acwrSeed, weeklyMetrics } from "../load/weeklyMetrics.js";
import type { TrainingHistory } from "../load/types.js";
import { LEVELS, type Athlete, type Level } from "../model/athlete.js";
import { issueAt, MAX_ISSUES, OffseasonError, type OffseasonIssue } from "../model/errors.js";
import { resolveLimits } from "../model/limits.js";
import { compareFindings } from "./compareFindings.js";
import type { Plan } from "../model/plan.js";
import { buildCalendar } from "../schedule/buildCalendar.js";
import { rules as catalog } from "./catalog/index.js";
import { fillTemplate } from "./helpers.js";
import {
  FUNDAMENTALS,
  type Finding,
  type Fundamental,
  type FundamentalResult,
  type Report,
  type Rule,
  type RuleReport,
  type RulesConfig,
  type Severity,
  type SeverityCounts,
} from "./types.js";

/** Options of {@link validatePlan}. */
export interface ValidatePlanOptions {
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
  /** The occurrence limit of the expansion; default 20,000. A positive whole number, else an {@link OffseasonError} (code `config`, path `maxOccurrences`). */
  readonly maxOccurrences?: number;
}

interface ActiveRule {
  readonly rule: Rule;
  readonly configured: Severity | undefined;
  readonly options: object;
}

const SEVERITIES = ["off", "info", "warning", "error"];

/** Resolves the config against the rules: severity and options per rule, every problem collected. */
function resolveRules(all: readonly Rule[], config: RulesConfig, level: Level): ActiveRule[] {
  const issues: OffseasonIssue[] = [];
  let count = 0;
  const problem = (segments: readonly (string | number)[], message: string) => {
    count += 1;
    if (issues.length < MAX_ISSUES) issues.push(issueAt(segments, message, "config"));
  };
  const byId = new Map(all.map((rule) => [rule.meta.id, rule]));
  for (const id of Object.keys(config)) {
    if (!byId.has(id)) problem(["rules", id], `unknown rule "${id}"`);
  }
  const active: ActiveRule[] = [];
  for (const rule of all) {
    const setting: unknown = Object.hasOwn(config, rule.meta.id) ? config[rule.meta.id] : undefined;
    const tuple: readonly unknown[] | undefined = Array.isArray(setting) ? (setting as readonly unknown[]) : undefined;
    const severity: unknown = tuple ? tuple[0] : setting;
    const overrides: unknown = tuple ? tuple[1] : undefined;
    const path = ["rules", rule.meta.id];
    if (severity !== undefined && !SEVERITIES.includes(severity as string)) {
      problem(path, `severity must be "off", "info", "warning" or "error"`);
      continue;
    }
    if (severity === "off") continue;
    if (overrides !== undefined && (typeof overrides !== "object" || overrides === null || Array.isArray(overrides))) {
      problem([...path, 1], "options must be an object");
      continue;
    }
    const merged = { ...rule.meta.defaults[level], ...overrides };
    const parsed = z.safeParse(rule.meta.options, merged);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const segments = [
          ...path,
          1,
          ...issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment))),
        ];
        problem(
          segments,
          issue.code === "unrecognized_keys"
            ? `unknown option(s) ${issue.keys.join(", ")}`
            : `invalid option (${issue.code})`,
        );
      }
      continue;
    }
    active.push({ rule, configured: severity as Severity | undefined, options: parsed.data });
  }
  if (count > 0) throw new OffseasonError("config", "Invalid rules config", issues, { issueCount: count });
  return active;
}

/** `week` and `weeks` of a finding: a report with weeks is located at the first of them. */
function weeksOf(report: RuleReport): { readonly week?: number; readonly weeks?: readonly number[] } {
  if (report.weeks === undefined || report.weeks.length === 0)
    return report.week === undefined ? {} : { week: report.week };
  const weeks = [...new Set(report.weeks)].sort((a, b) => a - b);
  return { week: weeks[0] ?? 0, weeks };
}

function emptyCounts(): { error: number; warning: number; info: number } {
  return { error: 0, warning: 0, info: 0 };
}

/**
 * Checks a plan against the five off-season fundamentals (rest and recovery, strength, cross-training, mental
 * fitness, nutrition and hydration), training-load safety and the athlete's availability. The plan is expanded
 * once; every rule reads that calendar and the weekly metrics.
 *
 * @param plan - A parsed plan.
 * @param options - The athlete, level, rule config, training history and custom rules.
 * @returns The report: `ok` (no error), the findings (what, where, measured, limit, how to fix), counts per severity
 * and per fundamental, and the weekly metrics.
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
  if (!LEVELS.includes(level)) {
    throw new OffseasonError("config", "Invalid options", [
      issueAt(["level"], `must be one of ${LEVELS.join(", ")}`, "config"),
    ]);
  }
  const custom = options.customRules ?? [];
  const clashes = custom.filter(
    (rule, index) =>
      catalog.some((builtIn) => builtIn.meta.id === rule.meta.id) ||
      custom.findIndex((other) => other.meta.id === rule.meta.id) !== index,
  );
  if (clashes.length > 0) {
    throw new OffseasonError(
      "config",
      "Invalid custom rules",
      clashes.map((rule) =>
        issueAt(["customRules", rule.meta.id], `rule id "${rule.meta.id}" is already taken`, "config"),
      ),
    );
  }
  const active = resolveRules([...catalog, ...custom], options.rules ?? {}, level);
  const { maxOccurrences } = resolveLimits({ maxOccurrences: options.maxOccurrences }, "");
  const calendar = buildCalendar(plan, { maxOccurrences });
  const metricOptions = {
    ...(history ? { history } : {}),
    ...(athlete?.inSeasonWeeklyRunMinutes === undefined
      ? {}
      : { inSeasonWeeklyRunMinutes: athlete.inSeasonWeeklyRunMinutes }),
  };
  const metrics = weeklyMetrics(calendar, metricOptions);
  const seed = acwrSeed(metricOptions).source;
  const findings: Finding[] = [];
  for (const { rule, configured, options: ruleOptions } of active) {
    const { meta } = rule;
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
        const message = meta.messages[report.messageId];
        if (!message) {
          throw new OffseasonError("config", `Rule ${meta.id} reported an unknown message id "${report.messageId}"`, [
            issueAt(
              ["customRules", meta.id],
              `reported "${report.messageId}", which its meta.messages does not define (${Object.keys(meta.messages).join(", ")})`,
              "config",
            ),
          ]);
        }
        const data = report.data ?? {};
        findings.push({
          ruleId: meta.id,
          fundamental: meta.fundamental,
          // The config sets the severity of violations only; a note of what could not be checked stays info.
          severity: report.note === true ? "info" : (configured ?? report.severity ?? meta.defaultSeverity),
          ...(report.note === true ? { note: true as const } : {}),
          messageId: report.messageId,
          data,
          message: fillTemplate(message.message, data),
          ...(message.hint === undefined ? {} : { hint: fillTemplate(message.hint, data) }),
          ...weeksOf(report),
          ...(report.date === undefined ? {} : { date: report.date }),
          ...(report.sessionId === undefined ? {} : { sessionId: report.sessionId }),
          ...(report.path === undefined ? {} : { path: report.path }),
          ...(report.measured === undefined ? {} : { measured: report.measured }),
          ...(report.limit === undefined ? {} : { limit: report.limit }),
        });
      },
    });
  }
  findings.sort(compareFindings);
  const counts = emptyCounts();
  const perFundamental = new Map<Fundamental, ReturnType<typeof emptyCounts>>(
    FUNDAMENTALS.map((fundamental) => [fundamental, emptyCounts()]),
  );
  for (const finding of findings) {
    counts[finding.severity] += 1;
    const bucket = perFundamental.get(finding.fundamental);
    if (bucket) bucket[finding.severity] += 1;
  }
  const fundamentals = Object.fromEntries(
    FUNDAMENTALS.map((fundamental): [Fundamental, FundamentalResult] => {
      const bucket: SeverityCounts = perFundamental.get(fundamental) ?? emptyCounts();
      return [fundamental, { ok: bucket.error === 0, counts: bucket }];
    }),
  ) as Record<Fundamental, FundamentalResult>;
  return { ok: counts.error === 0, level, findings, counts, fundamentals, metrics, acwrSeed: seed };
}
