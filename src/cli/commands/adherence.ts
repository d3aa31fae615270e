// `offseason adherence`: the logged activities matched to the plan, week by week.
import { addDays } from "../../calendar/civilDate.js";
import {
  adherence as adherenceOf,
  type Activity,
  type Adherence,
  type AdherenceCounts,
  type AdherenceStatus,
} from "../../index.js";
import { dateOption, LOCALE_OPTION, onePositional, stdinOnce, today } from "../args.js";
import { defineCommand } from "../command.js";
import { escapeControls } from "../format.js";
import { loadActivities, loadPlan } from "../inputs.js";
import { CliError, EXIT } from "../io.js";

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

export const adherence = defineCommand({
  name: "adherence",
  summary: "match logged activities to the plan: done, moved, missed, week by week",
  positionals: "<plan.json|->",
  description: `Links the logged activities to the plan's sessions (your own occurrenceId links first, then the same day and kind,
then the nearest day within 2 days) and prints, week by week, a mark per planned session and the counts.`,
  options: {
    activities: {
      type: "string",
      value: "FILE",
      example: "log.json",
      required: true,
      description: "the activities (a JSON array; see docs/living-plan.md)",
    },
    "as-of": {
      type: "string",
      value: "D",
      example: "YYYY-MM-DD",
      description: "today: sessions before it with nothing linked are missed",
      default: "today in the plan's zone",
    },
    locale: LOCALE_OPTION,
    format: {
      type: "string",
      value: "F",
      choices: ["text", "json"],
      description: "text (default: o done, > moved, ~ partial, x missed, - skipped, . upcoming, + unplanned) or json",
    },
  },
  async run({ values, positionals, format }, io) {
    const source = onePositional(positionals, "plan", "adherence");
    const log = values.activities;
    if (log === undefined) throw new CliError("adherence needs --activities FILE, the activities to match.");
    stdinOnce([source, log]);
    const asOfOption = dateOption(values["as-of"], "as-of");
    const plan = await loadPlan(source, io);
    const activities = await loadActivities(log, io);
    const result = adherenceOf(plan, activities, { asOf: asOfOption ?? today(io, plan.timezone) });
    io.stdout(
      format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatAdherence(result, plan.id, activities),
    );
    return EXIT.ok;
  },
});
