/**
 * The `offseason` command line: finds the command (commands/index.ts), parses its arguments with its option table,
 * answers `--help`, checks `--format`, runs it, and renders what goes wrong. Exit codes: a command's own (0, or 1 for
 * a plan with errors); 2 for every CliError and every OffseasonError (bad usage, bad input, a limit); 1 with a
 * "please report" message for anything else, which is a bug.
 */
import packageJson from "../../package.json" with { type: "json" };
import { isOffseasonError, type OffseasonError } from "../index.js";
import type { Locale } from "../locale/types.js";
import { describeIssue, type OffseasonIssue } from "../model/errors.js";
import { formatIssue, formatSummary } from "../model/formatIssue.js";
import { choiceOption, parseCommandArgs, wantedLocale, wantsJson } from "./args.js";
import type { Command } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { escapeControls } from "./format.js";
import { commandHelp, usageText } from "./help.js";
import { CliError, EXIT, type CliIo } from "./io.js";
import { labelsOf, LOCALE_CODES, localeOf } from "./labels.js";

/** Where bugs are reported: the repository's issues. */
const ISSUES = `${packageJson.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/issues`;

function commandNamed(name: string): Command {
  const command = COMMANDS.find((each) => each.name === name);
  if (command === undefined) throw new CliError(`Unknown command "${name}". Run offseason --help for the commands.`);
  return command;
}

/** `offseason --help`, or `offseason help <command>`. */
function help(io: CliIo, name?: string): number {
  io.stdout(name === undefined ? usageText(COMMANDS) : commandHelp(commandNamed(name)));
  return EXIT.ok;
}

/** Parses a command's arguments with its table, answers --help, refuses positionals it takes none of, checks --format. */
async function runCommand(command: Command, args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(command.name, args, command.options);
  if (values.help === true) return help(io, command.name);
  if (command.positionals === "" && positionals.length > 0)
    throw new CliError(`${command.name} takes no arguments; unexpected: ${positionals.join(" ")}.`);
  const format = choiceOption(
    "format",
    typeof values.format === "string" ? values.format : undefined,
    command.options.format.choices,
  );
  const locale = localeOf(typeof values.locale === "string" ? values.locale : undefined);
  return await command.run({ values, positionals, format, locale, labels: labelsOf(locale) }, io);
}

/** The issues of an error with their messages in the locale (an issue made in English reads in it too). */
function issuesIn(error: CliError | OffseasonError, locale: Locale | undefined): readonly OffseasonIssue[] {
  return locale === undefined
    ? error.issues
    : error.issues.map((issue) => ({ ...issue, message: formatIssue(issue, locale) }));
}

/** The JSON error document: `{ ok: false, errors: [{ path, message, code }] }` (`file` too where a file is meant). */
function errorDocument(error: CliError | OffseasonError, locale: Locale | undefined): string {
  const file = error instanceof CliError && error.file !== undefined ? { file: error.file } : {};
  const errors =
    error.issues.length > 0 || !(error instanceof CliError)
      ? issuesIn(error, locale).map(({ path, message, code }) => ({ ...file, path, message, code }))
      : [{ ...file, path: "", message: error.message, code: error.code }];
  return `${JSON.stringify({ ok: false, errors }, null, 2)}\n`;
}

/** The error as text: one line, or a line and the located issues; user text in it escaped for the terminal (here, for all of standard error). */
function errorText(error: CliError | OffseasonError, locale: Locale | undefined): string {
  const issues = issuesIn(error, locale);
  const located = issues.map((issue) => `  ${describeIssue(issue)}`);
  let lines: string[];
  if (error instanceof CliError) {
    const message = error.label === undefined ? error.message : labelsOf(locale)(error.label.id, error.label.data);
    lines = [`offseason: ${message}`, ...located];
  } else {
    const summary = formatSummary(error, locale).replace(/:$/, "");
    const [only] = issues;
    // One problem of the whole input (a limit) is one line; located problems are listed one per line.
    lines =
      issues.length === 1 && only?.path === ""
        ? [`offseason: ${summary}: ${only.message}`]
        : [`offseason: ${summary}:`, ...located];
  }
  return lines.map((line) => `${escapeControls(line)}\n`).join("");
}

/** What is said of an error that is no fault of the input, a bug: that it is one, and where to report it. */
function bugSummary(error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `Unexpected error, a bug in offseason ${packageJson.version} (please report it, with the command that caused it, at ${ISSUES}): ${what}`;
}

/** A bug as text: the summary, then the stack for the report. */
function bugText(error: unknown): string {
  const stack = error instanceof Error && error.stack !== undefined ? error.stack.split("\n").slice(1) : [];
  return [`offseason: ${bugSummary(error)}`, ...stack].map((line) => `${escapeControls(line)}\n`).join("");
}

/**
 * Runs the `offseason` command line. Returns the exit code and never throws: bad usage and bad input (every CliError
 * and every OffseasonError, a limit included) print their located problems to standard error (with `--format json`:
 * the JSON error document to standard output) and return 2; an unexpected error (a bug) is reported as one and
 * returns 1.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const json = wantsJson(args);
  const code = wantedLocale(args);
  // The language of what goes wrong: an unknown --locale is refused by the command's own parse, in English.
  const locale = code !== undefined && (LOCALE_CODES as readonly string[]).includes(code) ? localeOf(code) : undefined;
  try {
    switch (name) {
      case undefined:
        io.stderr(usageText(COMMANDS));
        return EXIT.usage;
      case "--help":
      case "-h":
      case "help":
        return help(io, args[0]);
      case "--version":
      case "-v":
        io.stdout(`${packageJson.version}\n`);
        return EXIT.ok;
      default:
        return await runCommand(commandNamed(name), args, io);
    }
  } catch (error) {
    if (error instanceof CliError || isOffseasonError(error)) {
      if (json) io.stdout(errorDocument(error, locale));
      else io.stderr(errorText(error, locale));
      return EXIT.usage;
    }
    if (json)
      io.stdout(
        `${JSON.stringify({ ok: false, errors: [{ path: "", message: bugSummary(error), code: "internal" }] }, null, 2)}\n`,
      );
    else io.stderr(bugText(error));
    return EXIT.bug;
  }
}
