// `offseason generate`: builds a plan for an athlete.
import { generatePlan } from "../../index.js";
import { dateOption, LOCALE_OPTION, onePositional, outOption, wholeOption } from "../args.js";
import { defineCommand } from "../command.js";
import { escapeControls } from "../format.js";
import { loadAthlete } from "../inputs.js";
import { CliError, describeFileError, EXIT } from "../io.js";

export const generate = defineCommand({
  name: "generate",
  summary: "build a plan for an athlete",
  positionals: "<athlete.json|->",
  description:
    "Builds an off-season plan for an athlete and prints it as JSON (or writes it to --out, a regular file).",
  options: {
    start: {
      type: "string",
      value: "D",
      example: "YYYY-MM-DD",
      required: true,
      description: "first day of the plan",
    },
    weeks: { type: "string", value: "N", description: "4 to 52", default: "12" },
    seed: {
      type: "string",
      value: "N",
      description: "varies exercises and cross-training; the same seed gives the same plan",
    },
    out: {
      type: "string",
      value: "FILE",
      example: "plan.json",
      description: "write the plan to FILE instead of standard output",
    },
    locale: LOCALE_OPTION,
    format: {
      type: "string",
      value: "F",
      choices: ["json"],
      description: "json, the only one; given, errors too are JSON on standard output",
    },
  },
  async run({ values, positionals }, io) {
    const source = onePositional(positionals, "athlete", "generate");
    const startDate = dateOption(values.start, "start");
    if (startDate === undefined) throw new CliError("generate needs --start YYYY-MM-DD, the first day of the plan.");
    const weeks = wholeOption(values.weeks, "weeks", Number.MIN_SAFE_INTEGER);
    const seed = wholeOption(values.seed, "seed", Number.MIN_SAFE_INTEGER);
    const out = outOption(values.out);
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
      throw new CliError(`Cannot write the plan to ${out}: ${describeFileError(error)}.`, {
        code: "output",
        file: out,
      });
    }
    const totalWeeks = plan.phases.reduce((sum, phase) => sum + phase.weeks, 0);
    // Only an explicit --format json makes the summary JSON: the plan itself is JSON either way.
    if (values.format === "json")
      io.stdout(`${JSON.stringify({ ok: true, file: out, phases: plan.phases.length, weeks: totalWeeks }, null, 2)}\n`);
    else
      io.stderr(`Wrote ${escapeControls(out)}: ${String(plan.phases.length)} phases, ${String(totalWeeks)} weeks.\n`);
    return EXIT.ok;
  },
});
