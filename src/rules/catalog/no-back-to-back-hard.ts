import * as z from "zod/mini";
import { isHardSession } from "../../model/sessionKinds.js";
import { sessionTitle } from "../../model/labels.js";
import { defineRule } from "../defineRule.js";
import { allDays, dayName, sessionsOf } from "../helpers.js";
import { byLevel } from "../levels.js";
import { aerobicFields } from "../../internal/aerobicFields.js";

/** Hard days are followed by easy days. */
export const noBackToBackHard = /* @__PURE__ */ defineRule({
  meta: {
    id: "no-back-to-back-hard",
    fundamental: "recovery",
    description: "No hard session on two consecutive days (elite: allowed when the day after is easy).",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#no-back-to-back-hard",
    rationale:
      "Warning: hard/easy alternation is coaching convention; elite athletes may pair hard days when an easy day follows, as elite programs do.",
    options: z.strictObject({ allowIfNextDayEasy: z.boolean() }),
    defaults: byLevel(
      { allowIfNextDayEasy: false },
      { allowIfNextDayEasy: false },
      { allowIfNextDayEasy: false },
      { allowIfNextDayEasy: true },
    ),
    messages: {
      backToBack: {
        message: "Hard sessions on {first} and {second}, back to back.",
        hint: "Keep an easy day between hard days: make {title} on {day} easy, or move it.",
      },
    },
  },
  check({ calendar, options, report }) {
    const days = allDays(calendar.weeks);
    const hardOf = (index: number) => {
      const day = days[index]?.day;
      return day ? sessionsOf(day).find((occurrence) => isHardSession(occurrence.session, calendar.plan)) : undefined;
    };
    for (let index = 1; index < days.length; index += 1) {
      const hard = hardOf(index);
      const entry = days[index];
      const previous = days[index - 1];
      if (!hard || !entry || !previous || !hardOf(index - 1)) continue;
      const followedByEasy = !hardOf(index + 1); // past the plan's end counts as easy
      const thirdInRow = hardOf(index - 2) !== undefined;
      if (options.allowIfNextDayEasy && followedByEasy && !thirdInRow) continue;
      // The hint never asks to make a race easy: it names the other of the two sessions.
      const isRace = (occurrence: typeof hard) => occurrence.kind === "run" && occurrence.session.runType === "race";
      const earlier = hardOf(index - 1);
      const change =
        isRace(hard) && earlier && !isRace(earlier)
          ? { occurrence: earlier, date: previous.day.date }
          : { occurrence: hard, date: entry.day.date };
      report({
        messageId: "backToBack",
        week: entry.week,
        date: entry.day.date,
        sessionId: hard.sessionId,
        measured: 2,
        limit: 1,
        data: {
          first: previous.day.date,
          second: entry.day.date,
          title: sessionTitle(change.occurrence.session, aerobicFields(change.occurrence)),
          day: dayName(change.date),
        },
      });
    }
  },
});
