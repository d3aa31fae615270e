/**
 * The help texts, generated from the command table (commands/index.ts) and each command's option table, so that the
 * help lists exactly the options the parser takes.
 */
import packageJson from "../../package.json" with { type: "json" };
import type { CliOption, OptionTable } from "./args.js";
import type { Command } from "./command.js";

/** `offseason --help` (and `offseason` alone, on standard error): the commands and what holds for all of them. */
export function usageText(commands: readonly Command[]): string {
  const list = commands.map(({ name, positionals, summary }) =>
    `  ${`${name}${positionals === "" ? "" : ` ${positionals}`}`.padEnd(25)} ${summary}`.trimEnd(),
  );
  return `offseason ${packageJson.version}: model, validate, schedule and generate a runner's off-season.

Usage: offseason <command> [options]

Commands:
${list.join("\n")}

Options: --help (on any command), --version.
Inputs are regular files, or - for standard input (read once). With --format json, every outcome is JSON on
standard output, errors as { "ok": false, "errors": [...] }.
Exit codes: 0 success, 1 the plan has errors (or too many warnings), 2 bad usage or bad input.
`;
}

/** An option as the usage line writes it: `--name VALUE`, `--format a|b`, `--flag`. */
function synopsisOf(name: string, option: CliOption): string {
  const value = option.choices?.join("|") ?? option.example ?? option.value ?? "VALUE";
  return option.type === "boolean" ? `--${name}` : `--${name} ${value}`;
}

/** An option in brackets unless required, with `...` when it repeats, and the options that go only with it. */
function synopsisPart(name: string, table: OptionTable, bare = false): string {
  const option = table[name];
  if (option === undefined) return "";
  const text = synopsisOf(name, option);
  const own = bare || option.required === true ? text : `[${text}]${option.multiple === true ? "..." : ""}`;
  const companions = Object.entries(table)
    .filter(([, other]) => other.with === name)
    .map(([other]) => synopsisPart(other, table));
  return [own, ...companions].join(" ");
}

/** The usage line's options: in table order, the alternatives as one group `(--a X | --b Y)` where the first is. */
function synopsis(table: OptionTable): string {
  const alternatives = Object.keys(table).filter((name) => table[name]?.alternative === true);
  const parts: string[] = [];
  for (const [name, option] of Object.entries(table)) {
    if (option.with !== undefined) continue;
    if (option.alternative !== true) parts.push(synopsisPart(name, table));
    else if (name === alternatives[0])
      parts.push(`(${alternatives.map((each) => synopsisPart(each, table, true)).join(" | ")})`);
  }
  return parts.join(" ");
}

/** One line per option: `--name VALUE`, then its description and default, in aligned columns. */
function optionLines(table: OptionTable): string[] {
  const rows = Object.entries(table).map(([name, option]) => [
    option.type === "boolean" ? `--${name}` : `--${name} ${option.value ?? "VALUE"}`,
    `${option.description}${option.default === undefined ? "" : ` (default: ${option.default})`}`,
  ]);
  const width = Math.max(...rows.map(([left = ""]) => left.length)) + 2;
  return rows.map(([left = "", description = ""]) => `  ${left.padEnd(width)}${description}`);
}

/** `offseason <command> --help`: the usage line, what the command does, its options and its notes. */
export function commandHelp(command: Command): string {
  const usage = [`Usage: offseason ${command.name}`, command.positionals, synopsis(command.options)]
    .filter((part) => part !== "")
    .join(" ");
  return `${[usage, "", command.description, ...optionLines(command.options), ...(command.notes === undefined ? [] : [command.notes])].join("\n")}\n`;
}
