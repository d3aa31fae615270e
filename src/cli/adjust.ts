/**
 * The `adjust` and `diff` commands: change a plan by one adjustment, and compare two versions of a plan. Their
 * argument parsing, plan loading and option checks are those of the other commands (src/cli/run.ts).
 */
import { toCancelCalendar } from "../ical.js";
import { parseCivilDate } from "../calendar/civilDate.js";
import {
  diffOccurrences,
  expandPlan,
  insertRestDay,
  pausePlan,
  shiftPlan,
  swapDays,
  travel,
  validatePlan,
  type Occurrence,
  type OccurrenceChange,
  type OccurrenceDiff,
  type Plan,
} from "../index.js";
import { escapeControls } from "./format.js";
import { CliError, describeFileError, EXIT, type CliIo } from "./io.js";
import { format, help, loadPlan, nowOption, parse, stdinOnce } from "./run.js";

/** The adjustment options of `adjust`; exactly one is given. */
const ADJUSTMENTS = ["shift", "pause", "swap", "rest", "travel"] as const;

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

function slot(occurrence: Occurrence | undefined): string {
  if (occurrence === undefined) return "";
  return occurrence.start === undefined ? occurrence.date : `${occurrence.date} ${occurrence.start.slice(11, 16)}`;
}

/** One line per added, removed, moved or changed occurrence, then the counts. */
function diffText(diff: OccurrenceDiff): string {
  const line = (what: string, change: OccurrenceChange) => {
    const where =
      what === "moved" ? `${slot(change.before)} -> ${slot(change.after)}` : slot(change.after ?? change.before);
    return `${what.padEnd(8)} ${escapeControls(change.id)}  ${where}`;
  };
  const lines = [
    ...diff.added.map((change) => line("added", change)),
    ...diff.removed.map((change) => line("removed", change)),
    ...diff.moved.map((change) => line("moved", change)),
    ...diff.changed.map((change) => line("changed", change)),
  ];
  const counts = `${String(diff.added.length)} added, ${String(diff.removed.length)} removed, ${String(diff.moved.length)} moved, ${String(diff.changed.length)} changed, ${String(diff.unchanged.length)} unchanged.`;
  return `${lines.length === 0 ? "No occurrence changed.\n" : `${lines.join("\n")}\n`}${counts}\n`;
}

/** The diff as JSON: ids with their slots (`date`, `start`), not whole occurrences, so that it stays small. */
function diffJson(diff: OccurrenceDiff): unknown {
  const brief = (occurrence: Occurrence | undefined) =>
    occurrence === undefined
      ? undefined
      : { date: occurrence.date, ...(occurrence.start === undefined ? {} : { start: occurrence.start }) };
  const list = (changes: readonly OccurrenceChange[]) =>
    changes.map((change) => ({ id: change.id, before: brief(change.before), after: brief(change.after) }));
  return {
    added: list(diff.added),
    removed: list(diff.removed),
    moved: list(diff.moved),
    changed: list(diff.changed),
    unchanged: diff.unchanged.length,
  };
}

/**
 * `offseason adjust plan.json --shift D:+N | --pause D..D [--drop] | --swap D,D | --rest D | --travel D..D@ZONE`:
 * appends the adjustment, checks that the result parses and expands (else exit 2 with the located problems), validates
 * it, writes it (to --out, else standard output) and prints what changed. Exits 1 when the result has error findings.
 */
export async function adjustCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("adjust", args, {
    shift: { type: "string" },
    pause: { type: "string" },
    drop: { type: "boolean" },
    swap: { type: "string" },
    rest: { type: "string" },
    travel: { type: "string" },
    session: { type: "string" },
    reason: { type: "string" },
    out: { type: "string" },
  });
  if (values.help) return help(io, "adjust");
  const output = format(values.format, ["text", "json"]);
  const [source, ...extra] = positionals;
  if (source === undefined) throw new CliError("adjust needs a plan file (or - for standard input).");
  if (extra.length > 0) throw new CliError(`adjust takes one plan file; unexpected: ${extra.join(" ")}.`);
  const out = values.out;
  if (out === "") throw new CliError("--out needs a file name.");
  const plan = await loadPlan(source, io);
  const next = adjusted(plan, values);
  const diff = diffOccurrences(expandPlan(plan), expandPlan(next));
  const report = validatePlan(next);
  const planText = `${JSON.stringify(next, null, 2)}\n`;
  if (out !== undefined) {
    try {
      await io.writeFile(out, planText);
    } catch (error) {
      throw new CliError(`Cannot write the plan to ${out}: ${describeFileError(error)}.`, {
        code: "output",
        file: out,
      });
    }
  }
  const exit = report.ok ? EXIT.ok : EXIT.planErrors;
  if (output === "json") {
    io.stdout(
      `${JSON.stringify({ ok: report.ok, ...(out === undefined ? { plan: next } : { file: out }), changes: diffJson(diff), counts: report.counts }, null, 2)}\n`,
    );
    return exit;
  }
  const summary = `${diffText(diff)}Validation: ${String(report.counts.error)} errors, ${String(report.counts.warning)} warnings.\n`;
  if (out === undefined) {
    io.stdout(planText);
    io.stderr(summary);
  } else io.stdout(`Wrote ${escapeControls(out)}.\n${summary}`);
  return exit;
}

/**
 * `offseason diff old.json new.json [--format text|json|ics] [--now ISO]`: what changed between two versions of a
 * plan, by occurrence id; `ics` writes the METHOD:CANCEL calendar of the removed occurrences.
 */
export async function diffCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("diff", args, { now: { type: "string" }, organizer: { type: "string" } });
  if (values.help) return help(io, "diff");
  const output = format(values.format, ["text", "json", "ics"]);
  const [before, after, ...extra] = positionals;
  if (before === undefined || after === undefined)
    throw new CliError("diff needs two plan files: the old version and the new one.");
  if (extra.length > 0) throw new CliError(`diff takes two plan files; unexpected: ${extra.join(" ")}.`);
  stdinOnce([before, after]);
  const now = values.now === undefined ? undefined : nowOption(values.now);
  const old = await loadPlan(before, io);
  const next = await loadPlan(after, io);
  const diff = diffOccurrences(expandPlan(old), expandPlan(next));
  if (output === "ics")
    io.stdout(
      toCancelCalendar(next, diff, {
        now: now ?? io.now(),
        ...(values.organizer === undefined ? {} : { organizer: values.organizer }),
      }),
    );
  else io.stdout(output === "json" ? `${JSON.stringify(diffJson(diff), null, 2)}\n` : diffText(diff));
  return EXIT.ok;
}
