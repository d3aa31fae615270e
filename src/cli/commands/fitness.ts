// `offseason fitness`: daily fitness, fatigue and form over actual and planned load, one row per week as text.
import { fitness as fitnessOf, type Fitness } from "../../index.js";
import { dateOption, LOCALE_OPTION, onePositional, stdinOnce, today } from "../args.js";
import { defineCommand } from "../command.js";
import { escapeControls } from "../format.js";
import { loadActivities, loadPlan } from "../inputs.js";
import { EXIT } from "../io.js";

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

export const fitness = defineCommand({
  name: "fitness",
  summary: "daily fitness, fatigue and form (CTL, ATL, TSB) over actual and planned load",
  positionals: "<plan.json|->",
  description: `Prints fitness (CTL, 42 days), fatigue (ATL, 7 days) and form (TSB, from the day before) over the plan: what was done
before --as-of, what is planned from it (sessions an activity completed counted once).`,
  options: {
    activities: {
      type: "string",
      value: "FILE",
      example: "log.json",
      description: "the activities; without them, the whole plan is planned load",
    },
    "as-of": {
      type: "string",
      value: "D",
      example: "YYYY-MM-DD",
      description: "today",
      default: "today in the plan's zone, when activities are given",
    },
    locale: LOCALE_OPTION,
    format: {
      type: "string",
      value: "F",
      choices: ["text", "json"],
      description: "text (one row per week) or json (every day)",
    },
  },
  async run({ values, positionals, format }, io) {
    const source = onePositional(positionals, "plan", "fitness");
    const log = values.activities;
    stdinOnce([source, ...(log === undefined ? [] : [log])]);
    const asOfOption = dateOption(values["as-of"], "as-of");
    const plan = await loadPlan(source, io);
    const activities = log === undefined ? undefined : await loadActivities(log, io);
    const asOf = asOfOption ?? (activities === undefined ? undefined : today(io, plan.timezone));
    const result = fitnessOf(plan, { ...(activities ? { activities } : {}), ...(asOf === undefined ? {} : { asOf }) });
    io.stdout(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatFitness(result, plan.id));
    return EXIT.ok;
  },
});
