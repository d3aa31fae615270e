// `offseason schedule`: the plan's dated sessions and habits, as text, JSON or iCalendar.
import { toICalendar } from "../../ical.js";
import { DEFAULT_LIMITS, expandPlan } from "../../index.js";
import { dateOption, LOCALE_OPTION, nowOption, onePositional } from "../args.js";
import { defineCommand } from "../command.js";
import { formatOccurrences, occurrencesOutputBound } from "../format.js";
import { loadPlan } from "../inputs.js";
import { CliError, EXIT } from "../io.js";

/** Bytes as MiB for a message: "64 MiB", "628.6 MiB". */
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;

export const schedule = defineCommand({
  name: "schedule",
  summary: "list the plan's dated sessions (text, JSON or iCalendar)",
  positionals: "<plan.json|->",
  description: "Lists the plan's dated sessions and habits in the plan's time zone.",
  options: {
    from: {
      type: "string",
      value: "D",
      example: "YYYY-MM-DD",
      description: "the first day of the date window (inclusive), in every format",
    },
    to: {
      type: "string",
      value: "D",
      example: "YYYY-MM-DD",
      description: "the last day of the date window (inclusive), in every format",
    },
    "no-habits": {
      type: "boolean",
      description: "leave the habits out (hydration, nutrition, sleep), in every format",
    },
    locale: LOCALE_OPTION,
    format: {
      type: "string",
      value: "F",
      choices: ["text", "json", "ics"],
      description: "text (default), json (the occurrences) or ics (iCalendar)",
    },
    now: {
      type: "string",
      value: "ISO",
      description: "the DTSTAMP of the iCalendar output, e.g. 2026-11-01T08:00:00Z",
      default: "now",
    },
  },
  async run({ values, positionals, format }, io) {
    const from = dateOption(values.from, "from");
    const to = dateOption(values.to, "to");
    if (from !== undefined && to !== undefined && from > to)
      throw new CliError(`--from ${from} is after --to ${to}; the window is empty.`);
    const now = values.now === undefined ? undefined : nowOption(values.now);
    const plan = await loadPlan(onePositional(positionals, "plan", "schedule"), io);
    const window = { includeHabits: values["no-habits"] !== true, ...(from ? { from } : {}), ...(to ? { to } : {}) };
    if (format === "ics") {
      io.stdout(toICalendar(plan, { now: now ?? io.now(), ...window }));
      return EXIT.ok;
    }
    const occurrences = expandPlan(plan, window);
    const bound = occurrencesOutputBound(occurrences, format === "json" ? "json" : "text");
    if (bound > DEFAULT_LIMITS.maxOutputBytes) {
      throw new CliError(
        `The schedule as ${format === "json" ? "JSON" : "text"} would be up to ${mib(bound)} (${String(occurrences.length)} occurrences), over the ${mib(DEFAULT_LIMITS.maxOutputBytes)} output limit; narrow it with --from/--to or --no-habits.`,
        { code: "limit" },
      );
    }
    io.stdout(format === "json" ? `${JSON.stringify(occurrences, null, 2)}\n` : formatOccurrences(occurrences));
    return EXIT.ok;
  },
});
