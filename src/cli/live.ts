// The living-plan commands: `offseason adherence` and `offseason fitness`, and their text output.
import { addDays } from "../calendar/civilDate.js";
import {
  adherence,
  fitness,
  safeParseActivities,
  type Activity,
  type Adherence,
  type AdherenceCounts,
  type AdherenceStatus,
  type Fitness,
} from "../index.js";
import { escapeControls } from "./format.js";
import { readJson, sourceName } from "./input.js";
import { CliError, EXIT, type CliIo } from "./io.js";
import { dateOption, format, help, loadPlan, onePositional, parse, stdinOnce } from "./run.js";

async function loadActivities(source: string, io: CliIo): Promise<readonly Activity[]> {
  const result = safeParseActivities(await readJson(source, io, "activities"));
  if (!result.success)
    throw new CliError(`The activities in ${sourceName(source)} are invalid:`, {
      code: "input",
      issues: result.error.issues,
      ...(source === "-" ? {} : { file: source }),
    });
  return result.data;
}

/** Today in a time zone, `YYYY-MM-DD`: the default `--as-of` (the CLI is the one place that reads the clock). */
function today(io: CliIo, timezone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(io.now())
    .slice(0, 10);
}

/** One mark per occurrence in the week table. */
const MARKS: Readonly<Record<AdherenceStatus, string>> = {
  done: "o",
  shifted: ">",
  partial: "~",
  missed: "x",
  skipped: "-",
  upcoming: ".",
};

const percent = (value: number | null) => (value === null ? "-" : `${String(Math.round(value * 100))}%`);

/** The count columns of the adherence table: name and width. */
const COLUMNS: readonly (readonly [string, number])[] = [
  ["Done", 6],
  ["Moved", 6],
  ["Partial", 8],
  ["Missed", 7],
  ["Unplanned", 10],
  ["Load", 6],
];

/** Done (of the sessions due by asOf), moved, partial, missed, unplanned and load compliance, in their columns. */
function countsLine(counts: AdherenceCounts): string {
  const due = counts.planned - counts.upcoming;
  const completed = counts.done + counts.shifted + counts.partial;
  const cells = [
    `${String(completed)}/${String(due)}`,
    String(counts.shifted),
    String(counts.partial),
    String(counts.missed),
    String(counts.unplanned),
    percent(counts.loadCompliance),
  ];
  return cells.map((cell, index) => cell.padStart(COLUMNS[index]?.[1] ?? 0)).join("");
}

/**
 * The adherence as a table a coach reads at a glance: one row per week, one column per day with a mark per planned
 * session (o done, > moved, ~ partial, x missed, - skipped, . upcoming; + an unplanned activity), then the counts.
 */
export function formatAdherence(result: Adherence, planId: string, activities: readonly Activity[]): string {
  const unplanned = new Set(result.unplanned);
  const extraByDate = new Map<string, number>();
  for (const activity of activities)
    if (unplanned.has(activity.id)) extraByDate.set(activity.date, (extraByDate.get(activity.date) ?? 0) + 1);
  const byDate = new Map<string, string>();
  for (const occurrence of result.occurrences)
    byDate.set(occurrence.date, `${byDate.get(occurrence.date) ?? ""}${MARKS[occurrence.status]}`);
  const marks = (date: string) => `${byDate.get(date) ?? ""}${"+".repeat(extraByDate.get(date) ?? 0)}`;
  // Every day column as wide as the busiest day, so that the columns line up.
  const width = Math.max(3, ...[...byDate.keys(), ...extraByDate.keys()].map((date) => marks(date).length)) + 1;
  const weekdays = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"].map((day) => day.padEnd(width)).join("");
  const lines = [
    `Adherence of ${escapeControls(planId)} as of ${result.asOf}`,
    "",
    `Week  Starts      ${weekdays}${COLUMNS.map(([name, size]) => name.padStart(size)).join("")}`,
  ];
  for (const week of result.weeks) {
    const days = Array.from({ length: 7 }, (_, index) => marks(addDays(week.startDate, index)).padEnd(width)).join("");
    lines.push(`${String(week.week).padStart(4)}  ${week.startDate}  ${days}${countsLine(week)}`);
  }
  const { totals } = result;
  lines.push(`${"Total".padEnd(18 + 7 * width)}${countsLine(totals)}`);
  lines.push("");
  lines.push("o done  > moved  ~ partial (outside the green band)  x missed  - skipped  . upcoming  + unplanned");
  const fundamental = (name: string, counts: { readonly planned: number; readonly done: number }) =>
    `${name} ${String(counts.done)}/${String(counts.planned)}`;
  lines.push(
    `Done of planned: ${[
      fundamental("strength", totals.fundamentals.strength),
      fundamental("mobility", totals.fundamentals.mobility),
      fundamental("mental", totals.fundamentals.mental),
    ].join(", ")}.` +
      (totals.averageShiftDays === null ? "" : ` Average shift ${totals.averageShiftDays.toFixed(1)} days.`),
  );
  return `${lines.join("\n")}\n`;
}

