/**
 * The one argument module of the CLI: each command declares its options as a table ({@link OptionTable}); the same
 * table configures `node:util` parseArgs here and writes the command's help (help.ts), so that the two cannot
 * disagree. The checks of option values every command shares (dates, instants, whole numbers, --format) are here too.
 */
import { parseArgs } from "node:util";
import { parseCivilDate, parseDateTime } from "../calendar/civilDate.js";
import { CliError, type CliIo } from "./io.js";

/** One option of a command: how it parses and how its help reads. */
export interface CliOption {
  /** `string` takes a value, `boolean` is a flag. */
  readonly type: "string" | "boolean";
  /** A string option that may be given several times (its values are a list). */
  readonly multiple?: boolean;
  /** The value's name in the option list, e.g. `FILE` (string options). */
  readonly value?: string;
  /** The value's name in the usage line when it differs from {@link value}, e.g. `athlete.json`. */
  readonly example?: string;
  /** What the option does, one line of help. */
  readonly description: string;
  /** The default, added to the description as `(default: ...)`. */
  readonly default?: string;
  /** The values the option takes (the first is the default): checked here, listed in the usage line. */
  readonly choices?: readonly string[];
  /** The command needs it: written without brackets in the usage line (the command checks it, with its message). */
  readonly required?: boolean;
  /** One of a set of which the command takes exactly one: written `(--a X | --b Y)` in the usage line. */
  readonly alternative?: boolean;
  /** Goes only with this other option: written after it in the usage line. */
  readonly with?: string;
}

/** A command's options by name (without `--`). Every command has `--format` with its choices. */
export type OptionTable = Readonly<Record<string, CliOption>> & {
  readonly format: CliOption & { readonly choices: readonly string[] };
};

type OptionValue<O extends CliOption> = O["type"] extends "boolean"
  ? boolean
  : O["multiple"] extends true
    ? string[]
    : string;

/** The parsed values of a table's options (each undefined when not given), and `--help`. */
export type OptionValues<T extends OptionTable> = { readonly [K in keyof T]?: OptionValue<T[K]> } & {
  readonly help?: boolean;
};

/** `--help` (`-h`), which every command takes and no help lists. */
const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

type ParseConfig = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>["options"]>;

/** The parseArgs configuration of a table: names, types, `multiple`, and `--help`. */
function parseConfig(table: OptionTable): ParseConfig {
  const config: ParseConfig = { ...HELP_OPTION };
  for (const [name, option] of Object.entries(table))
    config[name] = { type: option.type, ...(option.multiple === true ? { multiple: true } : {}) };
  return config;
}

/** The arguments of a command, parsed: option values by name and the positionals. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Refuses, one token at a time, what strict parsing would refuse, with messages of our own rather than Node's. */
function checkTokens(command: string, args: readonly string[], options: ParseConfig): void {
  const seeHelp = `Run offseason ${command} --help for its options.`;
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (option === undefined) throw new CliError(`Unknown option ${token.rawName} for ${command}. ${seeHelp}`);
    if (option.type === "boolean" && token.value !== undefined)
      throw new CliError(`${token.rawName} takes no value. ${seeHelp}`);
    if (option.type === "string" && token.value === undefined)
      throw new CliError(`${token.rawName} needs a value. ${seeHelp}`);
    if (option.type === "string" && !token.inlineValue && token.value !== "-" && token.value?.startsWith("-") === true)
      throw new CliError(
        `${token.rawName} needs a value; for one that starts with "-", write ${token.rawName}=${token.value}.`,
      );
  }
}

/** Parses a command's arguments strictly against its option table. */
export function parseCommandArgs(command: string, args: readonly string[], table: OptionTable): ParsedArgs {
  const options = parseConfig(table);
  checkTokens(command, args, options);
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch {
    throw new CliError(`Bad arguments for ${command}. Run offseason ${command} --help for its options.`);
  }
}

/** Whether the arguments ask for JSON output (`--format json` or `--format=json`), read before they are parsed. */
export function wantsJson(args: readonly string[]): boolean {
  let chosen: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--") break;
    if (arg === "--format") chosen = args[++index];
    else if (arg?.startsWith("--format=") === true) chosen = arg.slice("--format=".length);
  }
  return chosen === "json";
}

/**
 * `--locale`: the language of the findings, the input issues and the text output's labels (labels.ts). Every command
 * that prints a finding or an issue takes it.
 */
export const LOCALE_OPTION = {
  type: "string",
  value: "L",
  choices: ["en", "es", "de"],
  description: "the language of findings, problems and labels: en (default), es or de",
} as const satisfies CliOption;

/**
 * The `--locale` code of the arguments, read before they are parsed (so that a usage error is worded in it too);
 * undefined when none is given.
 */
export function wantedLocale(args: readonly string[]): string | undefined {
  let chosen: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--") break;
    if (arg === "--locale") chosen = args[++index];
    else if (arg?.startsWith("--locale=") === true) chosen = arg.slice("--locale=".length);
  }
  return chosen;
}

/** A list in English: "a", "a or b", "a, b or c". */
export function oneOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}

/** The chosen value of an option with choices (the first when it is not given). */
export function choiceOption(name: string, value: string | undefined, allowed: readonly string[]): string {
  const chosen = value ?? allowed[0] ?? "text";
  if (!allowed.includes(chosen))
    throw new CliError(
      allowed.length === 1
        ? `--${name} can only be ${oneOf(allowed)}, not "${chosen}".`
        : `--${name} must be ${oneOf(allowed)}, not "${chosen}".`,
    );
  return chosen;
}

/** The one input file of a command that takes one. */
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

/** A date option: a real calendar date, `YYYY-MM-DD`. */
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

/** A whole-number option, at least `min`. */
export function wholeOption(text: string | undefined, name: string, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min)
    throw new CliError(`--${name} must be a whole number${min === 0 ? " of 0 or more" : ""}, not "${text}".`);
  return value;
}

/** `--out`: a file name, when given (an empty one is refused). */
export function outOption(value: string | undefined): string | undefined {
  if (value === "") throw new CliError("--out needs a file name.");
  return value;
}

/** Today in a time zone, `YYYY-MM-DD`: the default `--as-of` (the CLI is the one place that reads the clock). */
export function today(io: CliIo, timezone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(io.now())
    .slice(0, 10);
}
