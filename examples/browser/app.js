// The browser example: offseason's ESM build, no bundler, no framework. Every value from the user is put on the
// page with textContent, never as HTML.
import {
  adherence,
  buildCalendar,
  CROSS_MODALITY_LABELS,
  fitness,
  habitDetails,
  habitTitle,
  OffseasonError,
  safeParseActivities,
  safeParseAthlete,
  safeParsePlan,
  sessionDetails,
  sessionStructure,
  sessionTitle,
  validatePlan,
} from "offseason";
import { toICalendar } from "offseason/ical";

/** A plan with three mistakes, to show located errors. */
const BROKEN_PLAN = {
  version: 1,
  id: "broken",
  timezone: "Mars/Olympus_Mons",
  startDate: "2026-11-31",
  phases: [
    { id: "base", weeks: 2, sessions: [{ id: "easy", kind: "run", runType: "easy", minutes: -5, rpe: 3, on: ["TU"] }] },
  ],
};

const $ = (selector) => {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`missing element ${selector}`);
  return element;
};

const planInput = $("#plan");
const athleteInput = $("#athlete");
const levelInput = $("#level");
const habitsInput = $("#habits");
const status = $("#status");
const errors = $("#errors");
const report = $("#report");
const calendarSection = $("#calendar");
const activitiesInput = $("#activities");
const asOfInput = $("#as-of");
const living = $("#living");
const ics = $("#ics");

/** An element with text (and optionally a class), built without HTML parsing. */
function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function setStatus(text, ok) {
  status.textContent = text;
  status.className = ok ? "ok" : "bad";
}

/** Lists located issues: `path: message`. */
function showIssues(title, issues) {
  setStatus(title, false);
  errors.replaceChildren(
    ...issues.map((issue) => {
      const item = element("li");
      item.append(element("code", issue.path === "" ? "(plan)" : issue.path), ` ${issue.message}`);
      item.dataset.path = issue.path;
      return item;
    }),
  );
}

/** JSON text to a value, or the syntax error as an issue located by line and column. */
function readJson(text, label) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: label, message: `is not valid JSON: ${message}` }] };
  }
}

