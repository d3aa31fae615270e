import { shareBeside, weeksOf } from "../helpers/messageData.js";
import * as z from "zod/mini";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import { addDays, daysBetween } from "../../calendar/civilDate.js";
import { seasonEndingRace } from "../../model/recentRace.js";
import { sessionTitle } from "../../model/sessionText.js";
import type { CalendarDay, CalendarWeek } from "../../schedule/types.js";
import { defineRule } from "../defineRule.js";
import { allDays, runsOf, upperMinutes } from "../helpers/calendar.js";
import { isHardOccurrence } from "../helpers/classify.js";
import { groupByKey } from "../helpers/grouping.js";
import { over, round } from "../helpers/numbers.js";
import { allLevels } from "../levels.js";
import type { RuleContext } from "../types.js";

const share = z.number().check(z.gt(0), z.lte(2));
const OPTIONS = z.strictObject({
  maxShare: share,
  laterMaxShare: share,
  firstDaysMaxShare: share,
  firstDays: z.int().check(z.gte(1), z.lte(28)),
  firstDaysMaxRunMinutes: z.int().check(z.gte(1), z.lte(600)),
});
type Options = z.infer<typeof OPTIONS>;
type Report = RuleContext<Options>["report"];
type Day = ReturnType<typeof allDays>[number];

/** Run minutes of days, ranges at their upper bound. */
function runMinutes(days: readonly CalendarDay[]): number {
  return days.flatMap(runsOf).reduce((sum, run) => sum + upperMinutes(run), 0);
}

/**
 * The cap of a transition week (COACHING.md 1.2, the return after a marathon): `maxShare` (60 %) when it starts in
 * the first two weeks after the season, or when the season's end is unknown; `laterMaxShare` (80 %) from the third.
 */
function capOf(week: CalendarWeek, seasonEnd: string | undefined, options: Options): number {
  if (seasonEnd === undefined) return options.maxShare;
  return daysBetween(seasonEnd, week.startDate) <= 2 * options.firstDays ? options.maxShare : options.laterMaxShare;
}

/** The transition weeks that run more than their cap of the in-season week: one finding per cap. */
function checkWeeks(
  weeks: readonly CalendarWeek[],
  at: { readonly inSeason: number; readonly seasonEnd: string | undefined },
  options: Options,
  report: Report,
): void {
  const { inSeason } = at;
  const tooMuch = weeks.flatMap((week) => {
    // A week that starts on the day after the season is the first days' to judge (40 %).
    if (at.seasonEnd !== undefined && daysBetween(at.seasonEnd, week.startDate) === 1) return [];
    const minutes = runMinutes(week.days);
    const cap = capOf(week, at.seasonEnd, options);
    return over(minutes / inSeason, cap) ? [{ week: week.index, minutes, cap }] : [];
  });
  for (const group of groupByKey(tooMuch, (entry) => String(entry.cap))) {
    const most = Math.max(...group.entries.map((entry) => entry.minutes));
    const cap = group.entries[0]?.cap ?? options.maxShare;
    report({
      messageId: "weekTooMuch",
      weeks: group.weeks,
      measured: round(most / inSeason),
      limit: cap,
      data: {
        ...weeksOf(group.weeks),
        minutes: round(most, 1),
        share: shareBeside(most / inSeason, cap),
        inSeason,
        max: shareBeside(cap, cap),
        limitMinutes: Math.floor(cap * inSeason),
      },
    });
  }
}

/**
 * The day the season ended: the later of the athlete's `seasonEndDate` and the last of the `recentRaces` on or before
 * the plan's start (the race that ended the season).
 */
function seasonEndOf(athlete: RuleContext<Options>["athlete"], startDate: string): string | undefined {
  const race = seasonEndingRace(athlete?.recentRaces, startDate)?.date;
  const given = athlete?.seasonEndDate;
  if (race === undefined || given === undefined) return race ?? given;
  return race > given ? race : given;
}

/** The first days after the season, when they run more than `firstDaysMaxShare` of the in-season week. */
function checkFirstDaysVolume(firstDays: readonly Day[], inSeason: number, options: Options, report: Report): void {
  const first = firstDays[0];
  const last = firstDays.at(-1);
  const minutes = runMinutes(firstDays.map(({ day }) => day));
  if (!first || !last || !over(minutes / inSeason, options.firstDaysMaxShare)) return;
  report({
    messageId: "firstDaysTooMuch",
    week: first.week,
    date: first.day.date,
    measured: round(minutes / inSeason),
    limit: options.firstDaysMaxShare,
    data: {
      firstDays: options.firstDays,
      from: first.day.date,
      to: last.day.date,
      minutes: round(minutes, 1),
      share: shareBeside(minutes / inSeason, options.firstDaysMaxShare),
      inSeason,
      max: shareBeside(options.firstDaysMaxShare, options.firstDaysMaxShare),
      limitMinutes: Math.floor(options.firstDaysMaxShare * inSeason),
    },
  });
}

