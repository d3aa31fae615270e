import * as z from "zod/mini";
import { addDays, daysBetween } from "../../calendar/civilDate.js";
import { sessionTitle } from "../../model/sessionText.js";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import { isRace, racePriority } from "../../schedule/keySession.js";
import { isKeyInWeek } from "../helpers/classify.js";
import type { CalendarWeek, SessionOccurrence } from "../../schedule/types.js";
import { defineRule } from "../defineRule.js";
import { sessionsOf } from "../helpers/calendar.js";
import { allLevels } from "../levels.js";
import type { RuleReport } from "../types.js";

const days = z.int().check(z.gte(0), z.lte(28));

/** A session too close before a race: which rule of the two it breaks, and by how much. */
interface TooClose {
  readonly messageId: "hardBefore" | "intervalsBefore";
  readonly window: number;
}

/**
 * Fresh legs on race day (COACHING.md 7.1): VO2max sessions need about 5 days to clear, long runs and threshold work
 * about 3-4 (a coaching convention: KAR, the mini-taper, Pfitzinger, Higdon's mini-taper), so no hard session and no
 * long run in the 2 days before a race, 3 before an A or a B race, and no intervals in the 5 days before an A race
 * nor the 4 before a B race (a B race's mini-taper: last workout 4 days before).
 */
export const raceReadiness = /* @__PURE__ */ defineRule({
  meta: {
    id: "race-readiness",
    fundamental: "load",
    type: "problem",
    description:
      "No hard session and no long run in the 2 days before a race (option days), 3 before an A race (aRaceDays) or a B race (bRaceDays), and no intervals in the 5 days before an A race (aRaceIntervalDays) nor the 4 before a B race (bRaceIntervalDays). A long run is a run of type long, or the longest run of its week at 75 minutes or more.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#race-readiness",
    rationale:
      "Warning, a coaching convention (COACHING.md 7.1: Pfitzinger, Higdon's two-day mini-taper, KAR and the mini-taper for a B race: last workout 4 days before, intervals at least 4-5 days before; intervals at least 5 days before an A race); the windows are the lower bound of what coaches write.",
    options: z.strictObject({
      days,
      aRaceDays: days,
      aRaceIntervalDays: days,
      bRaceDays: days,
      bRaceIntervalDays: days,
    }),
    defaults: allLevels({ days: 2, aRaceDays: 3, aRaceIntervalDays: 5, bRaceDays: 3, bRaceIntervalDays: 4 }),
    messages: {
      hardBefore: {
        message:
          "{title} on {date} comes {daysBefore, plural, one {# day} other {# days}} before the race on {raceDate} ({race}); keep the {windowDays, plural, one {# day} other {# days}} before a race free of hard sessions and long runs.",
        hint: "Move it to {earliest} or earlier, or make it a short easy run.",
      },
      intervalsBefore: {
        message:
          "{title} on {date} comes {daysBefore, plural, one {# day} other {# days}} before the {priority} race on {raceDate} ({race}); keep the {windowDays, plural, one {# day} other {# days}} before it free of intervals.",
        hint: "Move it to {earliest} or earlier, or make it strides or a short tempo.",
      },
    },
  },
  check({ calendar, options, report }) {
    const { paces } = calendar.plan;
    const entries = calendar.weeks.flatMap((week) => week.days.map((day) => ({ week, day })));
    const tooClose = (
      occurrence: SessionOccurrence,
      week: CalendarWeek,
      gap: number,
      windows: Windows,
    ): TooClose | undefined => {
      if (isRace(occurrence)) return undefined;
      const key = isKeyInWeek(occurrence, week, paces);
      if (key && gap <= windows.hard) return { messageId: "hardBefore", window: windows.hard };
      const intervals = occurrence.kind === "run" && occurrence.session.runType === "intervals";
      if (intervals && gap <= windows.intervals) return { messageId: "intervalsBefore", window: windows.intervals };
      return undefined;
    };
    for (const race of calendar.occurrences.filter(isRace) as SessionOccurrence<"run">[]) {
      const priority = racePriority(race);
      const windows = windowsOf(priority, options);
      const from = addDays(race.date, -Math.max(windows.hard, windows.intervals));
      for (const { week, day } of entries.filter((entry) => entry.day.date >= from && entry.day.date < race.date)) {
        const gap = daysBetween(day.date, race.date);
        for (const occurrence of sessionsOf(day)) {
          const found = tooClose(occurrence, week, gap, windows);
          if (found) report(reportOf(found, { race, priority, occurrence, week: week.index, gap }));
        }
      }
    }
  },
});

/** The days before a race kept free of hard sessions and long runs, and of intervals (0: not judged). */
interface Windows {
  readonly hard: number;
  readonly intervals: number;
}

/** A race's windows by its priority: A and B races have their own, a C race only the general one. */
function windowsOf(
  priority: "A" | "B" | "C",
  options: {
    readonly days: number;
    readonly aRaceDays: number;
    readonly aRaceIntervalDays: number;
    readonly bRaceDays: number;
    readonly bRaceIntervalDays: number;
  },
): Windows {
  if (priority === "A") return { hard: options.aRaceDays, intervals: options.aRaceIntervalDays };
  if (priority === "B") return { hard: options.bRaceDays, intervals: options.bRaceIntervalDays };
  return { hard: options.days, intervals: 0 };
}

/** The finding of a session too close before a race. */
function reportOf(
  found: TooClose,
  at: {
    readonly race: SessionOccurrence<"run">;
    readonly priority: "A" | "B" | "C";
    readonly occurrence: SessionOccurrence;
    readonly week: number;
    readonly gap: number;
  },
): RuleReport {
  const { race, occurrence } = at;
  return {
    messageId: found.messageId,
    week: at.week,
    date: occurrence.date,
    sessionId: occurrence.sessionId,
    measured: at.gap,
    limit: found.window + 1,
    data: {
      title: sessionTitle(occurrence.session, aerobicFields(occurrence)),
      date: occurrence.date,
      daysBefore: at.gap,
      raceDate: race.date,
      race: sessionTitle(race.session, aerobicFields(race)),
      windowDays: found.window,
      priority: at.priority,
      earliest: addDays(race.date, -(found.window + 1)),
    },
  };
}
