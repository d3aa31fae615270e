// `offseason export`: the plan's runs and cross-training as FIT workout files or intervals.icu text.
import { expandPlan, type SessionOccurrence } from "../../index.js";
import { toFitWorkout, toIntervalsText, type WorkoutWarning } from "../../workouts.js";
import { dateOption, LOCALE_OPTION, onePositional } from "../args.js";
import { defineCommand } from "../command.js";
import { escapeControls } from "../format.js";
import { loadPlan } from "../inputs.js";
import { CliError, describeFileError, EXIT, type CliIo } from "../io.js";

/** `<occurrenceId>.<extension>`: ids keep their `@`; a path separator or a dot name would leave the folder. */
function fileName(id: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[/\\\u0000-\u001f]/u.test(id) || id === "." || id === "..")
    throw new CliError(`The occurrence id ${JSON.stringify(id)} cannot be a file name.`);
  return `${id}.${extension}`;
}

const joinPath = (dir: string, name: string) => (dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`);

async function write(io: CliIo, path: string, data: Uint8Array): Promise<void> {
  if (io.writeBytes === undefined) throw new CliError("This CLI cannot write files.", { code: "output" });
  try {
    await io.writeBytes(path, data);
  } catch (error) {
    throw new CliError(`Cannot write ${path}: ${describeFileError(error)}.`, { code: "output", file: path });
  }
}

function reportWarnings(io: CliIo, file: string, warnings: readonly WorkoutWarning[]): void {
  for (const warning of warnings) {
    const step = warning.stepIndex === undefined ? "" : ` step ${String(warning.stepIndex)}:`;
    io.stderr(`${escapeControls(file)}:${step} ${escapeControls(warning.message)} (${warning.code})\n`);
  }
}

export const exportCommand = defineCommand({
  name: "export",
  summary: "write the plan's runs and cross-training as FIT workouts or intervals.icu text",
  positionals: "<plan.json|->",
  description:
    "Writes one workout per run or cross-training session in the window: a <occurrenceId>.fit file each (in --out, " +
    "default the current folder), or intervals.icu workout text (to standard output, or a <occurrenceId>.txt each " +
    "in --out). What a format cannot say is listed on standard error.",
  options: {
    from: {
      type: "string",
      value: "D",
      example: "YYYY-MM-DD",
      description: "the first day of the date window (inclusive)",
    },
    to: {
      type: "string",
      value: "D",
      example: "YYYY-MM-DD",
      description: "the last day of the date window (inclusive)",
    },
    out: {
      type: "string",
      value: "DIR",
      description: "the folder to write the files to (created when missing); fit: default the current folder",
    },
    locale: LOCALE_OPTION,
    format: {
      type: "string",
      value: "F",
      choices: ["fit", "intervals"],
      description: "fit (default: Garmin FIT workout files) or intervals (intervals.icu workout text)",
    },
  },
  async run({ values, positionals, format }, io) {
    const from = dateOption(values.from, "from");
    const to = dateOption(values.to, "to");
    if (from !== undefined && to !== undefined && from > to)
      throw new CliError(`--from ${from} is after --to ${to}; the window is empty.`);
    if (values.out === "") throw new CliError("--out needs a folder name.");
    const plan = await loadPlan(onePositional(positionals, "plan", "export"), io);
    const workouts = expandPlan(plan, {
      includeHabits: false,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    }).filter(
      (occurrence): occurrence is SessionOccurrence<"run" | "cross"> =>
        occurrence.kind === "run" || occurrence.kind === "cross",
    );
    const dir = values.out ?? (format === "fit" ? "." : undefined);
    const texts: string[] = [];
    for (const occurrence of workouts) {
      const name = fileName(occurrence.id, format === "fit" ? "fit" : "txt");
      if (format === "fit") {
        const { data, warnings } = toFitWorkout(occurrence);
        reportWarnings(io, name, warnings);
        await write(io, joinPath(dir ?? ".", name), data);
        continue;
      }
      const { text, warnings } = toIntervalsText(occurrence);
      reportWarnings(io, name, warnings);
      if (dir === undefined) texts.push(`${occurrence.id}\n${text}`);
      else await write(io, joinPath(dir, name), new TextEncoder().encode(text));
    }
    if (dir === undefined) io.stdout(texts.join("\n"));
    else
      io.stderr(
        `Wrote ${String(workouts.length)} .${format === "fit" ? "fit" : "txt"} files to ${escapeControls(dir)}.\n`,
      );
    return EXIT.ok;
  },
});
