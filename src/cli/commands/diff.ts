// `offseason diff`: what changed between two versions of a plan, as text, JSON or a cancel calendar.
import { toCancelCalendar } from "../../ical.js";
import { diffOccurrences, expandPlan } from "../../index.js";
import { LOCALE_OPTION, nowOption, stdinOnce } from "../args.js";
import { defineCommand } from "../command.js";
import { diffJson, diffText } from "../formatChanges.js";
import { loadPlan } from "../inputs.js";
import { CliError, EXIT } from "../io.js";

/**
 * `offseason diff old.json new.json [--format text|json|ics] [--now ISO]`: what changed between two versions of a
 * plan, by occurrence id; `ics` writes the METHOD:CANCEL calendar of the removed occurrences.
 */
export const diff = defineCommand({
  name: "diff",
  summary: "what changed between two versions of a plan (text, JSON or a cancel calendar)",
  positionals: "<old.json> <new.json>",
  description:
    "Compares two versions of a plan by occurrence id: added, removed, moved (date or time) and changed (content).",
  options: {
    locale: LOCALE_OPTION,
    format: {
      type: "string",
      value: "F",
      choices: ["text", "json", "ics"],
      description: "text (default), json, or ics: a METHOD:CANCEL calendar of the removed occurrences",
    },
    now: {
      type: "string",
      value: "ISO",
      description: "the DTSTAMP of the ics output, e.g. 2026-11-01T08:00:00Z",
      default: "now",
    },
    organizer: {
      type: "string",
      value: "EMAIL",
      description: "the ORGANIZER of the ics output (mail clients match cancellations by it)",
    },
  },
  async run({ values, positionals, format, labels }, io) {
    const [before, after, ...extra] = positionals;
    if (before === undefined || after === undefined)
      throw new CliError("diff needs two plan files: the old version and the new one.");
    if (extra.length > 0) throw new CliError(`diff takes two plan files; unexpected: ${extra.join(" ")}.`);
    stdinOnce([before, after]);
    const now = values.now === undefined ? undefined : nowOption(values.now);
    const old = await loadPlan(before, io);
    const next = await loadPlan(after, io);
    const changes = diffOccurrences(expandPlan(old), expandPlan(next));
    if (format === "ics")
      io.stdout(
        toCancelCalendar(next, changes, {
          now: now ?? io.now(),
          ...(values.organizer === undefined ? {} : { organizer: values.organizer }),
        }),
      );
    else io.stdout(format === "json" ? `${JSON.stringify(diffJson(changes), null, 2)}\n` : diffText(changes, labels));
    return EXIT.ok;
  },
});
