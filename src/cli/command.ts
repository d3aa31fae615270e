/**
 * What a command of the `offseason` CLI is: a name, the text of its help, its option table and a run function. The
 * dispatcher (run.ts) parses the arguments with the table, answers `--help` from it, checks `--format`, then runs the
 * command; a command file under commands/ only declares these and does its own work.
 */
import type { Locale } from "../locale/types.js";
import type { OptionTable, OptionValues, ParsedArgs } from "./args.js";
import type { CliIo } from "./io.js";
import type { Labels } from "./labels.js";

/** What a command's run function receives: its options, typed by its table, its positionals and the `--format`. */
export interface CommandInput<T extends OptionTable> {
  readonly values: OptionValues<T>;
  readonly positionals: readonly string[];
  /** The checked `--format`: one of the table's choices, the first when none was given. */
  readonly format: string;
  /** The checked `--locale`: the language of findings and issues; undefined for English (the default). */
  readonly locale: Locale | undefined;
  /** The labels of the text output in that language. */
  readonly labels: Labels;
}

/** A command as its author writes it (see {@link defineCommand}). */
export interface CommandSpec<T extends OptionTable> {
  /** The command's name: `offseason <name>`. */
  readonly name: string;
  /** One line for the command list of `offseason --help`. */
  readonly summary: string;
  /** The positionals in the usage line, e.g. `<plan.json|->`; empty when the command takes none (then it refuses any). */
  readonly positionals: string;
  /** What the command does: the paragraph under the usage line of its help. */
  readonly description: string;
  /** The options, in the order the help lists them. */
  readonly options: T;
  /** Lines of help after the options (exit codes), when the command has something to say there. */
  readonly notes?: string;
  /** Runs the command and returns its exit code; throws a CliError or an OffseasonError for bad usage or input. */
  readonly run: (input: CommandInput<T>, io: CliIo) => number | Promise<number>;
}

/** A command with its option table's types erased, as the command table holds it. */
export interface Command extends Omit<CommandSpec<OptionTable>, "run"> {
  readonly run: (
    input: ParsedArgs & Omit<CommandInput<OptionTable>, "values" | "positionals">,
    io: CliIo,
  ) => number | Promise<number>;
}

/**
 * Declares a command: its run function sees option values typed by its own table. The values the dispatcher passes
 * come from parsing with that same table (args.ts), which is what makes the narrowing below sound.
 */
export function defineCommand<T extends OptionTable>(spec: CommandSpec<T>): Command {
  return {
    ...spec,
    run: (input, io) => spec.run({ ...input, values: input.values as OptionValues<T> }, io),
  };
}
