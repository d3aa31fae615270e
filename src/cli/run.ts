import { parseArgs, type ParseArgsConfig } from "node:util";
import exampleAthlete from "../../examples/athlete.json" with { type: "json" };
import packageJson from "../../package.json" with { type: "json" };
import { toICalendar } from "../ical.js";
import { addDays as addDaysToDate, parseCivilDate, parseDateTime } from "../calendar/civilDate.js";
import { describeIssue } from "../model/errors.js";
import {
  buildCalendar,
  DEFAULT_LIMITS,
  expandPlan,
  generatePlan,
  LEVELS,
  OffseasonError,
  planEndDate,
  planWeeks,
  rules,
  safeParseAthlete,
  safeParsePlan,
  validatePlan,
  type Athlete,
  type Level,
  type Plan,
  type Report,
  type RulesConfig,
} from "../index.js";
import {
  escapeControls,
  formatCalendarOverview,
  formatOccurrences,
  formatReport,
  formatRules,
  occurrencesOutputBound,
  rulesJson,
} from "./format.js";
import { adjustCommand, diffCommand } from "./adjust.js";
import { issueLines, readJson, sourceName } from "./input.js";
import { adherenceCommand, fitnessCommand } from "./live.js";
import { CliError, describeFileError, EXIT, type CliIo } from "./io.js";

const USAGE = `offseason ${packageJson.version}: model, validate, schedule and generate a runner's off-season.

Usage: offseason <command> [options]

Commands:
  demo                      generate a plan for the bundled example athlete, validate it and show it
  validate <plan.json|->... check plans against the off-season rules
  schedule <plan.json|->    list the plan's dated sessions (text, JSON or iCalendar)
  generate <athlete.json|-> build a plan for an athlete
  rules                     list the rules with their defaults per level
  adherence <plan.json|->   match logged activities to the plan: done, moved, missed, week by week
  fitness <plan.json|->     daily fitness, fatigue and form (CTL, ATL, TSB) over actual and planned load
  adjust <plan.json|->      shift, pause, swap, rest or travel: append one adjustment and show what changed
  diff <old.json> <new.json> what changed between two versions of a plan (text, JSON or a cancel calendar)

Options: --help (on any command), --version.
Inputs are regular files, or - for standard input (read once). With --format json, every outcome is JSON on
standard output, errors as { "ok": false, "errors": [...] }.
Exit codes: 0 success, 1 the plan has errors (or too many warnings), 2 bad usage or bad input.
`;

