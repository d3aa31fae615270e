/** The generator's week layout: which days carry runs, the long run, hard sessions, strength, cross-training, rest. */
import { WEEKDAYS, type Weekday } from "../model/weekdays.js";
import type { Athlete } from "../model/athlete.js";
import type { LevelProfile } from "./profiles.js";

/** A day of the week, 0 (Monday) to 6 (Sunday). */
export type Day = number;

/** Minutes a day offers when the athlete sets no maximum. */
const DAY_CAPACITY_WITHOUT_LIMIT = 240;
/** The shortest run (and the least room on a day for one). */
export const MIN_RUN_MINUTES = 15;

const next = (day: Day): Day => (day + 1) % 7;
export const previous = (day: Day): Day => (day + 6) % 7;
const distance = (a: Day, b: Day) => Math.min((a - b + 7) % 7, (b - a + 7) % 7);
export const code = (day: Day): Weekday => WEEKDAYS[day] ?? "MO";

/** Longest circular streak of run days (the week repeats, so Sunday runs into Monday). */
function longestStreak(days: readonly Day[]): number {
  if (days.length === 7) return 7;
  const set = new Set(days);
  let longest = 0;
  for (const day of days) {
    if (set.has(previous(day))) continue;
    let length = 1;
    while (set.has((day + length) % 7)) length += 1;
    longest = Math.max(longest, length);
  }
  return longest;
}

function combinations(items: readonly Day[], size: number): Day[][] {
  if (size === 0) return [[]];
  const result: Day[][] = [];
  items.forEach((item, index) => {
    for (const rest of combinations(items.slice(index + 1), size - 1)) result.push([item, ...rest]);
  });
  return result;
}

function minimumGap(days: readonly Day[]): number {
  if (days.length < 2) return 7;
  const sorted = [...days].sort((a, b) => a - b);
  return Math.min(...sorted.map((day, index) => ((sorted[(index + 1) % sorted.length] ?? day) - day + 7) % 7 || 7));
}

/** A strength day: full-body, after the run on a hard day, or upper body and trunk only. */
export interface StrengthDay {
  readonly day: Day;
  readonly mode: "full" | "after-run" | "upper";
}

export interface WeekLayout {
  readonly capacity: readonly number[];
  readonly runDays: readonly Day[];
  readonly longDay: Day | undefined;
  /** Hard days in order of preference; a phase takes as many as it needs. */
  readonly hardDays: readonly Day[];
  readonly strengthDays: readonly StrengthDay[];
  readonly crossDays: readonly Day[];
  readonly restDay: Day | undefined;
}

