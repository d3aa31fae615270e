import * as z from "zod/mini";
import type { CalendarWeek } from "../../schedule/types.js";
import { defineRule } from "../defineRule.js";
import { runsOf, upperMinutes } from "../helpers/calendar.js";
import { over, round } from "../helpers/numbers.js";
import { shareBeside } from "../helpers/messageData.js";
import { historyWeeks } from "../history.js";
import { allLevels } from "../levels.js";
import { isYouth } from "../../model/recentRace.js";
import type { RuleReport } from "../types.js";

const share = z.number().check(z.gte(0), z.lte(10));

/**
 * Which week a volume is, for the message: a plan week (`comparedWeek`), a history week (`weeksBefore` the plan), or
 * the athlete's in-season week.
 */
type VolumeRef =
  | { readonly compared: "week"; readonly comparedWeek: number }
  | { readonly compared: "history"; readonly weeksBefore: number }
  | { readonly compared: "in-season" };

/** What a week ran: minutes (ranges at their upper bound), and km when every run gives a distance. */
interface Volume {
  readonly ref: VolumeRef;
  readonly minutes: number;
  readonly km: number | undefined;
  readonly transition?: boolean;
}

/**
 * For each week, whether it returns from a transition phase or a break of 2 weeks or more without running: such
 * weeks are judged against the athlete's in-season week until one reaches it (docs/domain.md, Coaching model).
 */
function returning(weeks: readonly Volume[], inSeason: number | undefined): boolean[] {
  let back = false;
  let idle = 0;
  return weeks.map((week) => {
    const now = back;
    idle = week.minutes === 0 ? idle + 1 : 0;
    if (week.transition === true || idle >= 2) back = inSeason !== undefined;
    else if (inSeason !== undefined && week.minutes >= inSeason) back = false;
    return now && week.transition !== true;
  });
}

function volumeOf(week: CalendarWeek): Volume {
  let km: number | undefined = 0;
  let minutes = 0;
  // Loops, not flatMap-reduce: it runs for every week of every validation.
  for (const day of week.days)
    for (const run of runsOf(day)) {
      const distance = run.kind === "run" ? (run.ranges?.distanceKm?.max ?? run.session.distanceKm) : undefined;
      km = km === undefined || distance === undefined ? undefined : km + distance;
      minutes += upperMinutes(run);
    }
  return {
    ref: { compared: "week", comparedWeek: week.index },
    minutes,
    km,
    transition: week.phaseType === "transition",
  };
}

/** The bigger growth of minutes and km (km when every week compared gives them) over the highest of `previous`. */
function worstChange(current: Volume, previous: readonly Volume[]) {
  const highest = (read: (volume: Volume) => number | undefined) =>
    previous.reduce<Volume | undefined>(
      // The latest of equal weeks is the one named.
      (best, volume) => ((read(volume) ?? 0) >= (best ? (read(best) ?? 0) : Number.MIN_VALUE) ? volume : best),
      undefined,
    );
  const byMinutes = highest((volume) => volume.minutes);
  const kmKnown = current.km !== undefined && previous.every((volume) => volume.km !== undefined);
  const byKm = kmKnown ? highest((volume) => volume.km) : undefined;
  const candidates: { unit: string; peak: Volume; before: number; after: number }[] = [];
  if (byMinutes)
    candidates.push({ unit: "minutes", peak: byMinutes, before: byMinutes.minutes, after: current.minutes });
  if (byKm) candidates.push({ unit: "km", peak: byKm, before: byKm.km ?? 0, after: current.km ?? 0 });
  return candidates
    .filter((entry) => entry.before > 0)
    .map((entry) => ({ ...entry, change: entry.after / entry.before - 1 }))
    .sort((a, b) => b.change - a.change)[0];
}

/**
 * Growth over 2 weeks (Nielsen 2014: > 30 % in 2 weeks, HR 1.59): the week against the highest of the 3 weeks before
 * the week before, in minutes; not when the week before was a spike or a transition (that finding says it), nor
 * against a week before the plan.
 */
function twoWeeks(
  weeks: readonly Volume[],
  offset: number,
  at: number,
  week: number,
  spikes: ReadonlySet<number>,
  limit: number,
  report: (finding: RuleReport) => void,
): void {
  const current = weeks[at];
  const before = weeks[at - 1];
  if (!current || !before || before.transition === true || spikes.has(week - 1)) return;
  // Transition weeks start low by design: never the level a build is measured from.
  const window = weeks.slice(Math.max(offset, at - 4), at - 1).filter((volume) => volume.transition !== true);
  const peak = window.reduce<Volume | undefined>(
    (best, volume) => (volume.minutes >= (best?.minutes ?? 0) ? volume : best),
    undefined,
  );
  if (!peak || peak.minutes <= 0) return;
  const change = current.minutes / peak.minutes - 1;
  if (!over(change, limit)) return;
  const from = week - (at - weeks.indexOf(peak));
  report({
    messageId: "twoWeekSpike",
    week,
    measured: round(change),
    limit,
    data: {
      week,
      from,
      change: shareBeside(change, limit),
      unit: "minutes",
      before: round(peak.minutes, 1),
      after: round(current.minutes, 1),
      limit: shareBeside(limit, limit),
      target: Math.floor(peak.minutes * (1 + limit)),
    },
  });
}

/**
 * Week-over-week growth of running, against the highest of the 3 weeks before (so a return from a reduced week to
 * the level before it is no ramp). The 10 % rule is folklore (Buist 2008); more than 30 % raised distance-related
 * injuries (Nielsen 2014). Transition weeks are not judged: a return from the season's last race starts low.
 */
