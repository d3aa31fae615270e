// `offseason adjust`: appends one adjustment to a plan, validates the result and shows what changed.
import { parseCivilDate } from "../../calendar/civilDate.js";
import {
  diffOccurrences,
  expandPlan,
  insertRestDay,
  pausePlan,
  shiftPlan,
  swapDays,
  travel,
  validatePlan,
  type Plan,
} from "../../index.js";
import { LOCALE_OPTION, onePositional, type OptionTable, outOption } from "../args.js";
import { defineCommand } from "../command.js";
import { escapeControls } from "../format.js";
import { diffJson, diffText } from "../formatChanges.js";
import { loadPlan } from "../inputs.js";
import { CliError, describeFileError, EXIT, type CliIo } from "../io.js";

const OPTIONS = {
  shift: {
    type: "string",
    value: "D:+N",
    alternative: true,
    description: "every session on or after D moves N days (D:-N pulls in; nothing may land before D)",
  },
  session: { type: "string", value: "ID", with: "shift", description: "with --shift: only that session moves" },
  pause: {
    type: "string",
    value: "D..D",
    alternative: true,
    description: "pause from D to D: what follows moves after the pause (with --drop: those days are skipped)",
  },
  drop: { type: "boolean", with: "pause", description: "with --pause: the paused days' sessions are skipped" },
  swap: { type: "string", value: "D,D", alternative: true, description: "swap the sessions of two days" },
  rest: {
    type: "string",
    value: "D",
    alternative: true,
    description: "insert a rest day: every session from D on moves one day later",
  },
  travel: {
    type: "string",
    value: "D..D@ZONE",
    alternative: true,
    description: "those days' sessions keep their wall times in ZONE (an IANA zone, e.g. Europe/Berlin)",
  },
  reason: { type: "string", value: "TEXT", description: "why, for the athlete" },
  out: {
    type: "string",
    value: "FILE",
    example: "new.json",
    description: "write the new plan to FILE (else it goes to standard output, the changes to standard error)",
  },
  locale: LOCALE_OPTION,
  format: {
    type: "string",
    value: "F",
    choices: ["text", "json"],
    description: "text (default) or json ({ ok, plan or file, changes, counts })",
  },
} as const satisfies OptionTable;

/** The adjustment options of `adjust`, of which exactly one is given: those of the table marked `alternative`. */
const ADJUSTMENTS = (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).filter(
  (name) => (OPTIONS[name] as { readonly alternative?: boolean }).alternative === true,
);

const DATE = "\\d{4}-\\d{2}-\\d{2}";

function realDate(text: string, option: string): string {
  if (parseCivilDate(text) === undefined)
    throw new CliError(`--${option}: ${text} is not a real calendar date (YYYY-MM-DD).`);
  return text;
}

/** Reads `D..D` (a range of dates, inclusive). */
function range(text: string, option: string): { readonly from: string; readonly to: string } {
  const match = new RegExp(`^(${DATE})\\.\\.(${DATE})$`).exec(text);
  if (!match?.[1] || !match[2])
    throw new CliError(`--${option} takes FROM..TO, e.g. 2026-12-20..2026-12-27; got "${text}".`);
  return { from: realDate(match[1], option), to: realDate(match[2], option) };
}

