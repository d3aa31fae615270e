/** The German phrases several rule messages share: where a weekly finding is, and when a session falls. */

/** "In Woche 3" / "In den Wochen 1-4 und 6", to open a sentence. */
export const IN_WOCHEN = "{weekCount, plural, one {In Woche} other {In den Wochen}} {weeks, weeks}";

/** "am Samstag, 7. November 2026" / "jeden Dienstag in den Wochen 1-3": a date, or a weekday week after week. */
export const AT_WHEN =
  "{weekCount, plural, one {am {first, date}} other {jeden {first, weekday} in den Wochen {weeks, weeks}}}";
