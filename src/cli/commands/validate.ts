// `offseason validate`: checks plans against the off-season rules.
import { LEVELS, rules, validatePlan, type Level, type Plan, type Report, type RulesConfig } from "../../index.js";
import { LOCALE_OPTION, oneOf, stdinOnce, wholeOption } from "../args.js";
import { defineCommand } from "../command.js";
import { formatReport } from "../formatReport.js";
import { loadAthlete, loadPlan, sourceName } from "../inputs.js";
import { CliError, EXIT } from "../io.js";

const SEVERITIES = ["off", "info", "warning", "error"];
const RULE_IDS: ReadonlySet<string> = new Set(rules.map((rule) => rule.meta.id));

/** The --rule settings as a config; every id must be a rule of the catalog (an own id: `__proto__` is none). */
function rulesConfig(settings: readonly string[]): RulesConfig {
  const config = new Map<string, string>();
  for (const setting of settings) {
    const [id, severity, ...rest] = setting.split("=");
    if (!id || severity === undefined || rest.length > 0)
      throw new CliError(`--rule takes id=severity, e.g. --rule acwr-band=off; got "${setting}".`);
    if (!RULE_IDS.has(id)) throw new CliError(`--rule names an unknown rule "${id}"; offseason rules lists them.`);
    if (!SEVERITIES.includes(severity))
      throw new CliError(`--rule ${id}: the severity must be ${oneOf(SEVERITIES)}, not "${severity}".`);
    config.set(id, severity);
  }
  return Object.fromEntries(config) as RulesConfig;
}

/** The reports of several plans as JSON: the Report for one plan, an array of `{ file, report }` for several. */
function reportsJson(results: readonly { readonly source: string; readonly report: Report }[]): string {
  const [only] = results;
  const document =
    results.length === 1 && only !== undefined
      ? only.report
      : results.map(({ source, report }) => ({ file: source, report }));
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const validate = defineCommand({
  name: "validate",
  summary: "check plans against the off-season rules",
  positionals: "<plan.json|->...",
  description: "Checks one or more plans (files, or - for standard input) against the off-season rules.",
  options: {
    athlete: {
      type: "string",
      value: "FILE",
      example: "athlete.json",
      description: "the athlete: level, availability, in-season volume, sleep, support contacts",
    },
    level: {
      type: "string",
      value: "L",
      description: "beginner, intermediate, advanced or elite",
      default: "the athlete's, else intermediate",
    },
    rule: {
      type: "string",
      multiple: true,
      value: "ID=SEVERITY",
      example: "id=severity",
      description: "configure a rule: off, info, warning or error (repeatable)",
    },
    quiet: { type: "boolean", description: "list error findings only" },
    "max-warnings": {
      type: "string",
      value: "N",
      description: "exit 1 when there are more than N warnings in all (N a whole number, 0 or more)",
    },
    locale: LOCALE_OPTION,
    format: {
      type: "string",
      value: "F",
      choices: ["text", "json"],
      description: "text (default) or json (the Report; for several plans an array of { file, report })",
    },
  },
  notes: "Exits 1 when a finding is an error, or there are more warnings than --max-warnings.",
  async run({ values, positionals, format, locale, labels }, io) {
    if (positionals.length === 0) throw new CliError("validate needs a plan file (or - for standard input).");
    stdinOnce([...positionals, ...(values.athlete === undefined ? [] : [values.athlete])]);
    const level = values.level;
    if (level !== undefined && !(LEVELS as readonly string[]).includes(level))
      throw new CliError(`--level must be one of ${oneOf(LEVELS)}, not "${level}".`);
    const config = rulesConfig(values.rule ?? []);
    const maxWarnings = wholeOption(values["max-warnings"], "max-warnings", 0);
    const quiet = values.quiet === true;
    const plans: { readonly source: string; readonly plan: Plan }[] = [];
    for (const source of positionals) plans.push({ source, plan: await loadPlan(source, io) });
    const athlete = values.athlete === undefined ? undefined : await loadAthlete(values.athlete, io);
    const shown = (report: Report): Report =>
      quiet ? { ...report, findings: report.findings.filter((finding) => finding.severity === "error") } : report;
    const results = plans.map(({ source, plan }) => ({
      source,
      plan,
      report: validatePlan(plan, {
        ...(athlete ? { athlete } : {}),
        ...(level ? { level: level as Level } : {}),
        rules: config,
        ...(locale ? { locale } : {}),
      }),
    }));
    const several = results.length > 1;
    if (format === "json")
      io.stdout(reportsJson(results.map(({ source, report }) => ({ source, report: shown(report) }))));
    else
      io.stdout(
        results
          .map(({ source, plan, report }) =>
            formatReport(report, plan.id, io.color, {
              quiet,
              labels,
              ...(several ? { source: sourceName(source) } : {}),
            }),
          )
          .join("\n"),
      );
    const warnings = results.reduce((sum, { report }) => sum + report.counts.warning, 0);
    const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
    if (tooManyWarnings && format === "text")
      io.stderr(`offseason: ${labels("validate.maxWarnings", { count: warnings, max: maxWarnings })}\n`);
    return results.every(({ report }) => report.ok) && !tooManyWarnings ? EXIT.ok : EXIT.planErrors;
  },
});