/** Each hard session, and each run over `firstDaysMaxRunMinutes`, of the first days after the season. */
function checkFirstDaysSessions(
  firstDays: readonly Day[],
  seasonEnd: string,
  paces: Readonly<Record<string, string>> | undefined,
  options: Options,
  report: Report,
): void {
  const ready = addDays(seasonEnd, options.firstDays + 1);
  for (const { week, day } of firstDays) {
    const common = {
      date: day.date,
      daysAfter: daysBetween(seasonEnd, day.date),
      seasonEnd,
      firstDays: options.firstDays,
      ready,
    };
    for (const occurrence of day.occurrences) {
      if (occurrence.kind === "habit") continue;
      // The title only for a session reported: most of the first days' sessions are fine.
      const title = () => sessionTitle(occurrence.session, aerobicFields(occurrence));
      const location = { week, date: day.date, sessionId: occurrence.sessionId };
      if (isHardOccurrence(occurrence, paces)) {
        report({ messageId: "firstDaysHard", ...location, data: { ...common, title: title() } });
      } else if (occurrence.kind === "run" && over(upperMinutes(occurrence), options.firstDaysMaxRunMinutes)) {
        report({
          messageId: "firstDaysLong",
          ...location,
          measured: upperMinutes(occurrence),
          limit: options.firstDaysMaxRunMinutes,
          data: {
            ...common,
            title: title(),
            minutes: round(upperMinutes(occurrence), 1),
            max: options.firstDaysMaxRunMinutes,
          },
        });
      }
    }
  }
}

/**
 * A transition is recovery from the season: the return after a marathon (COACHING.md 1.2) at most 40 % of in-season
 * running in the first 7 days after the season, 60 % in the second week, 80 % from the third (a coaching convention:
 * Competitor 2013, Higdon; Mujika and Padilla 2001 on reduced training in the transition).
 */
export const transitionVolume = /* @__PURE__ */ defineRule({
  meta: {
    id: "transition-volume",
    fundamental: "load",
    type: "problem",
    description:
      "The return after the season (the later of seasonEndDate and the athlete's last race before the plan): the first 7 days run at most 40 % of the athlete's inSeasonWeeklyRunMinutes, with no hard session and no run over 45 min; a transition week starting in the second week after the season at most 60 %, from the third at most 80 % (60 % when the season's end is unknown). Ranges count at their upper bound.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#transition-volume",
    rationale:
      "Warning, a coaching convention: published returns after a marathon run 12-30 % of an in-season week in the first week, 36-55 % in the second, 60-75 % in the third and fourth (Competitor 2013, Higdon); the caps (40 / 60 / 80 %) sit above them.",
    options: OPTIONS,
    defaults: allLevels({
      maxShare: 0.6,
      laterMaxShare: 0.8,
      firstDaysMaxShare: 0.4,
      firstDays: 7,
      firstDaysMaxRunMinutes: 45,
    }),
    messages: {
      weekTooMuch: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} of the transition {weekCount, plural, one {has} other {have}} up to {minutes} min of running, {share, number, percent} of the athlete's {inSeason} min of an in-season week; a transition week runs at most {max, number, percent}.",
        hint: "Keep each transition week to {limitMinutes} run minutes or less: more rest, easy cross-training, shorter runs.",
      },
      firstDaysTooMuch: {
        message:
          "The first {firstDays} days after the season ({from} to {to}) have {minutes} min of running, {share, number, percent} of an in-season week's {inSeason} min; keep them to {max, number, percent}.",
        hint: "Run {limitMinutes} min or less in those days, mostly rest and easy cross-training.",
      },
      firstDaysHard: {
        message:
          "{title} on {date} is a hard session {daysAfter, plural, one {# day} other {# days}} after the season ended ({seasonEnd}); the first {firstDays} days are for recovery.",
        hint: "Make it an easy run or cross-training, or move it to {ready} or later.",
      },
      firstDaysLong: {
        message:
          "{title} on {date} comes {daysAfter, plural, one {# day} other {# days}} after the season ended ({seasonEnd}); runs of the first {firstDays} days stay within {max} min.",
        hint: "Shorten it to {max} min or less, or move it to {ready} or later.",
      },
      unchecked: {
        message:
          "The transition's running was not checked against the season: the athlete gives no inSeasonWeeklyRunMinutes.",
        hint: "Add the athlete's inSeasonWeeklyRunMinutes (typical running minutes of an in-season week) to check it.",
        // A note of what could not be checked: info whatever the config.
        severity: "info",
      },
    },
  },
  check({ calendar, athlete, options, report }) {
    const inSeason = athlete?.inSeasonWeeklyRunMinutes;
    const seasonEnd = seasonEndOf(athlete, calendar.startDate);
    const transitionWeeks = calendar.weeks.filter((week) => week.phaseType === "transition");
    const days = allDays(calendar.weeks);
    const firstDays =
      seasonEnd === undefined
        ? []
        : days.filter(({ day }) => day.date > seasonEnd && day.date <= addDays(seasonEnd, options.firstDays));
    if (inSeason === undefined) {
      if (transitionWeeks.length > 0 || firstDays.length > 0) report({ messageId: "unchecked", note: true });
    } else if (inSeason > 0) {
      checkWeeks(transitionWeeks, { inSeason, seasonEnd }, options, report);
      checkFirstDaysVolume(firstDays, inSeason, options, report);
    }
    if (seasonEnd !== undefined) checkFirstDaysSessions(firstDays, seasonEnd, calendar.plan.paces, options, report);
  },
});
