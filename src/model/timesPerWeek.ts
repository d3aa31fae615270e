/**
 * Flexible days: `timesPerWeek` ("cross-train 1-2 times a week, Monday to Friday"), a whole number or a closed range
 * of times a week, with `on` naming the candidate days; the expansion picks the days (schedule/expansion/flexibleDays).
 */
import * as z from "zod/mini";
import { addIssue } from "./primitives.js";
import { entryOf, weeklyOf, type Range, type WeeklyValue } from "./weekly.js";

/** `timesPerWeek`: 1 to 7 times, a range of them, or one entry per week of the phase (`null`: not that week). */
export function timesPerWeekSchema(maxWeeks: number) {
  return weeklyOf(z.int().check(z.gte(1), z.lte(7)), maxWeeks);
}

/** A week's times of a flexible session as a range (a whole number `n` is `{ min: n, max: n }`); null: not that week. */
export function timesOf(value: WeeklyValue, weekIndex: number): Range | null {
  const entry = entryOf(value, weekIndex);
  if (entry === null || entry === undefined) return null;
  // The schema gives timesPerWeek closed ranges only (weeklyOf without `open`).
  return typeof entry === "number" ? { min: entry, max: entry } : { min: entry.min, max: entry.max ?? entry.min };
}

/** `timesPerWeek` needs `on` naming its candidate days, and never asks for more times than they are. */
export const timesPerWeekCheck = /* @__PURE__ */ z.superRefine(
  (
    session: { readonly on?: readonly string[] | undefined; readonly timesPerWeek?: WeeklyValue | undefined },
    context,
  ) => {
    const times = session.timesPerWeek;
    if (times === undefined) return;
    if (session.on === undefined) {
      addIssue(context, session, ["timesPerWeek"], "timesPerWeek.needsOn", "conflict");
      return;
    }
    const days = session.on.length;
    const entries = Array.isArray(times) ? (times as readonly (number | Range | null)[]) : [times as number | Range];
    entries.forEach((entry, week) => {
      const most = entry === null ? 0 : typeof entry === "number" ? entry : entry.max;
      if (most > days)
        addIssue(
          context,
          session,
          Array.isArray(times) ? ["timesPerWeek", week] : ["timesPerWeek"],
          "timesPerWeek.tooMany",
          "out_of_range",
          { times: most, days },
        );
    });
  },
);

/** "1-2 times this week", "1 time this week" for a session of `timesPerWeek` (the week's entry, as occurrences carry it). */
export function timesText(session: object): string | undefined {
  const times = (session as { readonly timesPerWeek?: unknown }).timesPerWeek;
  const range = typeof times === "number" ? { min: times, max: times } : (times as Range | null | undefined);
  if (typeof range?.min !== "number" || Array.isArray(times)) return undefined;
  const text = range.min === range.max ? String(range.min) : `${String(range.min)}-${String(range.max)}`;
  return `${text} ${text === "1" ? "time" : "times"} this week`;
}
