/**
 * iCalendar export, from the `offseason/ical` subpath so that apps that do not export calendars do not bundle it.
 *
 * @module offseason/ical
 */
export { toICalendar } from "./ical/toICalendar.js";
export type { ToICalendarOptions } from "./ical/toICalendar.js";
export { toCancelCalendar } from "./ical/toCancelCalendar.js";
export type { ToCancelCalendarOptions } from "./ical/toCancelCalendar.js";
