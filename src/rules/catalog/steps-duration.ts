import * as z from "zod/mini";
import { stepMinutes } from "../../model/steps.js";
import type { Step, StepRepeat } from "../../model/steps.js";
import type { WeeklyValue } from "../../model/weekly.js";
import { paceText } from "../../model/pace.js";
import { resolveSteps } from "../../model/stepsOfDay.js";
import type { OpenRange } from "../../model/weekly.js";
import { defineRule } from "../defineRule.js";
import { over, round, under } from "../helpers/numbers.js";
import { shareBeside } from "../helpers/messageData.js";
import { allLevels } from "../levels.js";

/** The bounds of every entry a session's `minutes` gives: one value, a range, or one per week (null: no session). */
function boundsOf(value: WeeklyValue): { readonly min: number; readonly max: number }[] {
  const entries: readonly (number | OpenRange | null)[] = Array.isArray(value) ? value : [value as number | OpenRange];
  // An open range ("120 or more") has no upper bound to be over.
  return entries.flatMap((entry) =>
    entry === null
      ? []
      : typeof entry === "number"
        ? [{ min: entry, max: entry }]
        : [{ min: entry.min, max: entry.max ?? Infinity }],
  );
}

/** Whether steps give a warm-up or a cool-down, at any depth: then they describe the whole session. */
function describesWhole(steps: readonly (Step | StepRepeat)[]): boolean {
  return steps.some((item) =>
    "repeat" in item ? describesWhole(item.steps) : item.intent === "warmup" || item.intent === "cooldown",
  );
}

/**
 * The session's minutes as its data says them: `minutes` (the lower bound), `maxMinutes` and `span`: `one` value
 * ("40"), a `closed` range ("40-50") or an `open` one ("120+", no upper bound).
 */
function minutesData(bounds: {
  readonly min: number;
  readonly max: number;
}): Readonly<Record<string, string | number>> {
  if (bounds.min === bounds.max) return { minutes: bounds.min, span: "one" };
  if (bounds.max === Infinity) return { minutes: bounds.min, span: "open" };
  return { minutes: bounds.min, maxMinutes: bounds.max, span: "closed" };
}

/** A session that gives both its minutes and its steps says the same length twice: the two should agree. */
export const stepsDuration = /* @__PURE__ */ defineRule({
  meta: {
    id: "steps-duration",
    fundamental: "feasibility",
    type: "problem",
    description:
      "A session that gives both minutes and steps has steps totalling within 10 % of its minutes (of a range: between 10 % under its lower and 10 % over its upper bound). Steps without a warm-up or cool-down (strides after an easy run) are a part of the session and need only fit inside it. Steps given by distance are timed at their pace, the session's, or the plan's; steps no pace can time are not checked.",
    defaultSeverity: "warning",
    evidence: "-",
    docs: "#steps-duration",
    rationale:
      "Warning: a session whose steps and minutes disagree says two lengths, and every metric reads one of them; a data check, not a health claim.",
    options: z.strictObject({ tolerance: z.number().check(z.gte(0), z.lte(1)) }),
    defaults: allLevels({ tolerance: 0.1 }),
    messages: {
      mismatch: {
        message:
          'Session "{sessionId}" lasts {span, select, closed {{minutes}-{maxMinutes}} open {{minutes}+} other {{minutes}}} min, but its steps add up to {steps} min ({difference, number, percent} {direction, select, short {short} other {over}}).',
        hint: "Make the steps and the minutes agree within {tolerance, number, percent}, or leave out minutes and let the steps set the length.",
      },
    },
  },
  check({ plan, options, report }) {
    plan.phases.forEach((phase, phaseIndex) => {
      phase.sessions.forEach((session, sessionIndex) => {
        if ((session.kind !== "run" && session.kind !== "cross") || session.steps === undefined) return;
        if (session.minutes === undefined || session.steps.length === 0) return;
        const pace =
          paceText(session.pace, plan.paces) ??
          (session.kind === "run" ? (plan.paces?.[session.runType] ?? plan.paces?.easy) : undefined);
        // Steps with ranges or per-week values: their first week's midpoints.
        const written = resolveSteps(session.steps, 0, plan.paces);
        const total = stepMinutes(written, pace);
        if (total.untimed) return;
        const steps = total.minutes;
        // Steps with a warm-up or cool-down describe the whole session and must add up to it; steps without (strides
        // after an easy run) describe a part of it and must only fit inside.
        const whole = describesWhole(written);
        const bounds = boundsOf(session.minutes).find(
          (entry) =>
            (whole && under(steps, entry.min * (1 - options.tolerance))) ||
            over(steps, entry.max * (1 + options.tolerance)),
        );
        if (!bounds) return;
        const short = steps < bounds.min;
        const reference = short ? bounds.min : bounds.max;
        report({
          messageId: "mismatch",
          sessionId: session.id,
          path: `phases[${String(phaseIndex)}].sessions[${String(sessionIndex)}].steps`,
          measured: round(steps, 1),
          limit: reference,
          data: {
            sessionId: session.id,
            ...minutesData(bounds),
            steps: round(steps, 1),
            difference: shareBeside(Math.abs(steps / reference - 1), options.tolerance),
            direction: short ? "short" : "over",
            tolerance: shareBeside(options.tolerance, options.tolerance),
          },
        });
      });
    });
  },
});
