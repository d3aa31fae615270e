import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { over, round } from "../helpers/numbers.js";
import { roundBeside, weeksOf } from "../helpers/messageData.js";
import { allLevels } from "../levels.js";

/**
 * The base phase builds on the season, not past it by far: coaches peak the base at 100-120 % of an in-season week
 * (Lydiard, Pfitzinger; high-school summers up to 115 %), so 1.5 x is well beyond any published plan (COACHING.md 2.4).
 */
export const baseVolume = /* @__PURE__ */ defineRule({
  meta: {
    id: "base-volume",
    fundamental: "load",
    type: "problem",
    description:
      "A base or pre-season week runs at most 1.5 x the athlete's inSeasonWeeklyRunMinutes (ranges at their midpoints); needs the in-season minutes.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#base-volume",
    rationale:
      "Warning, a coaching convention: the base peaks at 100-120 % of an in-season week (Lydiard, Pfitzinger; COACHING.md 2.4), so 1.5 x is far beyond what coaches plan; no study sets the line.",
    options: z.strictObject({ maxRatio: z.number().check(z.gt(0), z.lte(10)) }),
    defaults: allLevels({ maxRatio: 1.5 }),
    messages: {
      tooMuch: {
        message:
          "{weekCount, plural, one {Week} other {Weeks}} {weeks, weeks} {weekCount, plural, one {is} other {are}} up to {minutes} min of running, {ratio} x the athlete's in-season week of {inSeason} min; a base week runs at most {max} x.",
        hint: "Keep base weeks to {limitMinutes} run minutes or less, and build towards the in-season level first.",
      },
    },
  },
  check({ calendar, metrics, athlete, options, report }) {
    const inSeason = athlete?.inSeasonWeeklyRunMinutes;
    if (inSeason === undefined || inSeason <= 0) return;
    const tooMuch = metrics.filter(
      (week, index) =>
        calendar.weeks[index]?.phaseType !== "transition" && over(week.runMinutes / inSeason, options.maxRatio),
    );
    if (tooMuch.length === 0) return;
    const most = Math.max(...tooMuch.map((week) => week.runMinutes));
    const weeks = tooMuch.map((week) => week.week);
    report({
      messageId: "tooMuch",
      weeks,
      measured: round(most / inSeason),
      limit: options.maxRatio,
      data: {
        ...weeksOf(weeks),
        minutes: round(most, 1),
        ratio: roundBeside(most / inSeason, options.maxRatio, 1),
        inSeason,
        max: options.maxRatio,
        limitMinutes: Math.floor(options.maxRatio * inSeason),
      },
    });
  },
});
