import { parseArgs, type ParseArgsConfig } from "node:util";
import exampleAthlete from "../../examples/athlete.json" with { type: "json" };
import packageJson from "../../package.json" with { type: "json" };
import { toICalendar } from "../ical.js";
import { addDays as addDaysToDate } from "../internal/dates.js";
import {
  buildCalendar,
  expandPlan,
  generatePlan,
  LEVELS,
  OffseasonError,
  rules,
  safeParseAthlete,
  safeParsePlan,
  validatePlan,
  type Athlete,
  type Level,
  type Plan,
  type RulesConfig,
} from "../index.js";
import { formatCalendarOverview, formatOccurrences, formatReport, formatRules, rulesJson } from "./format.js";
import { issueLines, readJson } from "./input.js";
import { CliError, EXIT, type CliIo } from "./io.js";

const USAGE = `offseason ${packageJson.version}: model, validate, schedule and generate a runner's off-season.

Usage: offseason <command> [options]

Commands:
  demo                      generate a plan for the bundled example athlete, validate it and show it
  validate <plan.json|->    check a plan against the off-season rules
  schedule <plan.json|->    list the plan's dated sessions (text, JSON or iCalendar)
  generate <athlete.json|-> build a plan for an athlete
  rules                     list the rules with their defaults per level

Options: --help (on any command), --version.
Exit codes: 0 success, 1 the plan has errors, 2 bad usage or bad input.
`;

const HELP: Readonly<Record<string, string>> = {
  demo: `Usage: offseason demo [--format text|json]

Generates a plan for the bundled example athlete (an intermediate runner in New York), validates it, and prints a
week-by-week overview and the report.
`,
  validate: `Usage: offseason validate <plan.json|-> [--athlete athlete.json] [--level L] [--rule id=severity]... [--format text|json]

Checks a plan (a file, or - for standard input) against the off-season rules.
  --athlete FILE      the athlete: level, availability, in-season volume, sleep, support contacts
  --level L           beginner, intermediate, advanced or elite (default: the athlete's, else intermediate)
  --rule ID=SEVERITY  configure a rule: off, info, warning or error (repeatable)
  --format F          text (default) or json (the Report)
Exits 1 when a finding is an error.
`,
  schedule: `Usage: offseason schedule <plan.json|-> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json|ics] [--now ISO]

Lists the plan's dated sessions and habits in the plan's time zone.
  --from, --to   the date window (inclusive)
  --format F     text (default), json (the occurrences) or ics (iCalendar; --now sets DTSTAMP)
`,
  generate: `Usage: offseason generate <athlete.json|-> --start YYYY-MM-DD [--weeks N] [--seed N] [--out plan.json]

Builds an off-season plan for an athlete and prints it as JSON (or writes it to --out).
  --start D   first day of the plan
  --weeks N   4 to 52 (default 12)
  --seed N    varies exercises and cross-training; the same seed gives the same plan
  --out FILE  write the plan to FILE instead of standard output
`,
  rules: `Usage: offseason rules [--format text|json]

Lists every rule with its fundamental, default severity, options per level and description.
`,
};

const COMMON = { help: { type: "boolean", short: "h" }, format: { type: "string" } } as const;

function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message.split("\n")[0] ?? "bad arguments" : "bad arguments");
  }
}

function format(value: string | undefined, allowed: readonly string[]): string {
  const chosen = value ?? allowed[0] ?? "text";
  if (!allowed.includes(chosen)) throw new CliError(`--format must be ${allowed.join(", ")}, not "${chosen}".`);
  return chosen;
}

function onePositional(positionals: readonly string[], what: string, command: string): string {
  const [source, ...rest] = positionals;
  if (source === undefined) throw new CliError(`${command} needs a ${what} file (or - for standard input).`);
  if (rest.length > 0) throw new CliError(`${command} takes one ${what} file; unexpected: ${rest.join(" ")}.`);
  return source;
}

async function loadPlan(source: string, io: CliIo): Promise<Plan> {
  const result = safeParsePlan(await readJson(source, io, "plan"));
  if (!result.success) throw new CliError(`The plan in ${source === "-" ? "standard input" : source} is invalid:`, issueLines(result.error));
  return result.data;
}

async function loadAthlete(source: string, io: CliIo): Promise<Athlete> {
  const result = safeParseAthlete(await readJson(source, io, "athlete"));
  if (!result.success) throw new CliError(`The athlete in ${source === "-" ? "standard input" : source} is invalid:`, issueLines(result.error));
  return result.data;
}