const HELP: Readonly<Record<string, string>> = {
  demo: `Usage: offseason demo [--format text|json]

Generates a plan for the bundled example athlete (an intermediate runner in New York), validates it, and prints a
week-by-week overview and the report.
`,
  validate: `Usage: offseason validate <plan.json|->... [--athlete athlete.json] [--level L] [--rule id=severity]... [--quiet] [--max-warnings N] [--format text|json]

Checks one or more plans (files, or - for standard input) against the off-season rules.
  --athlete FILE      the athlete: level, availability, in-season volume, sleep, support contacts
  --level L           beginner, intermediate, advanced or elite (default: the athlete's, else intermediate)
  --rule ID=SEVERITY  configure a rule: off, info, warning or error (repeatable)
  --quiet             list error findings only
  --max-warnings N    exit 1 when there are more than N warnings in all (N a whole number, 0 or more)
  --format F          text (default) or json (the Report; for several plans an array of { file, report })
Exits 1 when a finding is an error, or there are more warnings than --max-warnings.
`,
  schedule: `Usage: offseason schedule <plan.json|-> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--no-habits] [--format text|json|ics] [--now ISO]

Lists the plan's dated sessions and habits in the plan's time zone.
  --from, --to   the date window (inclusive), in every format
  --no-habits    leave the habits out (hydration, nutrition, sleep), in every format
  --format F     text (default), json (the occurrences) or ics (iCalendar)
  --now ISO      the DTSTAMP of the iCalendar output, e.g. 2026-11-01T08:00:00Z (default: now)
`,
  generate: `Usage: offseason generate <athlete.json|-> --start YYYY-MM-DD [--weeks N] [--seed N] [--out plan.json] [--format json]

Builds an off-season plan for an athlete and prints it as JSON (or writes it to --out, a regular file).
  --start D   first day of the plan
  --weeks N   4 to 52 (default 12)
  --seed N    varies exercises and cross-training; the same seed gives the same plan
  --out FILE  write the plan to FILE instead of standard output
  --format F  json, the only one; given, errors too are JSON on standard output
`,
  adjust: `Usage: offseason adjust <plan.json|-> (--shift D:+N | --pause D..D [--drop] | --swap D,D | --rest D | --travel D..D@ZONE) [--session ID] [--reason TEXT] [--out new.json] [--format text|json]

Appends one adjustment to the plan, checks that it applies, validates the result and shows what changed.
  --shift D:+N        every session on or after D moves N days (D:-N pulls in; nothing may land before D)
  --session ID        with --shift: only that session moves
  --pause D..D        pause from D to D: what follows moves after the pause (with --drop: those days are skipped)
  --swap D,D          swap the sessions of two days
  --rest D            insert a rest day: every session from D on moves one day later
  --travel D..D@ZONE  those days' sessions keep their wall times in ZONE (an IANA zone, e.g. Europe/Berlin)
  --reason TEXT       why, for the athlete
  --out FILE          write the new plan to FILE (else it goes to standard output, the changes to standard error)
  --format F          text (default) or json ({ ok, plan or file, changes, counts })
Exits 1 when the adjusted plan has error findings (it is written anyway), 2 when the adjustment does not apply.
`,
  diff: `Usage: offseason diff <old.json> <new.json> [--format text|json|ics] [--now ISO] [--organizer EMAIL]

Compares two versions of a plan by occurrence id: added, removed, moved (date or time) and changed (content).
  --format F         text (default), json, or ics: a METHOD:CANCEL calendar of the removed occurrences
  --now ISO          the DTSTAMP of the ics output, e.g. 2026-11-01T08:00:00Z (default: now)
  --organizer EMAIL  the ORGANIZER of the ics output (mail clients match cancellations by it)
`,
  rules: `Usage: offseason rules [--format text|json]

Lists every rule with its fundamental, default severity, options per level and description.
`,
  adherence: `Usage: offseason adherence <plan.json|-> --activities log.json [--as-of YYYY-MM-DD] [--format text|json]

Links the logged activities to the plan's sessions (your own occurrenceId links first, then the same day and kind,
then the nearest day within 2 days) and prints, week by week, a mark per planned session and the counts.
  --activities FILE  the activities (a JSON array; see docs/living-plan.md)
  --as-of D          today: sessions before it with nothing linked are missed (default: today in the plan's zone)
  --format F         text (default: o done, > moved, ~ partial, x missed, - skipped, . upcoming, + unplanned) or json
`,
  fitness: `Usage: offseason fitness <plan.json|-> [--activities log.json] [--as-of YYYY-MM-DD] [--format text|json]

Prints fitness (CTL, 42 days), fatigue (ATL, 7 days) and form (TSB, from the day before) over the plan: what was done
before --as-of, what is planned from it (sessions an activity completed counted once).
  --activities FILE  the activities; without them, the whole plan is planned load
  --as-of D          today (default: today in the plan's zone, when activities are given)
  --format F         text (one row per week) or json (every day)
`,
};

