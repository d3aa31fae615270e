import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { groupByKey, over, percentBeside, round, sessionsOf, under, weeksData } from "../helpers.js";
import { allLevels } from "../levels.js";

const share = z.number().check(z.gte(0), z.lte(1));

/** Enough, but not so much that running fitness suffers. */
export const crossTrainingShare = /* @__PURE__ */ defineRule({
  meta: {
    id: "cross-training-share",
    fundamental: "cross-training",
    description:
      "Non-running minutes are between 10 % and 50 % of each week's aerobic minutes (transition weeks are not judged: cross-training may stand in for running there).",
    defaultSeverity: "info",
    evidence: "C/M",
    docs: "#cross-training-share",
    options: z.strictObject({ minShare: share, maxShare: share }),
    defaults: allLevels({ minShare: 0.1, maxShare: 0.5 }),
    messages: {
      tooLittle: {
        message: "Cross-training is {share} of the aerobic minutes {inWeeks}, below {min}.",
        hint: "Replace part of an easy run with a swim or bike ride.",
      },
      tooMuch: {
        message: "Cross-training is {share} of the aerobic minutes {inWeeks}, above {max}.",
        hint: "Keep some of it, but make running the larger part of aerobic training.",
      },
    },
  },
  check({ calendar, metrics, options, report }) {
    // The floor does not rely on optional cross-training (the athlete may leave it out); the cap counts it
    // (docs/domain.md, Optional sessions).
    const optionalCross = new Map(
      calendar.weeks.map((week) => [
        week.index,
        week.days.reduce(
          (sum, day) =>
            sum +
            sessionsOf(day)
              .filter((occurrence) => occurrence.kind === "cross" && occurrence.session.optional === true)
              .reduce((minutes, occurrence) => minutes + occurrence.session.minutes, 0),
          0,
        ),
      ]),
    );
    const outside = metrics.flatMap((week) => {
      if (week.aerobicMinutes === 0 || week.transition) return [];
      const share = week.crossMinutes / week.aerobicMinutes;
      const optional = optionalCross.get(week.week) ?? 0;
      const required = week.aerobicMinutes - optional;
      const floorShare = required === 0 ? undefined : (week.crossMinutes - optional) / required;
      if (floorShare !== undefined && under(floorShare, options.minShare))
        return [{ week: week.week, share: floorShare, messageId: "tooLittle", limit: options.minShare }];
      if (over(share, options.maxShare))
        return [{ week: week.week, share, messageId: "tooMuch", limit: options.maxShare }];
      return [];
    });
    for (const group of groupByKey(outside, (entry) => entry.messageId)) {
      const first = group.entries[0];
      if (!first) continue;
      const { messageId, limit } = first;
      // The week furthest from the band speaks for the group.
      const worst = group.entries.reduce((far, entry) =>
        Math.abs(entry.share - limit) > Math.abs(far.share - limit) ? entry : far,
      );
      const shares = group.entries.map((entry) => entry.share).sort((a, b) => a - b);
      const low = percentBeside(shares[0] ?? 0, limit);
      const high = percentBeside(shares.at(-1) ?? 0, limit);
      report({
        messageId,
        weeks: group.weeks,
        measured: round(worst.share),
        limit,
        data: {
          ...weeksData(group.weeks),
          share: low === high ? low : `${low.replace("%", "")}-${high}`,
          min: percentBeside(options.minShare, options.minShare),
          max: percentBeside(options.maxShare, options.maxShare),
        },
      });
    }
  },
});
