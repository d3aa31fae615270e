/**
 * What generatePlan refuses before it builds anything: options out of range (code `invalid`), and an athlete no plan
 * could keep its promise for (code `config`), each as located issues.
 */
import { parseCivilDate } from "../calendar/civilDate.js";
import type { Athlete } from "../model/athlete.js";
import { issueOf, type OffseasonIssue } from "../model/errors.js";
import { GENERATE_MESSAGES, MODEL_MESSAGES } from "../model/issueMessages.js";

const range = (min: number, max: number) => ({ min, max });
import { DEFAULT_WEEKS, phaseLengths, type GeneratePlanOptions } from "./options.js";
import { LEVEL_PROFILES } from "./profiles.js";
import { MIN_DAY_MINUTES, usableDays } from "./weekLayout.js";

/**
 * Usable days (30 minutes or more) an athlete needs: 3, a complete 3-run week (Higdon HM3, FIRST "3 plus 2";
 * COACHING.md §3.1); with fewer no level's week fits.
 */
const MIN_USABLE_DAYS = 3;

/** The options out of range, as located issues (none when every option is in range). */
export function checkOptions(options: GeneratePlanOptions): OffseasonIssue[] {
  const issues: OffseasonIssue[] = [];
  const weeks = options.weeks ?? DEFAULT_WEEKS;
  if (typeof options.startDate !== "string" || !parseCivilDate(options.startDate)) {
    issues.push(issueOf(["startDate"], "date", MODEL_MESSAGES, "date.format"));
  }
  if (!Number.isInteger(weeks) || weeks < 4 || weeks > 52)
    issues.push(issueOf(["weeks"], "out_of_range", GENERATE_MESSAGES, "generate.wholeNumber", { min: 4, max: 52 }));
  const transition = options.phases?.transition;
  if (transition !== undefined && (!Number.isInteger(transition) || transition < 0 || transition > 4)) {
    issues.push(
      issueOf(["phases", "transition"], "out_of_range", GENERATE_MESSAGES, "generate.wholeNumber", range(0, 4)),
    );
  }
  const preSeason = options.phases?.preSeason;
  if (preSeason !== undefined && (!Number.isInteger(preSeason) || preSeason < 0 || preSeason > 4)) {
    issues.push(
      issueOf(["phases", "preSeason"], "out_of_range", GENERATE_MESSAGES, "generate.wholeNumber", range(0, 4)),
    );
  }
  if (issues.length === 0 && phaseLengths(weeks, options.phases).base < 1) {
    issues.push(issueOf(["phases"], "out_of_range", GENERATE_MESSAGES, "generate.noBase"));
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed))
    issues.push(issueOf(["seed"], "invalid_type", GENERATE_MESSAGES, "generate.seed"));
  const target = options.targetWeeklyRunMinutes;
  if (target !== undefined && (!Number.isInteger(target) || target < 60 || target > 1500))
    issues.push(
      issueOf(["targetWeeklyRunMinutes"], "out_of_range", GENERATE_MESSAGES, "generate.targetMinutes", range(60, 1500)),
    );
  return issues;
}

/** What the athlete brings that no plan could keep the promise with: located issues, none when the plan can. */
export function checkAthlete(athlete: Athlete, options: GeneratePlanOptions): OffseasonIssue[] {
  const issues: OffseasonIssue[] = [];
  const usable = usableDays(athlete).length;
  if (usable < MIN_USABLE_DAYS) {
    issues.push(
      issueOf(["athlete", "availability"], "too_small", GENERATE_MESSAGES, "generate.days", {
        count: usable,
        minutes: MIN_DAY_MINUTES,
        needed: MIN_USABLE_DAYS,
        more: MIN_USABLE_DAYS - usable,
      }),
    );
  }
  const profile = LEVEL_PROFILES[athlete.level];
  const inSeason = athlete.inSeasonWeeklyRunMinutes;
  if (inSeason !== undefined && inSeason < profile.minInSeasonWeeklyRunMinutes) {
    issues.push(
      issueOf(["athlete", "inSeasonWeeklyRunMinutes"], "too_small", GENERATE_MESSAGES, "generate.inSeason", {
        minutes: inSeason,
        min: profile.minInSeasonWeeklyRunMinutes,
        level: athlete.level,
      }),
    );
  }
  if (athlete.seasonEndDate !== undefined && athlete.seasonEndDate >= options.startDate) {
    issues.push(
      issueOf(["athlete", "seasonEndDate"], "out_of_range", GENERATE_MESSAGES, "generate.seasonEnd", {
        seasonEndDate: athlete.seasonEndDate,
        startDate: options.startDate,
      }),
    );
  }
  return issues;
}