const COMMON = { help: { type: "boolean", short: "h" }, format: { type: "string" } } as const;

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses a command's arguments strictly, with messages of our own rather than Node's. */
export function parse<T extends Options>(command: string, args: readonly string[], options: T) {
  const all: Options = { ...COMMON, ...options };
  const seeHelp = `Run offseason ${command} --help for its options.`;
  const { tokens } = parseArgs({ args: [...args], options: all, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = Object.hasOwn(all, token.name) ? all[token.name] : undefined;
    if (option === undefined) throw new CliError(`Unknown option ${token.rawName} for ${command}. ${seeHelp}`);
    if (option.type === "boolean" && token.value !== undefined)
      throw new CliError(`${token.rawName} takes no value. ${seeHelp}`);
    if (option.type === "string" && token.value === undefined)
      throw new CliError(`${token.rawName} needs a value. ${seeHelp}`);
    if (
      option.type === "string" &&
      !token.inlineValue &&
      token.value !== "-" &&
      token.value?.startsWith("-") === true
    ) {
      throw new CliError(
        `${token.rawName} needs a value; for one that starts with "-", write ${token.rawName}=${token.value}.`,
      );
    }
  }
  try {
    return parseArgs({ args: [...args], options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch {
    throw new CliError(`Bad arguments for ${command}. ${seeHelp}`);
  }
}

/** Whether the arguments ask for JSON output (`--format json` or `--format=json`), read before they are parsed. */
function wantsJson(args: readonly string[]): boolean {
  let chosen: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--") break;
    if (arg === "--format") chosen = args[++index];
    else if (arg?.startsWith("--format=") === true) chosen = arg.slice("--format=".length);
  }
  return chosen === "json";
}

/** A list in English: "a", "a or b", "a, b or c". */
function oneOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}

export function format(value: string | undefined, allowed: readonly string[]): string {
  const chosen = value ?? allowed[0] ?? "text";
  if (!allowed.includes(chosen))
    throw new CliError(
      allowed.length === 1
        ? `--format can only be ${oneOf(allowed)}, not "${chosen}".`
        : `--format must be ${oneOf(allowed)}, not "${chosen}".`,
    );
  return chosen;
}

export function onePositional(positionals: readonly string[], what: string, command: string): string {
  const [source, ...rest] = positionals;
  if (source === undefined) throw new CliError(`${command} needs a ${what} file (or - for standard input).`);
  if (rest.length > 0) throw new CliError(`${command} takes one ${what} file; unexpected: ${rest.join(" ")}.`);
  return source;
}

/** Standard input can be read once: at most one of the sources may be `-`. */
export function stdinOnce(sources: readonly string[]): void {
  if (sources.filter((source) => source === "-").length > 1)
    throw new CliError("Standard input (-) can be read only once; give the other inputs as files.");
}

export async function loadPlan(source: string, io: CliIo): Promise<Plan> {
  const result = safeParsePlan(await readJson(source, io, "plan"));
  if (!result.success)
    throw new CliError(`The plan in ${sourceName(source)} is invalid:`, {
      code: "input",
      issues: result.error.issues,
      ...(source === "-" ? {} : { file: source }),
    });
  return result.data;
}

async function loadAthlete(source: string, io: CliIo): Promise<Athlete> {
  const result = safeParseAthlete(await readJson(source, io, "athlete"));
  if (!result.success)
    throw new CliError(`The athlete in ${sourceName(source)} is invalid:`, {
      code: "input",
      issues: result.error.issues,
      ...(source === "-" ? {} : { file: source }),
    });
  return result.data;
}

export function dateOption(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && parseCivilDate(value) === undefined)
    throw new CliError(`--${name} must be a real calendar date written YYYY-MM-DD, not "${value}".`);
  return value;
}

/** `--now`: an ISO-8601 date-time with `Z` or an offset, in the years 1000 to 9999 (what DTSTAMP can write). */
export function nowOption(value: string): Date {
  const instant = new Date(parseDateTime(value));
  const year = instant.getUTCFullYear();
  if (Number.isNaN(year) || year < 1000 || year > 9999) {
    throw new CliError(
      `--now must be an ISO-8601 date-time with Z or an offset, in the years 1000 to 9999, e.g. 2026-11-01T08:00:00Z; not "${value}".`,
    );
  }
  return instant;
}

function wholeOption(text: string | undefined, name: string, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min)
    throw new CliError(`--${name} must be a whole number${min === 0 ? " of 0 or more" : ""}, not "${text}".`);
  return value;
}

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

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("validate", args, {
    athlete: { type: "string" },
    level: { type: "string" },
    rule: { type: "string", multiple: true },
    quiet: { type: "boolean" },
    "max-warnings": { type: "string" },
  });
  if (values.help) return help(io, "validate");
  const output = format(values.format, ["text", "json"]);
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
  const results = plans.map(({ source, plan }) => ({
    source,
    plan,
    report: validatePlan(plan, {
      ...(athlete ? { athlete } : {}),
      ...(level ? { level: level as Level } : {}),
      rules: config,
    }),
  }));
  const shown = (report: Report): Report =>
    quiet ? { ...report, findings: report.findings.filter((finding) => finding.severity === "error") } : report;
  const several = results.length > 1;
  if (output === "json") {
    const [only] = results;
    const document =
      !several && only !== undefined
        ? shown(only.report)
        : results.map(({ source, report }) => ({ file: source, report: shown(report) }));
    io.stdout(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    io.stdout(
      results
        .map(({ source, plan, report }) =>
          formatReport(report, plan.id, io.color, { quiet, ...(several ? { source: sourceName(source) } : {}) }),
        )
        .join("\n"),
    );
  }
  const warnings = results.reduce((sum, { report }) => sum + report.counts.warning, 0);
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings && output === "text")
    io.stderr(`offseason: ${String(warnings)} warnings, more than --max-warnings ${String(maxWarnings)}.\n`);
  return results.every(({ report }) => report.ok) && !tooManyWarnings ? EXIT.ok : EXIT.planErrors;
}