/** Fitness as one row per week: the week's load and, at its last day, CTL, ATL, TSB and the ramp. */
export function formatFitness(result: Fitness, planId: string): string {
  const lines = [
    `Fitness (CTL 42 d), fatigue (ATL 7 d) and form (TSB, from the day before) of ${escapeControls(planId)}`,
    "",
    "Week  Ends          Load     CTL     ATL     TSB    Ramp  Source",
  ];
  for (let start = 0; start < result.days.length; start += 7) {
    const days = result.days.slice(start, start + 7);
    const last = days[days.length - 1];
    if (last === undefined) continue;
    const load = days.reduce((sum, day) => sum + day.load, 0);
    const sources = new Set(days.map((day) => day.source));
    lines.push(
      [
        String(start / 7 + 1).padStart(4),
        `  ${last.date}`,
        String(Math.round(load)).padStart(8),
        last.ctl.toFixed(1).padStart(8),
        last.atl.toFixed(1).padStart(8),
        last.tsb.toFixed(1).padStart(8),
        last.ramp.toFixed(1).padStart(8),
        `  ${sources.size > 1 ? "actual+planned" : last.source}`,
      ].join(""),
    );
  }
  return `${lines.join("\n")}\n`;
}

export async function adherenceCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("adherence", args, {
    activities: { type: "string" },
    "as-of": { type: "string" },
  });
  if (values.help) return help(io, "adherence");
  const output = format(values.format, ["text", "json"]);
  const source = onePositional(positionals, "plan", "adherence");
  const log = values.activities;
  if (log === undefined) throw new CliError("adherence needs --activities FILE, the activities to match.");
  stdinOnce([source, log]);
  const asOfOption = dateOption(values["as-of"], "as-of");
  const plan = await loadPlan(source, io);
  const activities = await loadActivities(log, io);
  const result = adherence(plan, activities, { asOf: asOfOption ?? today(io, plan.timezone) });
  io.stdout(output === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatAdherence(result, plan.id, activities));
  return EXIT.ok;
}

export async function fitnessCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse("fitness", args, {
    activities: { type: "string" },
    "as-of": { type: "string" },
  });
  if (values.help) return help(io, "fitness");
  const output = format(values.format, ["text", "json"]);
  const source = onePositional(positionals, "plan", "fitness");
  const log = values.activities;
  stdinOnce([source, ...(log === undefined ? [] : [log])]);
  const asOfOption = dateOption(values["as-of"], "as-of");
  const plan = await loadPlan(source, io);
  const activities = log === undefined ? undefined : await loadActivities(log, io);
  const asOf = asOfOption ?? (activities === undefined ? undefined : today(io, plan.timezone));
  const result = fitness(plan, { ...(activities ? { activities } : {}), ...(asOf === undefined ? {} : { asOf }) });
  io.stdout(output === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatFitness(result, plan.id));
  return EXIT.ok;
}
