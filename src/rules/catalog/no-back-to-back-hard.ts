import * as z from "zod/mini";
import { sessionTitle } from "../../model/sessionText.js";
import { defineRule } from "../defineRule.js";
import { allDays, sessionsOf } from "../helpers/calendar.js";
import { isHardOccurrence } from "../helpers/classify.js";
import { groupByKey } from "../helpers/grouping.js";
import { dayName, weeksData } from "../helpers/text.js";
import { byLevel } from "../levels.js";
import { aerobicFields } from "../../schedule/aerobicFields.js";

/** Two hard days in a row: the second day, the first, and the session the hint asks to make easy. */
interface Pair {
  readonly week: number;
  readonly date: string;
  readonly previousDate: string;
  readonly sessionId: string;
  readonly races: boolean;
  readonly title: string;
  readonly day: string;
}

/** The pairs of consecutive hard days, in order (with `allowIfNextDayEasy`, a pair followed by an easy day passes). */
function pairsOf(
  days: ReturnType<typeof allDays>,
  paces: Readonly<Record<string, string>> | undefined,
  allowIfNextDayEasy: boolean,
): Pair[] {
  // Each day's hard session (if any), found once: every pair reads the days around it.
  const hardDays = days.map(({ day }) => sessionsOf(day).find((occurrence) => isHardOccurrence(occurrence, paces)));
  const hardOf = (index: number) => (index < 0 ? undefined : hardDays[index]);
  const isRace = (occurrence: ReturnType<typeof hardOf>) =>
    occurrence?.kind === "run" && occurrence.session.runType === "race";
  const pairs: Pair[] = [];
  for (let index = 1; index < days.length; index += 1) {
    const hard = hardOf(index);
    const earlier = hardOf(index - 1);
    const entry = days[index];
    const previous = days[index - 1];
    if (!hard || !earlier || !entry || !previous) continue;
    const followedByEasy = !hardOf(index + 1); // past the plan's end counts as easy
    const thirdInRow = hardOf(index - 2) !== undefined;
    if (allowIfNextDayEasy && followedByEasy && !thirdInRow) continue;
    // The hint never asks to make a race easy: it names the other of the two sessions.
    const change =
      isRace(hard) && !isRace(earlier)
        ? { occurrence: earlier, date: previous.day.date }
        : { occurrence: hard, date: entry.day.date };
    pairs.push({
      week: entry.week,
      date: entry.day.date,
      previousDate: previous.day.date,
      sessionId: hard.sessionId,
      races: isRace(hard) && isRace(earlier),
      title: sessionTitle(change.occurrence.session, aerobicFields(change.occurrence)),
      day: dayName(change.date),
    });
  }
  return pairs;
}

/** Hard days are followed by easy days. */
export const noBackToBackHard = /* @__PURE__ */ defineRule({
  meta: {
    id: "no-back-to-back-hard",
    fundamental: "recovery",
    type: "problem",
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
        message: "{weeks} {has} hard sessions on {first} and {second}, back to back.",
        hint: "Keep an easy day between hard days: make {title} on {day} easy, or move it.",
      },
      races: {
        message: "{weeks} {has} races on {first} and {second}, back to back.",
        hint: "Race the one that matters and run the other as an easy run, or move it.",
      },
    },
  },
  check({ calendar, options, report }) {
    const pairs = pairsOf(allDays(calendar.weeks), calendar.plan.paces, options.allowIfNextDayEasy);
    // The same pair of weekdays week after week is said once; one pair is named by its dates.
    const key = (pair: (typeof pairs)[number]) =>
      [dayName(pair.previousDate), dayName(pair.date), pair.sessionId, pair.day, String(pair.races)].join(" ");
    for (const group of groupByKey(pairs, key)) {
      const first = group.entries[0];
      if (!first) continue;
      const single = group.entries.length === 1;
      report({
        messageId: first.races ? "races" : "backToBack",
        weeks: group.weeks,
        ...(single ? { date: first.date } : {}),
        sessionId: first.sessionId,
        measured: 2,
        limit: 1,
        data: {
          ...weeksData(group.weeks),
          first: single ? `${dayName(first.previousDate)} ${first.previousDate}` : dayName(first.previousDate),
          second: single ? `${dayName(first.date)} ${first.date}` : dayName(first.date),
          title: first.title,
          day: first.day,
        },
      });
    }
  },
});
