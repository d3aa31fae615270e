import { dateToDays } from "../calendar/civilDate.js";

/**
 * A reader of `YYYY-MM-DD` dates into day numbers that reads each distinct date once: 20,000 activities and as many
 * occurrences of a plan share a few hundred dates, and parsing them over and over was a good part of linking's time.
 * One per call (no state outlives it).
 */
export function dayNumbers(): (date: string) => number {
  const days = new Map<string, number>();
  return (date) => {
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = dateToDays(date)));
    return day;
  };
}
