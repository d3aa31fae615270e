// The browser example: offseason's ESM build, no bundler, no framework. Every value from the user is put on the
// page with textContent, never as HTML.
import {
  buildCalendar,
  habitDetails,
  habitTitle,
  OffseasonError,
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

function where(finding) {
  return [
    finding.week === undefined ? "" : `week ${String(finding.week)}`,
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
function calendarItem(occurrence) {
  const isHabit = occurrence.kind === "habit";
  const title = isHabit ? habitTitle(occurrence.habit) : sessionTitle(occurrence.session, occurrence);
  const time = occurrence.start ? `${occurrence.start.slice(11, 16)} ` : "";
  const item = element("span", `${time}${title}`, isHabit ? "item habit" : "item");
  const structure = isHabit ? undefined : sessionStructure(occurrence.session);
  if (structure !== undefined) item.append(element("span", structure, "structure"));
  item.title = (isHabit ? habitDetails(occurrence.habit) : sessionDetails(occurrence.session, occurrence)).join("\n");
  return item;
}

function showCalendar(calendar) {
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
          cell.append(calendarItem(occurrence));
        }
        row.append(cell);
      }
      return row;
    }),
  );
  calendarSection.hidden = false;
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
  try {
    const options = { ...(athlete ? { athlete } : {}), ...(levelInput.value ? { level: levelInput.value } : {}) };
    const result = validatePlan(parsed.data, options);
    const { error, warning, info } = result.counts;
    setStatus(
      `${result.ok ? "OK" : "Not OK"} at ${result.level} level: ${String(error)} errors, ${String(warning)} warnings, ${String(info)} notes.`,
      result.ok,
    );
    showReport(result);
    showCalendar(buildCalendar(parsed.data));
    offerICalendar(parsed.data);
  } catch (error) {
    // Exceptions that match nothing, or a plan over the occurrence limit: located like parse errors.
    if (error instanceof OffseasonError) return showIssues(error.message.split("\n")[0] ?? error.message, error.issues);
    throw error;
  }
  return undefined;
}

async function loadExample() {
  const [plan, athlete] = await Promise.all(
    ["/examples/plan.json", "/examples/athlete.json"].map(async (url) => (await fetch(url)).text()),
  );
  planInput.value = plan;
  athleteInput.value = athlete;
  check();
}

$("#check").addEventListener("click", check);
habitsInput.addEventListener("change", check);
$("#example").addEventListener("click", () => void loadExample());
$("#broken").addEventListener("click", () => {
  planInput.value = JSON.stringify(BROKEN_PLAN, null, 2);
  athleteInput.value = "";
  check();
});
await loadExample();
