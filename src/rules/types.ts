import type * as z from "zod/mini";
import type { AcwrSeed, TrainingHistory, WeekMetrics } from "../load/types.js";
import type { Athlete, Level } from "../model/athlete.js";
import type { Plan } from "../model/plan.js";
import type { Calendar } from "../schedule/types.js";
import type { LocaleMessage, MessageData } from "../locale/types.js";

/** The areas a finding belongs to: the five off-season fundamentals, load safety and feasibility. */
export const FUNDAMENTALS = [
  "recovery",
  "strength",
  "cross-training",
  "mental",
  "nutrition",
  "load",
  "feasibility",
] as const;

/** An area a rule checks. */
export type Fundamental = (typeof FUNDAMENTALS)[number];

/** How serious a finding is. `error` makes a report not ok. */
export type Severity = "info" | "warning" | "error";

/** A rule's setting in a config: a severity, `off`, or `[severity, options]`. */
export type RuleSetting = Severity | "off" | readonly [Severity | "off", Readonly<Record<string, unknown>>?];

/** Which rules run and how: `{ "rest-day-weekly": "error", "acwr-band": "off", "strength-frequency": ["warning", { minPerWeek: 3 }] }`. */
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

/** Strength of the evidence behind a rule: S position stand or meta-analysis, M one strong study or cohort, C coaching convention. */
export type Evidence = "S" | "M" | "C" | "M/C" | "C/S" | "C/M" | "S/M" | "-";

/**
 * What kind of rule it is (ESLint's `meta.type`): a `problem` rule finds training that is unsafe or wrong (load,
 * recovery, spacing, races, feasibility); a `coverage` rule finds a fundamental the plan does not practise. Coverage
 * rules default to `info`, report at most once per plan and feed {@link Report.coverage}.
 */
export type RuleType = "problem" | "coverage";

/** The five off-season fundamentals, whose coverage a report sums up. */
export const COVERAGE_FUNDAMENTALS = ["recovery", "strength", "cross-training", "mental", "nutrition"] as const;

/** One of the five off-season fundamentals. */
export type CoverageFundamental = (typeof COVERAGE_FUNDAMENTALS)[number];

/** How much of a fundamental a plan practises: every rule of it met, some, or none. */
export type CoverageStatus = "covered" | "partial" | "missing";

/** How a plan covers one of the five fundamentals, by the rules that ask for it. */
export interface FundamentalCoverage {
  /** The fundamental. */
  readonly fundamental: CoverageFundamental;
  /** `covered` when no rule of it found anything, `missing` when every one did, else `partial`. */
  readonly status: CoverageStatus;
  /** The ids of its rules the plan meets. */
  readonly satisfied: readonly string[];
  /** The ids of its rules the plan does not meet. */
  readonly missing: readonly string[];
}

/**
 * A message a rule can report, in English: ICU MessageFormat templates (the subset of {@link formatMessage}) filled
 * from the report's raw data. Other languages come from a {@link Locale} or from `meta.locales`.
 */
export interface RuleMessage {
  /** What is wrong, e.g. "Week {week} has no run-free day" or "{weeks, weeks} {count, plural, one {has} other {have}} no rest day". */
  readonly message: string;
  /** How to fix it, e.g. "Make {day, weekday} a rest or cross-training day." */
  readonly hint?: string;
  /**
   * The default severity of this message's findings when it differs from the rule's `defaultSeverity`, e.g. `error`
   * for the `doubled` message of `single-run-spike`, whose `spike` message stays a warning. The user's config still
   * wins: a configured severity applies to every message of the rule (notes stay `info`).
   */
  readonly severity?: Severity;
}

/** The description of a rule, shaped like an ESLint rule's `meta`. */
export interface RuleMeta<Options extends object> {
  /** The rule id users configure, e.g. `rest-day-weekly`. */
  readonly id: string;
  /** The area it checks. */
  readonly fundamental: Fundamental;
  /**
   * `problem` (the default: the training is unsafe or wrong) or `coverage` (a fundamental the plan does not practise;
   * reported at most once per plan).
   */
  readonly type?: RuleType;
  /** One sentence on what it checks. */
  readonly description: string;
  /** The severity of its findings unless the config or the message (`messages[id].severity`) says otherwise. */
  readonly defaultSeverity: Severity;
  /** Strength of the evidence behind it. */
  readonly evidence: Evidence;
  /** Where it is documented: an anchor in docs/rules.md. */
  readonly docs: string;
  /** Why the default severity and thresholds are what they are, for the rules reference (`docs/rules.md`). */
  readonly rationale?: string;
  /** Its options as a zod schema (every field required; configs give any subset). */
  readonly options: z.core.$ZodType<Options>;
  /** Default options per ability level. */
  readonly defaults: Readonly<Record<Level, Options>>;
  /** Its messages by message id, in English, each with its text, hint and (optionally) its own default severity. */
  readonly messages: Readonly<Record<string, RuleMessage>>;
  /**
   * Its messages in other languages, by locale code (`"es"`, `"de"`), then message id; a message missing here falls
   * back to the English of `messages`. A locale passed to {@link validatePlan} that has the rule's messages wins.
   */
  readonly locales?: Readonly<Record<string, Readonly<Record<string, LocaleMessage>>>>;
}