/** "1-3, 5 and 7": a finding's weeks, runs of consecutive weeks joined. */
function weekList(weeks) {
  const runs = [];
  for (const week of weeks) {
    const last = runs.at(-1);
    if (last && week === last[1] + 1) last[1] = week;
    else runs.push([week, week]);
  }
  const parts = runs.map(([first, last]) => (first === last ? String(first) : `${String(first)}-${String(last)}`));
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

function where(finding) {
  return [
    finding.weeks === undefined
      ? finding.week === undefined
        ? ""
        : `week ${String(finding.week)}`
      : `${finding.weeks.length === 1 ? "week" : "weeks"} ${weekList(finding.weeks)}`,
    finding.date ?? "",
    finding.sessionId ?? "",
    finding.path ?? "",
  ]
    .filter(Boolean)
    .join(" · ");
}

function showReport(result) {
  const fundamentals = $("#fundamentals");
  fundamentals.replaceChildren(
    ...Object.entries(result.fundamentals).map(([name, value]) =>
      element(
        "li",
        `${name}: ${String(value.counts.error)} errors, ${String(value.counts.warning)} warnings`,
        value.ok ? "ok" : "bad",
      ),
    ),
  );
  $("#findings tbody").replaceChildren(
    ...result.findings.map((finding) => {
      const row = element("tr", undefined, finding.severity);
      row.append(
        element("td", finding.severity),
        element("td", finding.ruleId),
        element("td", where(finding)),
        element("td", finding.message),
        element("td", finding.hint ?? ""),
      );
      return row;
    }),
  );
  report.hidden = false;
}

/**
 * One occurrence in a calendar cell, in the words of the CLI and the iCalendar export (the package's labels): its
 * title (ranges, "(optional)", race priority), the workout of a session with steps below it, every detail on hover.
 * The occurrence is passed as the labels' options: its `ranges` and `estimated` are what they read.
 */
function calendarItem(occurrence, status) {
  const isHabit = occurrence.kind === "habit";
  const title = isHabit ? habitTitle(occurrence.habit) : sessionTitle(occurrence.session, occurrence);
  const time = occurrence.start ? `${occurrence.start.slice(11, 16)} ` : "";
  const item = element("span", `${time}${title}`, isHabit ? "item habit" : `item ${status?.status ?? ""}`.trim());
  if (status) item.dataset.status = status.status;
  const structure = isHabit ? undefined : sessionStructure(occurrence.session);
  if (structure !== undefined) item.append(element("span", structure, "structure"));
  item.title = (isHabit ? habitDetails(occurrence.habit) : sessionDetails(occurrence.session, occurrence)).join("\n");
  return item;
}

/** What became of each occurrence (by id), the skipped ones, and the unplanned activities by day, from `adherence`. */
function adherenceMarks(result, activities) {
  const statuses = new Map(result.occurrences.map((occurrence) => [occurrence.occurrenceId, occurrence]));
  const unplanned = new Set(result.unplanned);
  const extra = new Map();
  for (const activity of activities) {
    if (!unplanned.has(activity.id)) continue;
    extra.set(activity.date, [...(extra.get(activity.date) ?? []), activity]);
  }
  const skipped = new Map();
  for (const occurrence of result.occurrences) {
    if (occurrence.status === "skipped")
      skipped.set(occurrence.date, [...(skipped.get(occurrence.date) ?? []), occurrence]);
  }
  return { statuses, extra, skipped };
}

function activityTitle(activity) {
  const what =
    activity.kind === "cross" && activity.modality ? CROSS_MODALITY_LABELS[activity.modality] : activity.kind;
  return `${what} ${String(Math.round(activity.minutes))} min (unplanned)`;
}

function showCalendar(calendar, marks) {
  const showHabits = habitsInput.checked;
  $("#calendar tbody").replaceChildren(
    ...calendar.weeks.map((week) => {
      const row = element("tr");
      const head = element("th", `Week ${String(week.index)}`);
      head.append(element("span", `${week.phase} · ${week.startDate}`, "phase"));
      row.append(head);
      for (const day of week.days) {
        const cell = element("td");
        cell.append(element("span", day.date.slice(5), "phase"));
        for (const occurrence of day.occurrences) {
          if (occurrence.kind === "habit" && !showHabits) continue;
          cell.append(calendarItem(occurrence, marks?.statuses.get(occurrence.id)));
        }
        for (const occurrence of marks?.skipped.get(day.date) ?? [])
          cell.append(element("span", `${occurrence.sessionId} (skipped)`, "item skipped"));
        for (const activity of marks?.extra.get(day.date) ?? [])
          cell.append(element("span", `+ ${activityTitle(activity)}`, "item unplanned"));
        row.append(cell);
      }
      return row;
    }),
  );
  calendarSection.hidden = false;
}

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * An inline SVG chart, no dependency: weekly load as bars (dark: done, light: planned), and below it the daily CTL,
 * ATL and TSB of `fitness` as lines, with a dashed line at `asOf`.
 */
function showChart(days, asOf) {
  const width = 1100;
  const [left, right, barsTop, barsHeight, linesTop, linesHeight] = [48, 12, 16, 120, 170, 170];
  const weeks = [];
  for (let start = 0; start < days.length; start += 7) {
    const week = days.slice(start, start + 7);
    weeks.push({
      load: week.reduce((sum, day) => sum + day.load, 0),
      actual: week.every((d) => d.source === "actual"),
    });
  }
  const chart = svg("svg", {
    viewBox: `0 0 ${String(width)} 360`,
    role: "img",
    "aria-label": "Load and fitness chart",
  });
  const span = width - left - right;
  const maxLoad = Math.max(1, ...weeks.map((week) => week.load));
  const barWidth = span / weeks.length;
  weeks.forEach((week, index) => {
    const height = (week.load / maxLoad) * barsHeight;
    chart.append(
      svg("rect", {
        class: `bar ${week.actual ? "actual" : "planned"}`,
        x: left + index * barWidth + 2,
        y: barsTop + barsHeight - height,
        width: Math.max(1, barWidth - 4),
        height,
      }),
      svg(
        "text",
        { x: left + index * barWidth + barWidth / 2, y: barsTop + barsHeight + 12, "text-anchor": "middle" },
        `W${String(index + 1)}`,
      ),
    );
  });
  chart.append(
    svg("text", { x: 0, y: barsTop + 10 }, String(Math.round(maxLoad))),
    svg("text", { x: 0, y: barsTop + barsHeight }, "0"),
  );
  const values = days.flatMap((day) => [day.ctl, day.atl, day.tsb]);
  const [low, high] = [Math.min(0, ...values), Math.max(1, ...values)];
  const x = (index) => left + (index + 0.5) * (span / days.length);
  const y = (value) => linesTop + ((high - value) / (high - low)) * linesHeight;
  chart.append(svg("line", { class: "axis", x1: left, x2: width - right, y1: y(0), y2: y(0) }));
  for (const key of ["ctl", "atl", "tsb"]) {
    const points = days.map((day, index) => `${x(index).toFixed(1)},${y(day[key]).toFixed(1)}`).join(" ");
    chart.append(svg("polyline", { class: `line ${key}`, points }));
    const last = days[days.length - 1];
    chart.append(svg("text", { x: width - right - 30, y: y(last[key]) - 4, class: key }, key.toUpperCase()));
  }
  chart.append(
    svg("text", { x: 0, y: y(high) + 10 }, String(Math.round(high))),
    svg("text", { x: 0, y: y(low) }, String(Math.round(low))),
  );
  const today = days.findIndex((day) => day.date >= asOf);
  if (today >= 0)
    chart.append(svg("line", { class: "today", x1: x(today), x2: x(today), y1: barsTop, y2: linesTop + linesHeight }));
  $("#chart").replaceChildren(chart);
}

function showLiving(result, days) {
  const { totals } = result;
  const due = totals.planned - totals.upcoming;
  const completed = totals.done + totals.shifted + totals.partial;
  $("#adherence-summary").textContent =
    `As of ${result.asOf}: ${String(completed)} of ${String(due)} sessions done (${String(totals.shifted)} moved, ` +
    `${String(totals.partial)} partial), ${String(totals.missed)} missed, ${String(totals.unplanned)} unplanned; ` +
    `load compliance ${totals.loadCompliance === null ? "-" : `${String(Math.round(totals.loadCompliance * 100))} %`}.`;
  showChart(days, result.asOf);
  living.hidden = false;
}

function offerICalendar(plan) {
  const text = toICalendar(plan, { now: new Date() });
  if (ics.href) URL.revokeObjectURL(ics.href);
  ics.href = URL.createObjectURL(new Blob([text], { type: "text/calendar" }));
  ics.download = `${plan.id}.ics`;
  ics.hidden = false;
}

function check() {
  errors.replaceChildren();
  report.hidden = true;
  calendarSection.hidden = true;
  living.hidden = true;
  ics.hidden = true;
  const planJson = readJson(planInput.value, "plan");
  if (!planJson.ok) return showIssues("The plan is not valid JSON.", planJson.issues);
  const parsed = safeParsePlan(planJson.value);
  if (!parsed.success)
    return showIssues(`The plan has ${String(parsed.error.issues.length)} problem(s):`, parsed.error.issues);
  let athlete;
  if (athleteInput.value.trim() !== "") {
    const athleteJson = readJson(athleteInput.value, "athlete");
    if (!athleteJson.ok) return showIssues("The athlete is not valid JSON.", athleteJson.issues);
    const parsedAthlete = safeParseAthlete(athleteJson.value);
    if (!parsedAthlete.success)
      return showIssues(
        `The athlete has ${String(parsedAthlete.error.issues.length)} problem(s):`,
        parsedAthlete.error.issues,
      );
    athlete = parsedAthlete.data;
  }
  let activities;
  if (activitiesInput.value.trim() !== "") {
    const activitiesJson = readJson(activitiesInput.value, "activities");
    if (!activitiesJson.ok) return showIssues("The activities are not valid JSON.", activitiesJson.issues);
    const parsedActivities = safeParseActivities(activitiesJson.value);
    if (!parsedActivities.success)
      return showIssues(
        `The activities have ${String(parsedActivities.error.issues.length)} problem(s):`,
        parsedActivities.error.issues,
      );
    activities = parsedActivities.data;
  }
  try {
    const options = { ...(athlete ? { athlete } : {}), ...(levelInput.value ? { level: levelInput.value } : {}) };
    const result = validatePlan(parsed.data, options);
    const { error, warning, info } = result.counts;
    setStatus(
      `${result.ok ? "OK" : "Not OK"} at ${result.level} level: ${String(error)} errors, ${String(warning)} warnings, ${String(info)} notes.`,
      result.ok,
    );
    showReport(result);
    // No hidden clock: "as of" is the date field, else the day after the last activity.
    const last = activities?.reduce((max, activity) => (activity.date > max ? activity.date : max), "");
    const asOf = asOfInput.value || (last ? nextDay(last) : parsed.data.startDate);
    const lived = activities ? adherence(parsed.data, activities, { asOf }) : undefined;
    const { days } = fitness(parsed.data, activities ? { activities, asOf } : {});
    if (lived) showLiving(lived, days);
    else {
      showChart(days, parsed.data.startDate);
      $("#adherence-summary").textContent = "No activities: the chart shows the planned load.";
      living.hidden = false;
    }
    showCalendar(buildCalendar(parsed.data), lived && activities ? adherenceMarks(lived, activities) : undefined);
    offerICalendar(parsed.data);
  } catch (error) {
    // Exceptions that match nothing, or a plan over the occurrence limit: located like parse errors.
    if (error instanceof OffseasonError) return showIssues(error.message.split("\n")[0] ?? error.message, error.issues);
    throw error;
  }
  return undefined;
}

/** The day after a `YYYY-MM-DD` date. */
function nextDay(date) {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

async function loadExample() {
  const [plan, athlete, log] = await Promise.all(
    ["/examples/plan.json", "/examples/athlete.json", "/examples/activities.json"].map(async (url) =>
      (await fetch(url)).text(),
    ),
  );
  planInput.value = plan;
  athleteInput.value = athlete;
  activitiesInput.value = log;
  asOfInput.value = "2026-11-23";
  $("#activities-box").open = true;
  check();
}

$("#check").addEventListener("click", check);
habitsInput.addEventListener("change", check);
asOfInput.addEventListener("change", check);
$("#example").addEventListener("click", () => void loadExample());
$("#broken").addEventListener("click", () => {
  planInput.value = JSON.stringify(BROKEN_PLAN, null, 2);
  athleteInput.value = "";
  activitiesInput.value = "";
  check();
});
await loadExample();
