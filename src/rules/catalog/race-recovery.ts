import * as z from "zod/mini";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import { addDays, daysBetween } from "../../calendar/civilDate.js";
import { KM_PER_MILE } from "../../model/intensity.js";
import { sessionTitle } from "../../model/sessionText.js";
import type { SessionOccurrence } from "../../schedule/types.js";
import { defineRule } from "../defineRule.js";
import { allDays, runsOf, sessionsOf, upperMinutes } from "../helpers/calendar.js";
import { isHardOccurrence } from "../helpers/classify.js";
import { round } from "../helpers/numbers.js";
import { countOf } from "../helpers/text.js";
import { allLevels } from "../levels.js";

/**
 * Easy days after a race, one per mile raced: a coaching rule of thumb with no study behind it (so a warning at
 * most), that a 5 km race asks for 4 easy days and a marathon for 27.
 */
export const raceRecovery = /* @__PURE__ */ defineRule({
  meta: {
    id: "race-recovery",
    fundamental: "load",
    description:
      "After a race of d km, no hard session and no long run for ceil(d / 1.609) days (one easy day per mile raced); a race without a distance counts as 5 km. A long run is a run of type long or one of 75 minutes or more.",
    defaultSeverity: "warning",
    evidence: "C",
    docs: "#race-recovery",
    rationale: "Warning, a coaching rule of thumb (one easy day per mile raced) without a study behind it.",
    options: z.strictObject({
      daysPerMile: z.number().check(z.gte(0), z.lte(3)),
      defaultRaceKm: z.number().check(z.gt(0), z.lte(500)),
      longRunMinutes: z.int().check(z.gte(1), z.lte(600)),
    }),
    defaults: allLevels({ daysPerMile: 1, defaultRaceKm: 5, longRunMinutes: 75 }),
    messages: {
      tooSoon: {
        message:
          "{title} on {date} comes {after} after the race on {raceDate} ({race}); after {km} km of racing keep {recovery} free of hard sessions and long runs.",
        hint: "Move it to {ready} or later, or make it a short easy run.",
      },
    },
  },
  check({ calendar, options, report }) {
    const days = allDays(calendar.weeks);
    const isRace = (occurrence: SessionOccurrence) =>
      occurrence.kind === "run" && occurrence.session.runType === "race";
    const isLong = (occurrence: SessionOccurrence) =>
      occurrence.kind === "run" &&
      (occurrence.session.runType === "long" || upperMinutes(occurrence) >= options.longRunMinutes);
    days.forEach((entry, index) => {
      for (const race of runsOf(entry.day).filter(isRace)) {
        const km = (race.kind === "run" ? race.session.distanceKm : undefined) ?? options.defaultRaceKm;
        const recovery = Math.ceil((km / KM_PER_MILE) * options.daysPerMile - 1e-9);
        for (let after = 1; after <= recovery; after += 1) {
          const later = days[index + after];
          if (!later) break;
          for (const occurrence of sessionsOf(later.day)) {
            if (!isHardOccurrence(occurrence, calendar.plan.paces) && !isLong(occurrence)) continue;
            const gap = daysBetween(entry.day.date, later.day.date);
            report({
              messageId: "tooSoon",
              week: later.week,
              date: later.day.date,
              sessionId: occurrence.sessionId,
              measured: gap,
              limit: recovery,
              data: {
                title: sessionTitle(occurrence.session, aerobicFields(occurrence)),
                date: later.day.date,
                after: countOf(gap, "day"),
                raceDate: entry.day.date,
                race: sessionTitle(race.session, aerobicFields(race)),
                km: round(km, 1),
                recovery: countOf(recovery, "day"),
                ready: addDays(entry.day.date, recovery + 1),
              },
            });
          }
        }
      }
    });
  },
});