/** What a rule reports: a message id with data, where it applies, and what it measured. */
export interface RuleReport {
  /** A key of the rule's `meta.messages`. */
  readonly messageId: string;
  /**
   * Raw values for the message's placeholders: numbers, ISO dates, week numbers, ids, units and names the plan gave,
   * never words of a language (the locale words them).
   */
  readonly data?: MessageData;
  /**
   * Severity of this finding when the user did not configure the rule; else the message's or the rule's default.
   *
   * @deprecated Declare the severity in `meta.messages[messageId].severity` instead, where `docs/rules.md` shows it.
   * The engine still honours this field (after the config, before the message's default) so that existing custom
   * rules keep working; the built-in rules never set it.
   */
  readonly severity?: Severity;
  /**
   * True for a note of what the rule could not check (no athlete, no history, the first days of a plan), not a
   * violation: it is `info` whatever the config, so it never makes a report not ok.
   */
  readonly note?: boolean;
  /** 1-based week of the plan it applies to. */
  readonly week?: number;
  /**
   * The weeks a finding that fails the same way in several weeks applies to (said once, not once a week); the
   * finding's `week` is then the first of them.
   */
  readonly weeks?: readonly number[];
  /** Calendar day it applies to. */
  readonly date?: string;
  /** Session (or habit) it applies to. */
  readonly sessionId?: string;
  /** JSON path into the plan of the element at fault. */
  readonly path?: string;
  /** The value measured. */
  readonly measured?: number;
  /** The limit it was held to. */
  readonly limit?: number;
}

/** What a rule's `check` can read, and how it reports. */
export interface RuleContext<Options extends object> {
  /** The plan under validation. */
  readonly plan: Plan;
  /** Its calendar, built once for all rules. */
  readonly calendar: Calendar;
  /** Its weekly metrics, computed once for all rules. */
  readonly metrics: readonly WeekMetrics[];
  /** The athlete, when one was given. */
  readonly athlete: Athlete | undefined;
  /** The ability level the thresholds are for. */
  readonly level: Level;
  /** The rule's options: the level's defaults with the user's overrides. */
  readonly options: Options;
  /** Training before the plan, when given. */
  readonly history: TrainingHistory | undefined;
  /** Where the ACWR's starting load came from. */
  readonly acwrSeed: AcwrSeed;
  /** Reports a finding (a plain function: it can be destructured). */
  readonly report: (report: RuleReport) => void;
}

/** A rule: its `meta` and a `check` that reads the calendar and metrics and reports findings. */
export interface Rule<Options extends object = object> {
  /** What the rule is and how it is configured. */
  readonly meta: RuleMeta<Options>;
  /** Checks a plan and reports findings. */
  check(context: RuleContext<Options>): void;
}

/** A problem found in a plan: what is wrong, where, and how to fix it. */
export interface Finding {
  /** The rule that found it. */
  readonly ruleId: string;
  /** The area it belongs to. */
  readonly fundamental: Fundamental;
  /** How serious it is. */
  readonly severity: Severity;
  /** Present (true) on a note of what the rule could not check: always `info`, whatever the config. */
  readonly note?: true;
  /** The rule's message id (stable, for tests and translations). */
  readonly messageId: string;
  /** The message's raw data (numbers, dates, week lists, ids, units, names the plan gave), from which a locale renders it. */
  readonly data: MessageData;
  /** What is wrong, in plain words, in the locale of the validation (English by default). */
  readonly message: string;
  /** How to fix it, in the same locale. */
  readonly hint?: string;
  /** 1-based week it applies to (the first of `weeks` when it has them). */
  readonly week?: number;
  /** Every week it applies to, in order, when one finding stands for the same failure in several weeks. */
  readonly weeks?: readonly number[];
  /** Calendar day it applies to. */
  readonly date?: string;
  /** Session (or habit) it applies to. */
  readonly sessionId?: string;
  /** JSON path into the plan of the element at fault. */
  readonly path?: string;
  /** The value measured. */
  readonly measured?: number;
  /** The limit it was held to. */
  readonly limit?: number;
}

/** Findings per severity. */
export interface SeverityCounts {
  /** Findings that make the plan not ok. */
  readonly error: number;
  /** Findings worth fixing. */
  readonly warning: number;
  /** Findings for information. */
  readonly info: number;
}

/** The outcome for one fundamental. */
export interface FundamentalResult {
  /** No error in this fundamental. */
  readonly ok: boolean;
  /** Its findings per severity. */
  readonly counts: SeverityCounts;
}

/** The result of {@link validatePlan}. */
export interface Report {
  /** True when no finding is an error. */
  readonly ok: boolean;
  /** The ability level the plan was checked for. */
  readonly level: Level;
  /** Every finding, sorted by week, date and rule id. */
  readonly findings: readonly Finding[];
  /** Findings per severity. */
  readonly counts: SeverityCounts;
  /** The outcome per fundamental. */
  readonly fundamentals: Readonly<Record<Fundamental, FundamentalResult>>;
  /** The weekly load metrics. */
  readonly metrics: readonly WeekMetrics[];
  /** Where the ACWR's starting load came from (`none`: reported only from day 28). */
  readonly acwrSeed: AcwrSeed;
  /**
   * How the plan covers each of the five fundamentals (recovery, strength, cross-training, mental, nutrition), by its
   * coverage rules and the strength floors: "this plan covers 3 of the 5 fundamentals" in one line.
   */
  readonly coverage: readonly FundamentalCoverage[];
}
