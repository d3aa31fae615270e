// The hand-written baseline of the scheduler benchmark: a plain weekly loop in floating time, and the RFC 5545
// wall-time-to-instant conversion done per occurrence with tzOffset (the way one writes it without a library).
// It handles what the benchmark plans use: `on` weekdays, FREQ=DAILY, progression, skip/move exceptions, and
// habits (daily, and before each run).
import { tzOffset } from "@date-fns/tz";

const DAY = 86_400_000;
const MINUTE = 60_000;
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const pad = (value) => String(value).padStart(2, "0");

function dayNumber(date) {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
}
function dateOf(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
function offset(zone, ms) {
  return Math.round(tzOffset(zone, new Date(ms)));
}
/** RFC 5545 3.3.5: a gap uses the offset before it, an overlap the first instant. */
function toInstant(zone, wallMs) {
  const before = offset(zone, wallMs - DAY);
  const after = offset(zone, wallMs + DAY);
  const first = wallMs - before * MINUTE;
  if (before === after || offset(zone, first) === before) return first;
  const second = wallMs - after * MINUTE;
  return offset(zone, second) === after ? second : first;
}
function iso(zone, ms) {
  const off = offset(zone, ms);
  const local = new Date(ms + off * MINUTE);
  const abs = Math.abs(off);
  return `${local.toISOString().slice(0, 19)}${off < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function baselineExpand(plan) {
  const zone = plan.timezone;
  const start = dayNumber(plan.startDate);
  const out = [];
  const skips = new Set();
  const moves = new Map();
  for (const exception of plan.exceptions ?? []) {
    if (exception.action === "skip")
      skips.add(exception.sessionId ? `${exception.sessionId}@${exception.date}` : exception.date);
    else moves.set(`${exception.sessionId}@${exception.date}`, exception.to);
  }
  let phaseStart = start;
  for (const phase of plan.phases) {
    for (let week = 0; week < phase.weeks; week += 1) {
      const multiplier = phase.progression ? phase.progression[week % phase.progression.length] : 1;
      for (const session of phase.sessions) {
        const weekdays = session.on ?? WEEKDAYS;
        for (const weekday of weekdays) {
          const original = phaseStart + week * 7 + ((WEEKDAYS.indexOf(weekday) - ((phaseStart + 3) % 7) + 7) % 7);
          if (original >= phaseStart + phase.weeks * 7) continue;
          const originalDate = dateOf(original);
          const id = `${session.id}@${originalDate}`;
          // Minutes given week by week (null: no session that week) are taken as written, never scaled.
          const perWeek = Array.isArray(session.minutes);
          const written = perWeek ? (session.minutes[week] ?? null) : session.minutes;
          if (written === null) continue;
          if (skips.has(id) || skips.has(originalDate)) continue;
          const date = moves.get(id) ?? originalDate;
          const minutes = session.kind === "run" && !perWeek ? Math.max(1, Math.round(written * multiplier)) : written;
          const item = { id, date, kind: session.kind };
          if (session.time) {
            const [hours, mins] = session.time.split(":").map(Number);
            const startMs = toInstant(zone, dayNumber(date) * DAY + (hours * 60 + mins) * MINUTE);
            item.start = iso(zone, startMs);
            item.end = iso(zone, startMs + minutes * MINUTE);
          }
          out.push(item);
        }
      }
    }
    phaseStart += phase.weeks * 7;
  }
  const runs = out.filter((item) => item.kind === "run");
  for (const habit of plan.habits ?? []) {
    if (habit.when === "before-each-run") {
      for (const run of runs) {
        const item = { id: `${habit.id}@${run.id}`, date: run.date };
        if (run.start && habit.hoursBefore !== undefined)
          item.start = item.end = iso(zone, Date.parse(run.start) - habit.hoursBefore * 60 * MINUTE);
        out.push(item);
      }
    } else {
      for (let day = start; day < phaseStart; day += 1)
        out.push({ id: `${habit.id}@${dateOf(day)}`, date: dateOf(day) });
    }
  }
  return out;
}
