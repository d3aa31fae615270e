import ICAL from "ical.js";

/** A VEVENT as a calendar client reads it: what SEQUENCE and STATUS updates turn on. */
export interface ReadEvent {
  readonly uid: string;
  readonly sequence: number;
  readonly status: string | undefined;
  readonly startMs: number;
  readonly tzid: string | undefined;
}

/** Reads iCalendar text with ical.js, registering its VTIMEZONEs, as a calendar client would. */
export function readWithIcalJs(ics: string): { method: string; zones: string[]; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const zones = calendar.getAllSubcomponents("vtimezone").map((zone) => String(zone.getFirstPropertyValue("tzid")));
  for (const component of calendar.getAllSubcomponents("vtimezone"))
    ICAL.TimezoneService.register(new ICAL.Timezone(component));
  try {
    const events = calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      const status = component.getFirstPropertyValue("status");
      const tzid = component.getFirstProperty("dtstart")?.getParameter("tzid");
      return {
        uid: event.uid,
        sequence: Number(component.getFirstPropertyValue("sequence") ?? 0),
        status: status === null ? undefined : String(status),
        startMs: event.startDate.toUnixTime() * 1000,
        tzid: typeof tzid === "string" ? tzid : undefined,
      };
    });
    return { method: String(calendar.getFirstPropertyValue("method")), zones, events };
  } finally {
    for (const zone of zones) ICAL.TimezoneService.remove(zone);
  }
}

/** The events read back by occurrence id (the UID before `/<plan id>@offseason`). */
export const byUid = (events: readonly ReadEvent[]): Map<string, ReadEvent> =>
  new Map(events.map((event) => [event.uid.split("/")[0] ?? "", event]));