/** The new plan: the one adjustment the options give, appended to the plan. */
function adjusted(plan: Plan, values: Readonly<Record<string, string | boolean | undefined>>): Plan {
  const given = ADJUSTMENTS.filter((name) => values[name] !== undefined);
  if (given.length !== 1)
    throw new CliError(
      `adjust takes exactly one of --shift, --pause, --swap, --rest or --travel${given.length > 1 ? `; got ${given.map((name) => `--${name}`).join(" and ")}` : ""}.`,
    );
  const text = (name: string) => (typeof values[name] === "string" ? values[name] : "");
  const reason = typeof values.reason === "string" ? { reason: values.reason } : {};
  if (values.drop === true && given[0] !== "pause") throw new CliError("--drop goes with --pause only.");
  if (values.session !== undefined && given[0] !== "shift") throw new CliError("--session goes with --shift only.");
  switch (given[0]) {
    case "shift": {
      const match = new RegExp(`^(${DATE}):([+-]\\d{1,4})$`).exec(text("shift"));
      if (!match?.[1] || !match[2])
        throw new CliError(`--shift takes DATE:+DAYS or DATE:-DAYS, e.g. 2026-12-20:+7; got "${text("shift")}".`);
      return shiftPlan(plan, {
        from: realDate(match[1], "shift"),
        days: Number(match[2]),
        ...(typeof values.session === "string" ? { sessionId: values.session } : {}),
        ...reason,
      });
    }
    case "pause":
      return pausePlan(plan, {
        ...range(text("pause"), "pause"),
        mode: values.drop === true ? "drop" : "shift",
        ...reason,
      });
    case "swap": {
      const match = new RegExp(`^(${DATE}),(${DATE})$`).exec(text("swap"));
      if (!match?.[1] || !match[2])
        throw new CliError(`--swap takes DATE,DATE, e.g. 2026-12-22,2026-12-24; got "${text("swap")}".`);
      return swapDays(plan, realDate(match[1], "swap"), realDate(match[2], "swap"), reason);
    }
    case "rest":
      return insertRestDay(plan, realDate(text("rest"), "rest"), reason);
    default: {
      const [dates = "", timezone, ...rest] = text("travel").split("@");
      if (timezone === undefined || timezone === "" || rest.length > 0)
        throw new CliError(
          `--travel takes FROM..TO@ZONE, e.g. 2027-01-03..2027-01-10@Europe/Berlin; got "${text("travel")}".`,
        );
      return travel(plan, { ...range(dates, "travel"), timezone, ...reason });
    }
  }
}

/** Writes the new plan to --out; a failure is a CliError (exit 2) that names the file. */
async function writePlan(out: string, text: string, io: CliIo): Promise<void> {
  try {
    await io.writeFile(out, text);
  } catch (error) {
    throw new CliError(`Cannot write the plan to ${out}: ${describeFileError(error)}.`, { code: "output", file: out });
  }
}

/**
 * `offseason adjust plan.json --shift D:+N | --pause D..D [--drop] | --swap D,D | --rest D | --travel D..D@ZONE`:
 * appends the adjustment, checks that the result parses and expands (else exit 2 with the located problems), validates
 * it, writes it (to --out, else standard output) and prints what changed. Exits 1 when the result has error findings.
 */
export const adjust = defineCommand({
  name: "adjust",
  summary: "shift, pause, swap, rest or travel: append one adjustment and show what changed",
  positionals: "<plan.json|->",
  description:
    "Appends one adjustment to the plan, checks that it applies, validates the result and shows what changed.",
  options: OPTIONS,
  notes:
    "Exits 1 when the adjusted plan has error findings (it is written anyway), 2 when the adjustment does not apply.",
  async run({ values, positionals, format, locale, labels }, io) {
    const source = onePositional(positionals, "plan", "adjust");
    const out = outOption(values.out);
    const plan = await loadPlan(source, io);
    const next = adjusted(plan, values);
    const diff = diffOccurrences(expandPlan(plan), expandPlan(next));
    const report = validatePlan(next, locale ? { locale } : {});
    const planText = `${JSON.stringify(next, null, 2)}\n`;
    if (out !== undefined) await writePlan(out, planText, io);
    const exit = report.ok ? EXIT.ok : EXIT.planErrors;
    if (format === "json") {
      io.stdout(
        `${JSON.stringify({ ok: report.ok, ...(out === undefined ? { plan: next } : { file: out }), changes: diffJson(diff), counts: report.counts }, null, 2)}\n`,
      );
      return exit;
    }
    const summary = `${diffText(diff, labels)}${labels("adjust.validation", { error: report.counts.error, warning: report.counts.warning })}\n`;
    if (out === undefined) {
      io.stdout(planText);
      io.stderr(summary);
    } else io.stdout(`Wrote ${escapeControls(out)}.\n${summary}`);
    return exit;
  },
});
