import * as z from "zod/mini";
import { MOVEMENT_PATTERNS, STRENGTH_FOCUSES, type MovementPattern } from "../../model/vocabulary.js";
import { exercisePattern } from "../../model/sessionKinds.js";
import { defineRule } from "../defineRule.js";
import { sessionsOf } from "../helpers/calendar.js";
import { groupByKey } from "../helpers/grouping.js";
import { weeksOf } from "../helpers/messageData.js";
import { allLevels } from "../levels.js";

/**
 * The patterns a session's focus stands for when the plan names no exercises ("full-body strength, 30 min"): a coach's
 * shorthand, taken at its word.
 */
const FOCUS_PATTERNS: Readonly<Record<(typeof STRENGTH_FOCUSES)[number], readonly MovementPattern[]>> = {
  "full-body": MOVEMENT_PATTERNS,
  "lower-body": ["knee-dominant", "hip-hinge", "calf-foot", "plyometric"],
  core: ["trunk"],
  "upper-body": ["upper"],
};

/** Strength work that covers the whole body a runner uses. */
export const strengthExerciseMix = /* @__PURE__ */ defineRule({
  meta: {
    id: "strength-exercise-mix",
    fundamental: "strength",
    type: "problem",
    description:
      "Each week's strength work covers knee-dominant (squat, lunge, step-up), hip-hinge, calf/foot and trunk (plank, leg lift) exercises.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#strength-exercise-mix",
    rationale:
      "Warning: covering the patterns a runner uses is coaching convention; a session's focus is taken at its word when no exercises are named.",
    options: z.strictObject({ patterns: z.array(z.enum(MOVEMENT_PATTERNS)).check(z.minLength(1)) }),
    defaults: allLevels({ patterns: ["knee-dominant", "hip-hinge", "calf-foot", "trunk"] as MovementPattern[] }),
    messages: {
      missing: {
        message:
          "The strength work in {weekCount, plural, one {week} other {weeks}} {weeks, weeks} misses {missing, list, pattern} exercises.",
        // Each pattern's examples are a term of the locale (`patternExample.trunk`: "planks or leg lifts").
        hint: "Add {missing, list, patternExample}.",
      },
    },
  },
  check({ calendar, options, report }) {
    const gaps = calendar.weeks.flatMap((week) => {
      const covered = new Set<MovementPattern>();
      let hasStrength = false;
      for (const day of week.days) {
        for (const occurrence of sessionsOf(day)) {
          const { session } = occurrence;
          // An optional session may be left out: it does not make a week's mix enough (docs/domain.md).
          if (session.kind !== "strength" || session.optional === true) continue;
          hasStrength = true;
          for (const exercise of session.exercises ?? []) covered.add(exercisePattern(exercise));
          for (const pattern of session.focus === undefined ? [] : FOCUS_PATTERNS[session.focus]) covered.add(pattern);
        }
      }
      const missing = options.patterns.filter((pattern) => !covered.has(pattern));
      return hasStrength && missing.length > 0 ? [{ week: week.index, missing }] : [];
    });
    for (const group of groupByKey(gaps, (gap) => gap.missing.join(","))) {
      const missing = group.entries[0]?.missing ?? [];
      report({
        messageId: "missing",
        weeks: group.weeks,
        measured: options.patterns.length - missing.length,
        limit: options.patterns.length,
        data: {
          ...weeksOf(group.weeks),
          missing,
        },
      });
    }
  },
});
