import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { countInWeek } from "../helpers.js";
import { allLevels } from "../levels.js";

const SKILLS: ReadonlySet<string> = new Set(["visualization", "mindfulness", "goal-setting"]);

/** Time every week for mental preparation. */
export const mentalSkillsWeekly = /* @__PURE__ */ defineRule({
  meta: {
    id: "mental-skills-weekly",
    fundamental: "mental",
    description: "At least one mental-skills session (visualization, mindfulness or goal-setting) every week.",
    defaultSeverity: "warning",
    evidence: "C/M",
    docs: "#mental-skills-weekly",
    options: z.strictObject({ minPerWeek: z.int().check(z.gte(0), z.lte(14)) }),
    defaults: allLevels({ minPerWeek: 1 }),
    messages: {
      tooFew: {
        message: "Week {week} has {count} mental-skills sessions; plan at least {min}.",
        hint: "Add 10-15 minutes of visualization (see yourself finish with a strong kick) or mindfulness.",
      },
    },
  },
  check({ calendar, options, report }) {
    for (const week of calendar.weeks) {
      const count = countInWeek(
        week,
        (occurrence) => occurrence.session.kind === "mental" && SKILLS.has(occurrence.session.practice),
      );
      if (count >= options.minPerWeek) continue;
      report({
        messageId: "tooFew",
        week: week.index,
        measured: count,
        limit: options.minPerWeek,
        data: { week: week.index, count, min: options.minPerWeek },
      });
    }
  },
});
