import * as z from "zod/mini";
import type { SessionOccurrence } from "../../schedule/types.js";
import { defineRule } from "../defineRule.js";
import { sessionsOf } from "../helpers/calendar.js";
import { isHardOccurrence, isKeyInWeek } from "../helpers/classify.js";
import { groupByKey } from "../helpers/grouping.js";
import { dayName, groupTitle } from "../helpers/text.js";
import { weeksOf } from "../helpers/messageData.js";
import { byLevel } from "../levels.js";
import type { Calendar } from "../../schedule/types.js";

/** What makes a day a key day: a race, a hard session, or a long run (the first that applies). */
type KeyKind = "race" | "hard" | "long";

/** A day's key session, if it has one. */
interface KeyDay {
  readonly week: number;
  readonly date: string;
  readonly occurrence: SessionOccurrence;
  readonly kind: KeyKind;
}

/** Two key days in a row: the second day, the first, and the session the hint asks to move or make easy. */
interface Pair {
  readonly week: number;
  readonly date: string;
  readonly first: KeyDay;
  readonly second: KeyDay;
  readonly change: KeyDay;
}

/** Each day's key session (a race first, then a hard session, then the week's long run), in date order. */
function keyDays(calendar: Calendar): (KeyDay | undefined)[] {
  const paces = calendar.plan.paces;
  // Loops, not flatMap-filter-find: it runs for every day of every validation.
  const days: (KeyDay | undefined)[] = [];
  for (const week of calendar.weeks)
    for (const day of week.days) {
      let race: SessionOccurrence | undefined;
      let hard: SessionOccurrence | undefined;
      let first: SessionOccurrence | undefined;
      for (const occurrence of sessionsOf(day)) {
        if (!isKeyInWeek(occurrence, week, paces)) continue;
        first ??= occurrence;
        if (race === undefined && occurrence.kind === "run" && occurrence.session.runType === "race") race = occurrence;
        if (hard === undefined && isHardOccurrence(occurrence, paces)) hard = occurrence;
      }
      const pick = race ?? hard ?? first;
      if (!pick) {
        days.push(undefined);
        continue;
      }
      const kind: KeyKind = race ? "race" : hard ? "hard" : "long";
      days.push({ week: week.index, date: day.date, occurrence: pick, kind });
    }
  return days;
}

function pairsOf(days: readonly (KeyDay | undefined)[], allowIfNextDayEasy: boolean, allowLongAfterHard: boolean) {
  const pairs: Pair[] = [];
  for (let index = 1; index < days.length; index += 1) {
    const first = days[index - 1];
    const second = days[index];
    if (!first || !second) continue;
    const races = [first.kind, second.kind].filter((kind) => kind === "race").length;
    if (races === 1) continue;
    if (allowLongAfterHard && first.kind === "hard" && second.kind === "long") continue;
    if (first.kind === "hard" && second.kind === "hard" && allowIfNextDayEasy) {
      // Past the plan's end counts as easy; a third hard day in a row never passes.
      const followedByEasy = days[index + 1]?.kind !== "hard";
      const thirdInRow = days[index - 2]?.kind === "hard";
      if (followedByEasy && !thirdInRow) continue;
    }
    // The hint moves the workout, never the long run; of two workouts or two long runs, the second.
    const change = first.kind === "hard" && second.kind === "long" ? first : second;
    pairs.push({ week: second.week, date: second.date, first, second, change });
  }
  return pairs;
}

/** The titles of a group's sessions: each session's range of values, one title per different session. */
function titlesOf(occurrences: readonly SessionOccurrence[]): string[] {
  const bySession = new Map<string, SessionOccurrence[]>();
  for (const occurrence of occurrences)
    bySession.set(occurrence.sessionId, [...(bySession.get(occurrence.sessionId) ?? []), occurrence]);
  return [...new Set([...bySession.values()].map(groupTitle))];
}

const messageOf = (pair: Pair) =>
  pair.first.kind === "race"
    ? "races"
    : pair.first.kind === "hard" && pair.second.kind === "hard"
      ? "backToBack"
      : "withLongRun";