function dateOption(value: string | undefined, name: string): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError(`--${name} must be a date written YYYY-MM-DD, not "${value}".`);
  return value;
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { athlete: { type: "string" }, level: { type: "string" }, rule: { type: "string", multiple: true } });
  if (values.help) return help(io, "validate");
  const output = format(values.format, ["text", "json"]);
  const plan = await loadPlan(onePositional(positionals, "plan", "validate"), io);
  const athlete = values.athlete === undefined ? undefined : await loadAthlete(values.athlete, io);
  const level = values.level;
  if (level !== undefined && !(LEVELS as readonly string[]).includes(level)) throw new CliError(`--level must be one of ${LEVELS.join(", ")}, not "${level}".`);
  const config: Record<string, string> = {};
  for (const setting of values.rule ?? []) {
    const [id, severity, ...rest] = setting.split("=");
    if (!id || severity === undefined || rest.length > 0) throw new CliError(`--rule takes id=severity, e.g. --rule acwr-band=off; got "${setting}".`);
    config[id] = severity;
  }
  const report = validatePlan(plan, { ...(athlete ? { athlete } : {}), ...(level ? { level: level as Level } : {}), rules: config as RulesConfig });
  io.stdout(output === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, plan.id, io.color));
  return report.ok ? EXIT.ok : EXIT.planErrors;
}

async function scheduleCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { from: { type: "string" }, to: { type: "string" }, now: { type: "string" } });
  if (values.help) return help(io, "schedule");
  const output = format(values.format, ["text", "json", "ics"]);
  const from = dateOption(values.from, "from");
  const to = dateOption(values.to, "to");
  const plan = await loadPlan(onePositional(positionals, "plan", "schedule"), io);
  if (output === "ics") {
    io.stdout(toICalendar(plan, { now: values.now ?? io.now() }));
    return EXIT.ok;
  }
  const occurrences = expandPlan(plan, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
  io.stdout(output === "json" ? `${JSON.stringify(occurrences, null, 2)}\n` : formatOccurrences(occurrences));
  return EXIT.ok;
}

async function generateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { start: { type: "string" }, weeks: { type: "string" }, seed: { type: "string" }, out: { type: "string" } });
  if (values.help) return help(io, "generate");
  const athlete = await loadAthlete(onePositional(positionals, "athlete", "generate"), io);
  const startDate = dateOption(values.start, "start");
  if (startDate === undefined) throw new CliError("generate needs --start YYYY-MM-DD, the first day of the plan.");
  const whole = (text: string | undefined, name: string) => {
    if (text === undefined) return undefined;
    if (!/^-?\d+$/.test(text)) throw new CliError(`--${name} must be a whole number, not "${text}".`);
    return Number(text);
  };
  const weeks = whole(values.weeks, "weeks");
  const seed = whole(values.seed, "seed");
  const plan = generatePlan(athlete, { startDate, ...(weeks === undefined ? {} : { weeks }), ...(seed === undefined ? {} : { seed }) });
  const text = `${JSON.stringify(plan, null, 2)}\n`;
  if (values.out === undefined) io.stdout(text);
  else {
    await io.writeFile(values.out, text);
    io.stderr(`Wrote ${values.out}: ${String(plan.phases.length)} phases, ${String(plan.phases.reduce((sum, phase) => sum + phase.weeks, 0))} weeks.\n`);
  }
  return EXIT.ok;
}

function rulesCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(args, {});
  if (values.help) return help(io, "rules");
  if (positionals.length > 0) throw new CliError(`rules takes no arguments; unexpected: ${positionals.join(" ")}.`);
  const output = format(values.format, ["text", "json"]);
  io.stdout(output === "json" ? `${JSON.stringify(rulesJson(rules), null, 2)}\n` : formatRules(rules, io.color));
  return EXIT.ok;
}

function demoCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parse(args, {});
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
  io.stdout(`${plan.name ?? plan.id} (${plan.timezone}), for ${athlete.name ?? athlete.id}, ${athlete.level}\n\n`);
  io.stdout(formatCalendarOverview(buildCalendar(plan), io.color));
  io.stdout(`\n${formatReport(report, plan.id, io.color)}`);
  return report.ok ? EXIT.ok : EXIT.planErrors;
}

function parseExampleAthlete(): Athlete {
  const result = safeParseAthlete(exampleAthlete);
  if (!result.success) throw new CliError("The bundled example athlete is invalid:", issueLines(result.error));
  return result.data;
}

function help(io: CliIo, command?: string): number {
  io.stdout(command === undefined ? USAGE : (HELP[command] ?? USAGE));
  return EXIT.ok;
}

/**
 * Runs the `offseason` command line. Returns the exit code; never throws for bad input or usage: those print their
 * located problems to standard error and return 2.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case undefined:
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
      default:
        throw new CliError(`Unknown command "${command}". Run offseason --help for the commands.`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`offseason: ${error.message}\n${error.lines.map((line) => `${line}\n`).join("")}`);
      return EXIT.usage;
    }
    if (error instanceof OffseasonError) {
      io.stderr(`offseason: ${error.message.split("\n")[0] ?? "invalid input"}\n${issueLines(error).map((line) => `${line}\n`).join("")}`);
      return EXIT.usage;
    }
    throw error;
  }
}