export const weeklyVolumeProgression = /* @__PURE__ */ defineRule({
  meta: {
    id: "weekly-volume-progression",
    fundamental: "load",
    type: "problem",
    description:
      "Running minutes (and km, when every run of the weeks compared gives one) against the highest of the 3 weeks before: over 10 % is noted (info), over 30 % is a warning (over 10 % for youth under 18: youthWarnAbove); against the highest of the 3 weeks before the week before, over 30 % in 2 weeks is a warning (twoWeekWarnAbove); transition weeks are not judged, and the weeks after a transition phase or a break of 2 weeks or more are judged against the athlete's inSeasonWeeklyRunMinutes when given (a return up to it is no ramp).",
    defaultSeverity: "warning",
    evidence: "M",
    docs: "#weekly-volume-progression",
    rationale:
      "Warning above 30 % (Nielsen 2014: more injuries, > 30 % over 2 weeks), info above 10 % (the 10 % rule is folklore, Buist 2008); youth: a warning above 10 % (AAP consensus, COACHING.md 2.2). Against the highest of the 3 weeks before, so that a return from a reduced week is not a ramp; transition weeks are not judged.",
    options: z.strictObject({ infoAbove: share, warnAbove: share, youthWarnAbove: share, twoWeekWarnAbove: share }),
    defaults: allLevels({ infoAbove: 0.1, warnAbove: 0.3, youthWarnAbove: 0.1, twoWeekWarnAbove: 0.3 }),
    messages: {
      spike: {
        message:
          "Week {week} runs {change, number, percent} more {unit, select, km {km} other {minutes}} than {compared, select, in-season {the athlete's in-season week} history {{weeksBefore, plural, one {the week before the plan} other {# weeks before the plan}}, the highest of the 3 weeks before} other {week {comparedWeek}, the highest of the 3 weeks before}} ({before} to {after}); more than {limit, number, percent} raises the risk of injury.",
        hint: "Build up over more weeks: about {target} {unit, select, km {km} other {minutes}} in week {week}.",
      },
      increase: {
        message:
          "Week {week} runs {change, number, percent} more {unit, select, km {km} other {minutes}} than {compared, select, in-season {the athlete's in-season week} history {{weeksBefore, plural, one {the week before the plan} other {# weeks before the plan}}, the highest of the 3 weeks before} other {week {comparedWeek}, the highest of the 3 weeks before}} ({before} to {after}).",
        hint: "Increases above {limit, number, percent} a week are fine now and then; keep most weeks below.",
        severity: "info",
      },
      twoWeekSpike: {
        message:
          "Week {week} runs {change, number, percent} more {unit, select, km {km} other {minutes}} than week {from}, two weeks earlier ({before} to {after}); more than {limit, number, percent} over 2 weeks raises the risk of injury.",
        hint: "Hold week {week} near {target} {unit, select, km {km} other {minutes}}, or add a week to the build.",
      },
    },
  },
  check({ calendar, history, athlete, options: given, report }) {
    // Youth: no more than 10 % a week (AAP), a warning.
    const options = isYouth(athlete?.age)
      ? { ...given, warnAbove: Math.min(given.warnAbove, given.youthWarnAbove) }
      : given;
    const inSeason = athlete?.inSeasonWeeklyRunMinutes;
    const spikes = new Set<number>();
    const weeks: Volume[] = [
      ...historyWeeks(history).map((week, index, all) => ({
        ref: { compared: "history" as const, weeksBefore: all.length - index },
        minutes: week.runMinutes,
        km: week.runKm,
      })),
      ...calendar.weeks.map(volumeOf),
    ];
    const offset = weeks.length - calendar.weeks.length;
    const back = returning(weeks, inSeason);
    const inSeasonWeek: Volume = { ref: { compared: "in-season" }, minutes: inSeason ?? 0, km: undefined };
    calendar.weeks.forEach((week, index) => {
      const current = weeks[offset + index];
      if (week.phaseType === "transition" || !current) return;
      // A return up to the in-season week is no ramp; past it, the in-season week is the level to compare with.
      const returns = back[offset + index] === true;
      if (returns && current.minutes <= inSeasonWeek.minutes) return;
      const previous = [
        ...weeks.slice(Math.max(0, offset + index - 3), offset + index),
        ...(returns ? [inSeasonWeek] : []),
      ];
      const worst = worstChange(current, previous);
      if (!worst || !over(worst.change, options.infoAbove)) {
        if (!returns) twoWeeks(weeks, offset, offset + index, week.index, spikes, options.twoWeekWarnAbove, report);
        return;
      }
      const spike = over(worst.change, options.warnAbove);
      if (spike) spikes.add(week.index);
      else if (!returns) twoWeeks(weeks, offset, offset + index, week.index, spikes, options.twoWeekWarnAbove, report);
      const limit = spike ? options.warnAbove : options.infoAbove;
      const decimals = worst.unit === "km" ? 1 : 0;
      report({
        messageId: spike ? "spike" : "increase",
        week: week.index,
        measured: round(worst.change),
        limit,
        data: {
          week: week.index,
          ...worst.peak.ref,
          change: shareBeside(worst.change, limit),
          unit: worst.unit,
          before: round(worst.before, 1),
          after: round(worst.after, 1),
          limit: shareBeside(limit, limit),
          target: Math.floor(worst.before * (1 + options.warnAbove) * 10 ** decimals) / 10 ** decimals,
        },
      });
    });
  },
});
