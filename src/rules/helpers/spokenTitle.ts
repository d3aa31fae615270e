/**
 * The raw data of a session's title as a runner says it: the title, and beside the distance of a run the plan gave
 * in miles or km, its minutes (a locale words "Long run 4.5 mi (about 45 min)").
 */
import { sessionTitle } from "../../model/sessionText.js";
import { aerobicFields } from "../../schedule/aerobicFields.js";
import type { SessionOccurrence } from "../../schedule/types.js";
import { amountOf } from "./messageData.js";

/** How the minutes beside a title are said: none (a run given by minutes), one value, a range, or an open range. */
export type SpokenMinutes = "none" | "minutes" | "range" | "open";

/** The data of a spoken title: `title`, `spoken`, and the minutes `aboutMinutes` (and `aboutMinutesMax` of a range). */
export interface SpokenTitle {
  readonly title: string;
  readonly spoken: SpokenMinutes;
  readonly aboutMinutes?: number;
  readonly aboutMinutesMax?: number;
}

/**
 * A session's title with, for a run the plan gave by its distance, the minutes to say beside it: `spoken` is
 * `"minutes"` (45), `"range"` (40-50, `aboutMinutes` to `aboutMinutesMax`) or `"open"` (120 or more); `"none"` for
 * any other session. A template says it as `{title}{spoken, select, minutes { (about {aboutMinutes} min)} range {
 * (about {aboutMinutes}-{aboutMinutesMax} min)} open { (about {aboutMinutes}+ min)} other {}}`.
 *
 * @param occurrence - The session on its day.
 * @returns The title and the minutes beside it.
 * @example
 * A long run of 4.5 mi at a 10:00 pace gives `{ title: "Long run 4.5 mi", spoken: "minutes", aboutMinutes: 45 }`;
 * an easy run of 40 min gives `{ title: "Easy run 40 min", spoken: "none" }`.
 */
export function spokenTitleOf(occurrence: SessionOccurrence): SpokenTitle {
  const fields = aerobicFields(occurrence);
  const title = sessionTitle(occurrence.session, fields);
  if (amountOf(occurrence, occurrence.session.minutes).unit === "min") return { title, spoken: "none" };
  const planned = Math.round(occurrence.session.minutes);
  const range = fields.ranges?.minutes;
  if (range === undefined) return { title, spoken: "minutes", aboutMinutes: planned };
  const low = Math.round(range.min);
  if (range.max === undefined) return { title, spoken: "open", aboutMinutes: low };
  const high = Math.round(range.max);
  return low === high
    ? { title, spoken: "minutes", aboutMinutes: planned }
    : { title, spoken: "range", aboutMinutes: low, aboutMinutesMax: high };
}
