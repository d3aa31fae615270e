import * as z from "zod/mini";
import { MOVEMENT_PATTERNS, type MovementPattern } from "../../model/session.js";
import { exercisePattern } from "../../model/sessionKinds.js";
import { defineRule } from "../defineRule.js";
import { sessionsOf } from "../helpers.js";
import { allLevels } from "../levels.js";

const EXAMPLES: Readonly<Record<MovementPattern, string>> = {
  "knee-dominant": "squats, lunges or step-ups",
  "hip-hinge": "Romanian deadlifts, hip thrusts or glute bridges",
  "calf-foot": "calf raises",
  trunk: "planks or leg lifts",
  plyometric: "pogo jumps or skipping",
  upper: "push-ups or rows",
};

/** Strength work that covers the whole body a runner uses. */
export const strengthExerciseMix = /* @__PURE__ */ defineRule({
  meta: {
    id: "strength-exercise-mix",
    fundamental: "strength",
    description:
      "Each week's strength work covers knee-dominant (squat, lunge, step-up), hip-hinge, calf/foot and trunk (plank, leg lift) exercises.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#strength-exercise-mix",
    options: z.strictObject({ patterns: z.array(z.enum(MOVEMENT_PATTERNS)).check(z.minLength(1)) }),
    defaults: allLevels({ patterns: ["knee-dominant", "hip-hinge", "calf-foot", "trunk"] as MovementPattern[] }),
    messages: {
      missing: {
        message: "Week {week}'s strength work misses {missing} exercises.",
        hint: "Add {examples}.",
      },
    },
  },
  check({ calendar, options, report }) {
    for (const week of calendar.weeks) {
      const covered = new Set<MovementPattern>();
      let hasStrength = false;
      for (const day of week.days) {
        for (const occurrence of sessionsOf(day)) {
          if (occurrence.session.kind !== "strength") continue;
          hasStrength = true;
          for (const exercise of occurrence.session.exercises ?? []) covered.add(exercisePattern(exercise));
        }
      }
      if (!hasStrength) continue;
      const missing = options.patterns.filter((pattern) => !covered.has(pattern));
      if (missing.length === 0) continue;
      report({
        messageId: "missing",
        week: week.index,
        measured: options.patterns.length - missing.length,
        limit: options.patterns.length,
        data: {
          week: week.index,
          missing: missing.join(", "),
          examples: missing.map((pattern) => EXAMPLES[pattern]).join("; "),
        },
      });
    }
  },
});
