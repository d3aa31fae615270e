// `offseason demo`: a plan for the bundled example athlete, validated and shown.
import { addDays } from "../../calendar/civilDate.js";
import { buildCalendar, generatePlan, planEndDate, planWeeks, validatePlan } from "../../index.js";
import { LOCALE_OPTION } from "../args.js";
import { defineCommand } from "../command.js";
import { escapeControls, formatCalendarOverview } from "../format.js";
import { formatReport } from "../formatReport.js";
import { exampleAthleteOf } from "../inputs.js";
import { EXIT } from "../io.js";

export const demo = defineCommand({
  name: "demo",
  summary: "generate a plan for the bundled example athlete, validate it and show it",
  positionals: "",
  description: `Generates a plan for the bundled example athlete (an intermediate runner in New York), validates it, and prints a
week-by-week overview and the report.`,
  options: {
    locale: LOCALE_OPTION,
    format: { type: "string", value: "F", choices: ["text", "json"], description: "text (default) or json" },
  },
  run({ format, locale, labels }, io) {
    const athlete = exampleAthleteOf();
    const startDate = addDays(athlete.seasonEndDate ?? "2026-11-01", 1);
    const plan = generatePlan(athlete, { startDate, weeks: 12 });
    const report = validatePlan(plan, { athlete, ...(locale ? { locale } : {}) });
    const exit = report.ok ? EXIT.ok : EXIT.planErrors;
    if (format === "json") {
      io.stdout(`${JSON.stringify({ athlete, plan, report }, null, 2)}\n`);
      return exit;
    }
    const who = escapeControls(athlete.name ?? athlete.id);
    const header = labels("demo.header", {
      who,
      level: athlete.level,
      weeks: planWeeks(plan),
      start: plan.startDate,
      end: planEndDate(plan),
      zone: plan.timezone,
    });
    io.stdout(`${header}\n\n`);
    io.stdout(formatCalendarOverview(buildCalendar(plan), io.color, labels));
    io.stdout(`\n${formatReport(report, plan.id, io.color, { labels })}`);
    return exit;
  },
});
