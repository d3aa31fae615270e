/**
 * What generatePlan refuses before it builds anything: options out of range (code `invalid`), and an athlete no plan
 * could keep its promise for (code `config`), each as located issues.
 */
import { pluralWord } from "../model/plural.js";
import { parseCivilDate } from "../calendar/civilDate.js";
import type { Athlete } from "../model/athlete.js";
import { issueAt, type OffseasonIssue } from "../model/errors.js";
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
    issues.push(issueAt(["startDate"], "must be a real calendar date written YYYY-MM-DD", "date"));
  }
  if (!Number.isInteger(weeks) || weeks < 4 || weeks > 52)
    issues.push(issueAt(["weeks"], "must be a whole number from 4 to 52", "out_of_range"));
  const transition = options.phases?.transition;
  if (transition !== undefined && (!Number.isInteger(transition) || transition < 0 || transition > 4)) {
    issues.push(issueAt(["phases", "transition"], "must be a whole number from 0 to 4", "out_of_range"));
  }
  const preSeason = options.phases?.preSeason;
  if (preSeason !== undefined && (!Number.isInteger(preSeason) || preSeason < 0 || preSeason > 4)) {
    issues.push(issueAt(["phases", "preSeason"], "must be a whole number from 0 to 4", "out_of_range"));
  }
  if (issues.length === 0 && phaseLengths(weeks, options.phases).base < 1) {
    issues.push(issueAt(["phases"], "transition and pre-season leave no week for the base phase", "out_of_range"));
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed))
    issues.push(issueAt(["seed"], "must be an integer", "invalid_type"));
  const target = options.targetWeeklyRunMinutes;
  if (target !== undefined && (!Number.isInteger(target) || target < 60 || target > 1500))
    issues.push(
      issueAt(["targetWeeklyRunMinutes"], "must be a whole number of minutes from 60 to 1500", "out_of_range"),
    );
  return issues;
}

/** What the athlete brings that no plan could keep the promise with: located issues, none when the plan can. */
export function checkAthlete(athlete: Athlete, options: GeneratePlanOptions): OffseasonIssue[] {
  const issues: OffseasonIssue[] = [];
  const usable = usableDays(athlete).length;
  if (usable < MIN_USABLE_DAYS) {
    issues.push(
      issueAt(
        ["athlete", "availability"],
        `has ${String(usable)} ${pluralWord(usable, "day")} with ${String(MIN_DAY_MINUTES)} minutes or more; a plan needs ${String(MIN_USABLE_DAYS)} for its 3 runs a week (the fewest any level runs): free ${String(MIN_USABLE_DAYS - usable)} more ${pluralWord(MIN_USABLE_DAYS - usable, "day")} of ${String(MIN_DAY_MINUTES)} minutes or more`,
        "too_small",
      ),
    );
  }
  const profile = LEVEL_PROFILES[athlete.level];
  const inSeason = athlete.inSeasonWeeklyRunMinutes;
  if (inSeason !== undefined && inSeason < profile.minInSeasonWeeklyRunMinutes) {
    issues.push(
      issueAt(
        ["athlete", "inSeasonWeeklyRunMinutes"],
        `is ${String(inSeason)}, below the ${String(profile.minInSeasonWeeklyRunMinutes)} minutes a plan at ${athlete.level} level starts from: its sessions alone would spike the load against the season; check the level or the minutes`,
        "too_small",
      ),
    );
  }
  if (athlete.seasonEndDate !== undefined && athlete.seasonEndDate >= options.startDate) {
    issues.push(
      issueAt(
        ["athlete", "seasonEndDate"],
        `is ${athlete.seasonEndDate}, not before the plan's start ${options.startDate}: an off-season plan starts after the season`,
        "out_of_range",
      ),
    );
  }
  return issues;
}
