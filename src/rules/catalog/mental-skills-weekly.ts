import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { countInWeek } from "../helpers/calendar.js";
import { reportTooFew, weeksBelow } from "../helpers/grouping.js";
import { allLevels } from "../levels.js";

const SKILLS: ReadonlySet<string> = new Set(["visualization", "mindfulness", "goal-setting"]);

/** Time every week for mental preparation. */
export const mentalSkillsWeekly = /* @__PURE__ */ defineRule({
  meta: {
    id: "mental-skills-weekly",
    fundamental: "mental",
    type: "coverage",
    description: "At least one mental-skills session (visualization, mindfulness or goal-setting) every week.",
    defaultSeverity: "info",
    evidence: "C/M",
    docs: "#mental-skills-weekly",
    rationale:
      "Info, a coverage rule said once per plan: weekly mental practice is the fundamental's advice (C/M); said once for the weeks without it.",
    options: z.strictObject({ minPerWeek: z.int().check(z.gte(0), z.lte(14)) }),
    defaults: allLevels({ minPerWeek: 1 }),
    messages: {
      tooFew: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} {count, plural, =0 {no mental-skills session} one {# mental-skills session} other {# mental-skills sessions}}; plan at least {min} a week.",
        hint: "Add 10-15 minutes of visualization (see yourself finish with a strong kick) or mindfulness.",
      },
    },
  },
  check({ calendar, options, report }) {
    const count = (week: (typeof calendar.weeks)[number]) =>
      countInWeek(
        week,
        (occurrence) => occurrence.session.kind === "mental" && SKILLS.has(occurrence.session.practice),
      );
    reportTooFew(report, weeksBelow(calendar.weeks, options.minPerWeek, count), options.minPerWeek);
  },
});
