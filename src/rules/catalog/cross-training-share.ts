import * as z from "zod/mini";
import { defineRule } from "../defineRule.js";
import { lowerMinutes, sessionsOf, upperMinutes } from "../helpers/calendar.js";
import { groupByKey } from "../helpers/grouping.js";
import { over, round, under } from "../helpers/numbers.js";
import { shareBeside, weeksOf } from "../helpers/messageData.js";
import { allLevels } from "../levels.js";

const share = z.number().check(z.gte(0), z.lte(1));

/** Enough, but not so much that running fitness suffers. */
export const crossTrainingShare = /* @__PURE__ */ defineRule({
  meta: {
    id: "cross-training-share",
    fundamental: "cross-training",
    type: "problem",
    description:
      "Non-running minutes are between 10 % and 50 % of each week's aerobic minutes (transition weeks are not judged: cross-training may stand in for running there; nor weeks without any cross-training, which cross-training-weekly reports).",
    defaultSeverity: "info",
    evidence: "C/M",
    docs: "#cross-training-share",
    rationale:
      "Info: a band of 10-50 % is convention with mixed evidence; transition weeks, where cross-training may stand in for running, are not judged.",
    options: z.strictObject({ minShare: share, maxShare: share }),
    defaults: allLevels({ minShare: 0.1, maxShare: 0.5 }),
    messages: {
      tooLittle: {
        message:
          "Cross-training is {shareRange, select, true {{share, number, percent}-{shareHigh, number, percent}} other {{share, number, percent}}} of the aerobic minutes in {weekCount, plural, one {week} other {weeks}} {weeks, weeks}, below {min, number, percent}.",
        hint: "Replace part of an easy run with a swim or bike ride.",
      },
      tooMuch: {
        message:
          "Cross-training is {shareRange, select, true {{share, number, percent}-{shareHigh, number, percent}} other {{share, number, percent}}} of the aerobic minutes in {weekCount, plural, one {week} other {weeks}} {weeks, weeks}, above {max, number, percent}.",
        hint: "Keep some of it, but make running the larger part of aerobic training.",
      },
    },
  },
  check({ calendar, options, report }) {
    // Runs count as planned. The floor takes cross-training at the lower bound of its ranges and leaves out optional
    // sessions (the athlete may skip them); the cap takes it at the upper bound, optional sessions included
    // (docs/domain.md, Optional sessions; ranges as long-run-share judges them).
    const outside = calendar.weeks.flatMap((week) => {
      if (week.phaseType === "transition") return [];
      let runMinutes = 0;
      let crossMinutes = 0;
      let crossFloor = 0;
      let crossCap = 0;
      for (const day of week.days) {
        for (const occurrence of sessionsOf(day)) {
          if (occurrence.kind === "run") runMinutes += occurrence.session.minutes;
          if (occurrence.kind !== "cross") continue;
          crossMinutes += occurrence.session.minutes;
          crossCap += upperMinutes(occurrence);
          if (occurrence.session.optional !== true) crossFloor += lowerMinutes(occurrence);
        }
      }
      // A week without any cross-training is cross-training-weekly's (coverage) to say, not a share to judge.
      if (crossCap === 0 || runMinutes + crossMinutes === 0) return [];
      const floorShare = runMinutes + crossFloor === 0 ? undefined : crossFloor / (runMinutes + crossFloor);
      if (floorShare !== undefined && under(floorShare, options.minShare))
        return [{ week: week.index, share: floorShare, messageId: "tooLittle", limit: options.minShare }];
      const capShare = crossCap / (runMinutes + crossCap);
      if (over(capShare, options.maxShare))
        return [{ week: week.index, share: capShare, messageId: "tooMuch", limit: options.maxShare }];
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
      const low = shareBeside(shares[0] ?? 0, limit);
      const high = shareBeside(shares.at(-1) ?? 0, limit);
      report({
        messageId,
        weeks: group.weeks,
        measured: round(worst.share),
        limit,
        data: {
          ...weeksOf(group.weeks),
          share: low,
          shareHigh: high,
          shareRange: low !== high,
          min: shareBeside(options.minShare, options.minShare),
          max: shareBeside(options.maxShare, options.maxShare),
        },
      });
    }
  },
});