async function scheduleCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("schedule", args, {
    from: { type: "string" },
    to: { type: "string" },
    now: { type: "string" },
    "no-habits": { type: "boolean" },
  });
  if (values.help) return help(io, "schedule");
  const output = format(values.format, ["text", "json", "ics"]);
  const from = dateOption(values.from, "from");
  const to = dateOption(values.to, "to");
  if (from !== undefined && to !== undefined && from > to)
    throw new CliError(`--from ${from} is after --to ${to}; the window is empty.`);
  const now = values.now === undefined ? undefined : nowOption(values.now);
  const plan = await loadPlan(onePositional(positionals, "plan", "schedule"), io);
  const window = { includeHabits: values["no-habits"] !== true, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  if (output === "ics") {
    io.stdout(toICalendar(plan, { now: now ?? io.now(), ...window }));
    return EXIT.ok;
  }
  const occurrences = expandPlan(plan, window);
  const bound = occurrencesOutputBound(occurrences, output === "json" ? "json" : "text");
  if (bound > DEFAULT_LIMITS.maxOutputBytes) {
    const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
    throw new CliError(
      `The schedule as ${output === "json" ? "JSON" : "text"} would be up to ${mib(bound)} (${String(occurrences.length)} occurrences), over the ${mib(DEFAULT_LIMITS.maxOutputBytes)} output limit; narrow it with --from/--to or --no-habits.`,
      { code: "limit" },
    );
  }
  io.stdout(output === "json" ? `${JSON.stringify(occurrences, null, 2)}\n` : formatOccurrences(occurrences));
  return EXIT.ok;
}

async function generateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("generate", args, {
    start: { type: "string" },
    weeks: { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
  });
  if (values.help) return help(io, "generate");
  format(values.format, ["json"]);
  const source = onePositional(positionals, "athlete", "generate");
  const startDate = dateOption(values.start, "start");
  if (startDate === undefined) throw new CliError("generate needs --start YYYY-MM-DD, the first day of the plan.");
  const weeks = wholeOption(values.weeks, "weeks", Number.MIN_SAFE_INTEGER);
  const seed = wholeOption(values.seed, "seed", Number.MIN_SAFE_INTEGER);
  const out = values.out;
  if (out === "") throw new CliError("--out needs a file name.");
  const athlete = await loadAthlete(source, io);
  const plan = generatePlan(athlete, {
    startDate,
    ...(weeks === undefined ? {} : { weeks }),
    ...(seed === undefined ? {} : { seed }),
  });
  const text = `${JSON.stringify(plan, null, 2)}\n`;
  if (out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    await io.writeFile(out, text);
  } catch (error) {
    throw new CliError(`Cannot write the plan to ${out}: ${describeFileError(error)}.`, { code: "output", file: out });
  }
  const totalWeeks = plan.phases.reduce((sum, phase) => sum + phase.weeks, 0);
  if (values.format === "json")
    io.stdout(`${JSON.stringify({ ok: true, file: out, phases: plan.phases.length, weeks: totalWeeks }, null, 2)}\n`);
  else io.stderr(`Wrote ${escapeControls(out)}: ${String(plan.phases.length)} phases, ${String(totalWeeks)} weeks.\n`);
  return EXIT.ok;
}

/** Where a rule's `#fragment` points: docs/rules.md in the repository (docs/ is not in the package). */
const RULES_PAGE = `${packageJson.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/blob/main/docs/rules.md`;

function rulesCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse("rules", args, {});
  if (values.help) return help(io, "rules");
  if (positionals.length > 0) throw new CliError(`rules takes no arguments; unexpected: ${positionals.join(" ")}.`);
  const output = format(values.format, ["text", "json"]);
  io.stdout(
    output === "json" ? `${JSON.stringify(rulesJson(rules, RULES_PAGE), null, 2)}\n` : formatRules(rules, io.color),
  );
  return EXIT.ok;
}

function demoCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse("demo", args, {});
  if (values.help) return help(io, "demo");
  if (positionals.length > 0) throw new CliError(`demo takes no arguments; unexpected: ${positionals.join(" ")}.`);
  const output = format(values.format, ["text", "json"]);
  const athlete = parseExampleAthlete();
  const startDate = addDaysToDate(athlete.seasonEndDate ?? "2026-11-01", 1);
  const plan = generatePlan(athlete, { startDate, weeks: 12 });
  const report = validatePlan(plan, { athlete });
  if (output === "json") {
    io.stdout(`${JSON.stringify({ athlete, plan, report }, null, 2)}\n`);
    return report.ok ? EXIT.ok : EXIT.planErrors;
  }
  const who = escapeControls(athlete.name ?? athlete.id);
  io.stdout(
    `Off-season plan for ${who} (${athlete.level}): ${String(planWeeks(plan))} weeks, ${plan.startDate} to ${planEndDate(plan)}, ${plan.timezone}\n\n`,
  );
  io.stdout(formatCalendarOverview(buildCalendar(plan), io.color));
  io.stdout(`\n${formatReport(report, plan.id, io.color)}`);
  return report.ok ? EXIT.ok : EXIT.planErrors;
}

function parseExampleAthlete(): Athlete {
  const result = safeParseAthlete(exampleAthlete);
  if (!result.success)
    throw new CliError("The bundled example athlete is invalid:", { code: "input", issues: result.error.issues });
  return result.data;
}

export function help(io: CliIo, command?: string): number {
  if (command !== undefined && !Object.hasOwn(HELP, command))
    throw new CliError(`Unknown command "${command}". Run offseason --help for the commands.`);
  io.stdout(command === undefined ? USAGE : (HELP[command] ?? USAGE));
  return EXIT.ok;
}

/** The JSON error document: `{ ok: false, errors: [{ path, message, code }] }` (`file` too where a file is meant). */
function errorDocument(error: CliError | OffseasonError): string {
  const errors =
    error instanceof OffseasonError
      ? error.issues.map(({ path, message, code }) => ({ path, message, code }))
      : error.issues.length > 0
        ? error.issues.map(({ path, message, code }) => ({
            ...(error.file === undefined ? {} : { file: error.file }),
            path,
            message,
            code,
          }))
        : [
            {
              ...(error.file === undefined ? {} : { file: error.file }),
              path: "",
              message: error.message,
              code: error.code,
            },
          ];
  return `${JSON.stringify({ ok: false, errors }, null, 2)}\n`;
}

/** The error as text: one line, or a line and the located issues; user text in it escaped for the terminal (here, for all of standard error). */
function errorText(error: CliError | OffseasonError): string {
  let lines: string[];
  if (error instanceof CliError)
    lines = [`offseason: ${error.message}`, ...error.issues.map((issue) => `  ${describeIssue(issue)}`)];
  else {
    const summary = (error.message.split("\n")[0] ?? "Invalid input")
      .replace(/ \(\d+ problems?\):$/, "")
      .replace(/:$/, "");
    const [only] = error.issues;
    // One problem of the whole input (a limit) is one line; located problems are listed one per line.
    lines =
      error.issues.length === 1 && only?.path === ""
        ? [`offseason: ${summary}: ${only.message}`]
        : [`offseason: ${summary}:`, ...issueLines(error)];
  }
  return lines.map((line) => `${escapeControls(line)}\n`).join("");
}

/**
 * Runs the `offseason` command line. Returns the exit code; never throws for bad input or usage: those print their
 * located problems to standard error (with `--format json`: the JSON error document to standard output) and
 * return 2.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  const json = wantsJson(args);
  try {
    switch (command) {
      case undefined:
        io.stderr(USAGE);
        return EXIT.usage;
      case "--help":
      case "-h":
      case "help":
        return help(io, args[0]);
      case "--version":
      case "-v":
        io.stdout(`${packageJson.version}\n`);
        return EXIT.ok;
      case "demo":
        return demoCommand(args, io);
      case "validate":
        return await validateCommand(args, io);
      case "schedule":
        return await scheduleCommand(args, io);
      case "generate":
        return await generateCommand(args, io);
      case "rules":
        return rulesCommand(args, io);
      case "adherence":
        return await adherenceCommand(args, io);
      case "fitness":
        return await fitnessCommand(args, io);
      case "adjust":
        return await adjustCommand(args, io);
      case "diff":
        return await diffCommand(args, io);
      default:
        throw new CliError(`Unknown command "${command}". Run offseason --help for the commands.`);
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof OffseasonError) {
      if (json) io.stdout(errorDocument(error));
      else io.stderr(errorText(error));
      return EXIT.usage;
    }
    throw error;
  }
}