/** Chooses the week's days: runs spread out, the long run at the weekend, hard days apart, legs fresh for them. */
export function layoutWeek(
  athlete: Athlete,
  profile: LevelProfile,
  lastDayOfWeek: Day,
  wantedRuns: number,
  earlyLong = false,
): WeekLayout {
  const capacity = WEEKDAYS.map((weekday) => {
    const slot = athlete.availability[weekday];
    return slot.available ? (slot.maxMinutes ?? DAY_CAPACITY_WITHOUT_LIMIT) : 0;
  });
  const available = [0, 1, 2, 3, 4, 5, 6].filter((day) => (capacity[day] ?? 0) >= MIN_RUN_MINUTES);
  let runDays: Day[] = [];
  for (
    let count = Math.min(wantedRuns, available.length, 7 - profile.minRunFreeDays);
    count > 0 && runDays.length === 0;
    count -= 1
  ) {
    const valid = combinations(available, count).filter((days) => longestStreak(days) <= profile.maxConsecutiveRunDays);
    // A weekend day for the long run, runs spread out, the plan week's last day free (the load ratio is read then).
    // (The early variant instead puts the runs as early in the plan week as it can.)
    const early = (days: readonly Day[]) => -days.reduce((sum, day) => sum + ((day - next(lastDayOfWeek) + 7) % 7), 0);
    const score = (days: readonly Day[]) => [
      earlyLong
        ? early(days)
        : Number(days.some((day) => (day === 5 || day === 6) && day !== lastDayOfWeek)) +
          Number(days.includes(5) || days.includes(6)),
      minimumGap(days),
      Number(!days.includes(lastDayOfWeek)),
      days.reduce((sum, day) => sum + (capacity[day] ?? 0), 0),
    ];
    valid.sort((a, b) => {
      const [x, y] = [score(a), score(b)];
      for (let index = 0; index < x.length; index += 1)
        if ((x[index] ?? 0) !== (y[index] ?? 0)) return (y[index] ?? 0) - (x[index] ?? 0);
      return 0;
    });
    runDays = valid[0] ?? [];
  }
  // The long run goes to the weekend, preferably not on the plan week's last day: the load ratio is read at the end
  // of each week, and a long run on that very day inflates it.
  // A day with room for it comes first: 90 minutes or more count alike.
  const room = (day: Day) => Math.min(90, capacity[day] ?? 0);
  const weekendRank = (day: Day) =>
    day === 5 || day === 6 ? (day === lastDayOfWeek ? 1 : 2) : day === lastDayOfWeek ? -1 : 0;
  // Or, when the load ratio needs it, as early in the plan week as possible, far from the day it is read.
  const position = (day: Day) => (day - next(lastDayOfWeek) + 7) % 7;
  const longDay = [...runDays].sort(
    (a, b) => room(b) - room(a) || (earlyLong ? position(a) - position(b) : weekendRank(b) - weekendRank(a) || b - a),
  )[0];
  const hardDays: Day[] = [];
  // The load ratio is read on the plan week's last day: keep that day and the one before it light when possible.
  const late = (day: Day) => Number(day === lastDayOfWeek) * 2 + Number(day === previous(lastDayOfWeek));
  const hardCandidates = runDays
    .filter((day) => day !== longDay)
    .sort(
      (a, b) =>
        late(a) - late(b) ||
        (longDay === undefined ? 0 : distance(b, longDay) - distance(a, longDay)) ||
        (capacity[b] ?? 0) - (capacity[a] ?? 0) ||
        a - b,
    );
  for (const day of hardCandidates) {
    if (hardDays.length >= Math.max(profile.baseHardSessions, profile.preSeasonHardSessions)) break;
    if (hardDays.some((hard) => distance(hard, day) <= 1)) continue;
    hardDays.push(day);
  }
  const hard = new Set(hardDays);
  const nonRun = available.filter((day) => !runDays.includes(day));
  // The early variant keeps the plan week's last days light: the load ratio is read at its end.
  const lateness = (day: Day) => (earlyLong ? (day - next(lastDayOfWeek) + 7) % 7 : 0);
  // Strength: best on a day that is neither hard nor the day before a hard or long run; else after the run on a
  // hard day (the strength-spacing rule allows it); else upper body and trunk only, the day before.
  const spread = (chosen: readonly StrengthDay[], day: Day) => chosen.every((other) => distance(other.day, day) > 1);
  const strengthDays: StrengthDay[] = [];
  const full: [StrengthDay["mode"], Day[]] = [
    "full",
    available
      .filter((day) => !hard.has(day) && !hard.has(next(day)) && next(day) !== longDay)
      .sort(
        (a, b) =>
          Number(a === lastDayOfWeek) - Number(b === lastDayOfWeek) ||
          lateness(a) - lateness(b) ||
          Number(!runDays.includes(a)) - Number(!runDays.includes(b)) ||
          a - b,
      ),
  ];
  const afterRun: [StrengthDay["mode"], Day[]] = [
    "after-run",
    hardDays.filter((day) => !hard.has(next(day)) && next(day) !== longDay),
  ];
  // Runners with five runs or more stack strength on hard days, which keeps their busy weeks from being monotonous.
  const upper: [StrengthDay["mode"], Day[]] = ["upper", [...available].sort((a, b) => lateness(a) - lateness(b))];
  const tiers = profile.runsPerWeek >= 5 ? [afterRun, full, upper] : [full, afterRun, upper];
  for (const [mode, days] of tiers) {
    for (const strict of [true, false]) {
      for (const day of days) {
        if (strengthDays.length >= profile.strengthPerWeek || strengthDays.some((chosen) => chosen.day === day))
          continue;
        if (strict && !spread(strengthDays, day)) continue;
        strengthDays.push({ day, mode });
      }
    }
  }
  // A full rest day keeps the week's load varied: an unavailable day if there is one, else a free available day.
  const unavailable = [0, 1, 2, 3, 4, 5, 6].filter((day) => !available.includes(day));
  const strengthSet = new Set(strengthDays.map((entry) => entry.day));
  const free = nonRun.filter((day) => !strengthSet.has(day));
  const restDay =
    unavailable.includes(lastDayOfWeek) || free.includes(lastDayOfWeek) ? lastDayOfWeek : (unavailable[0] ?? free[0]);
  const crossCandidates = [
    ...nonRun.filter((day) => day !== restDay && !strengthSet.has(day) && !(earlyLong && day === lastDayOfWeek)),
    ...nonRun.filter((day) => day !== restDay && strengthSet.has(day)),
    ...runDays.filter((day) => !hard.has(day) && day !== longDay),
  ];
  const roomy = (day: Day) => Number((capacity[day] ?? 0) >= 120);
  const crossDays = [...new Set(crossCandidates)]
    .sort((a, b) => roomy(b) - roomy(a) || lateness(a) - lateness(b))
    .slice(0, profile.crossPerWeek);
  return {
    capacity,
    runDays,
    longDay,
    hardDays,
    strengthDays: [...strengthDays].sort((a, b) => a.day - b.day),
    crossDays,
    restDay,
  };
}