/** Key days (hard sessions, long runs, races) are followed by easy days. */
export const noBackToBackHard = /* @__PURE__ */ defineRule({
  meta: {
    id: "no-back-to-back-hard",
    fundamental: "recovery",
    type: "problem",
    description:
      "No two key sessions (hard sessions, long runs, races) on consecutive days; elite: a long run the day after a hard session is allowed (two hard days followed by an easy day only with the option allowIfNextDayEasy). A race beside a workout is left to race-readiness and race-recovery.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#no-back-to-back-hard",
    rationale:
      "Warning: hard/easy alternation is coaching convention (Bowerman; Higdon's 48 hours): never two key sessions on consecutive days, and never a workout the day before the long run; advanced programs put a (medium-)long run after a workout (Pfitzinger), allowed for elite runners; 48 hours between hard sessions hold at every level (COACHING.md 3.3).",
    options: z.strictObject({ allowIfNextDayEasy: z.boolean(), allowLongAfterHard: z.optional(z.boolean()) }),
    defaults: byLevel(
      { allowIfNextDayEasy: false, allowLongAfterHard: false },
      { allowIfNextDayEasy: false, allowLongAfterHard: false },
      { allowIfNextDayEasy: false, allowLongAfterHard: false },
      // COACHING.md 3.3: >= 48 h between hard sessions at every level (Bowerman, Higdon); the pair of hard days is
      // an option, not a default.
      { allowIfNextDayEasy: false, allowLongAfterHard: true },
    ),
    messages: {
      backToBack: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} hard sessions on {single, select, true {{firstDate, weekday} {firstDate}} other {{firstDate, weekday}}} and {single, select, true {{secondDate, weekday} {secondDate}} other {{secondDate, weekday}}}, back to back.",
        hint: "Keep an easy day between hard days: make {title, list, or} on {changeDate, weekday} easy, or move it.",
      },
      withLongRun: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} two key sessions back to back: {firstTitle, list, or} on {single, select, true {{firstDate, weekday} {firstDate}} other {{firstDate, weekday}}}, then {secondTitle, list, or} on {single, select, true {{secondDate, weekday} {secondDate}} other {{secondDate, weekday}}}.",
        hint: "Keep an easy day between a workout and the long run: move {title, list, or} off {changeDate, weekday}, or make it easy.",
      },
      races: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {has} other {have}} races on {single, select, true {{firstDate, weekday} {firstDate}} other {{firstDate, weekday}}} and {single, select, true {{secondDate, weekday} {secondDate}} other {{secondDate, weekday}}}, back to back.",
        hint: "Race the one that matters and run the other as an easy run, or move it.",
      },
    },
  },
  check({ calendar, options, report }) {
    const pairs = pairsOf(keyDays(calendar), options.allowIfNextDayEasy, options.allowLongAfterHard === true);
    // The same pair of weekdays week after week is said once, whichever sessions fill it (hills or a tempo on
    // Wednesdays, then a fartlek on Thursdays is one habit of the plan); one pair is named by its dates.
    const key = (pair: Pair) => [dayName(pair.first.date), dayName(pair.date), messageOf(pair)].join(" ");
    for (const group of groupByKey(pairs, key)) {
      const [head] = group.entries;
      if (!head) continue;
      const single = group.entries.length === 1;
      report({
        messageId: messageOf(head),
        weeks: group.weeks,
        ...(single ? { date: head.date } : {}),
        sessionId: head.second.occurrence.sessionId,
        measured: 2,
        limit: 1,
        data: {
          ...weeksOf(group.weeks),
          // One pair is named by its dates, a pair repeated week after week by its first week's weekdays.
          single,
          firstDate: head.first.date,
          secondDate: head.date,
          // A grouped finding names the range of its weeks' values ("Long run 9-10 mi"), not one week's.
          // Different sessions on the same weekdays are named each: `{title, list, or}` joins them.
          firstTitle: titlesOf(group.entries.map((pair) => pair.first.occurrence)),
          secondTitle: titlesOf(group.entries.map((pair) => pair.second.occurrence)),
          title: titlesOf(group.entries.map((pair) => pair.change.occurrence)),
          changeDate: head.change.date,
        },
      });
    }
  },
});
