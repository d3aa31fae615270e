import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  defineRule,
  LEVELS,
  OffseasonError,
  parseAthlete,
  parsePlan,
  presets,
  rules,
  validatePlan,
  type Finding,
  type Report,
} from "../../src/index.js";
import { compareFindings } from "../../src/rules/engine/compareFindings.js";
import { offseasonErrorOf } from "../helpers/errors.js";
import { exampleAthleteJson, examplePlanJson } from "../helpers/fixtures.js";
import { run, weeksOf } from "../helpers/plans.js";

const example = parsePlan(examplePlanJson());
const athlete = parseAthlete(exampleAthleteJson());

const DOMAIN_RULE_IDS = [
  "rest-day-weekly",
  "max-consecutive-run-days",
  "no-back-to-back-hard",
  "hard-sessions-per-week",
  "intensity-distribution",
  "active-recovery-weekly",
  "active-recovery-easy",
  "mobility-daily",
  "sleep-hours",
  "weekly-volume-progression",
  "single-run-spike",
  "weekly-monotony",
  "acwr-band",
  "deload-week",
  "long-run-share",
  "strength-frequency",
  "strength-exercise-mix",
  "strength-spacing",
  "cross-training-weekly",
  "cross-training-share",
  "mental-skills-weekly",
  "support-network",
  "pre-run-hydration",
  "balanced-diet",
  "protein-target",
  "carb-target",
  "mindful-eating",
  "availability",
  "transition-first",
  "transition-volume",
  "race-recovery",
  "race-readiness",
  "base-volume",
  "steps-duration",
  "quality-progression",
  "strength-progression",
];

describe("the rule catalog", () => {
  it("has exactly the rule ids of docs/domain.md, unique", () => {
    expect(rules.map((rule) => rule.meta.id)).toEqual(DOMAIN_RULE_IDS);
  });

  it("gives every rule a type, and coverage rules default to info (docs/domain.md, Rule types)", () => {
    const coverage = rules.filter((rule) => rule.meta.type === "coverage").map((rule) => rule.meta.id);
    expect(coverage.sort()).toEqual(
      [
        "mental-skills-weekly",
        "support-network",
        "mobility-daily",
        "sleep-hours",
        "cross-training-weekly",
        "active-recovery-weekly",
        "pre-run-hydration",
        "balanced-diet",
        "mindful-eating",
      ].sort(),
    );
    for (const rule of rules) {
      expect(rule.meta.type, rule.meta.id).toMatch(/^(problem|coverage)$/);
      if (rule.meta.type === "coverage") expect(rule.meta.defaultSeverity, rule.meta.id).toBe("info");
    }
  });

  it("never defaults a coaching-convention (C) rule above warning, but for the core rest-day rule", () => {
    // docs/domain.md lists rest-day-weekly as C "(the core rule)" with default error: the one deliberate exception.
    for (const rule of rules)
      if (rule.meta.evidence === "C" && rule.meta.id !== "rest-day-weekly")
        expect(rule.meta.defaultSeverity, rule.meta.id).not.toBe("error");
  });

  it("ships presets for every level and rule, e.g. beginners' two run-free days", () => {
    for (const level of LEVELS) expect(Object.keys(presets[level])).toEqual(DOMAIN_RULE_IDS);
    expect(presets.beginner["rest-day-weekly"]).toEqual({
      severity: "error",
      options: { minRunFreeDays: 2, advisedOnly: false, mastersMinRunFreeDays: 2, youngYouthMinRunFreeDays: 2 },
    });
    expect(presets.elite["sleep-hours"]?.options).toEqual({ minHours: 8, youthMinHours: 8 });
  });
});

describe("validatePlan on the example plan", () => {
  const report = validatePlan(example, { athlete });

  it("is ok with no error and no warning at intermediate level", () => {
    expect(report.ok).toBe(true);
    expect(report.level).toBe("intermediate");
    expect(report.findings.filter((finding) => finding.severity !== "info")).toEqual([]);
    expect(report.counts.error + report.counts.warning).toBe(0);
  });

  it("reports every fundamental as ok, with weekly metrics and the ACWR seed", () => {
    expect(Object.keys(report.fundamentals)).toEqual([
      "recovery",
      "strength",
      "cross-training",
      "mental",
      "nutrition",
      "load",
      "feasibility",
    ]);
    for (const result of Object.values(report.fundamentals)) expect(result.ok).toBe(true);
    expect(report.metrics).toHaveLength(12);
    expect(report.acwrSeed).toBe("in-season");
  });

  it("is deterministic", () => {
    expect(JSON.stringify(validatePlan(example, { athlete }))).toBe(JSON.stringify(report));
  });
});

describe("validatePlan options", () => {
  const daily = weeksOf([run("daily", [], 30, { on: undefined, repeat: "FREQ=DAILY" })], 1);
  const ruleIds = (report: Report) => report.findings.map((finding) => finding.ruleId);

  it("takes the level from the option, else the athlete, else intermediate", () => {
    expect(validatePlan(daily).level).toBe("intermediate");
    expect(validatePlan(daily, { athlete: parseAthlete({ ...exampleAthleteJson(), level: "elite" }) }).level).toBe(
      "elite",
    );
    expect(validatePlan(daily, { athlete, level: "beginner" }).level).toBe("beginner");
  });

  it("turns rules off, changes severities and options like ESLint", () => {
    expect(ruleIds(validatePlan(daily, { rules: { "rest-day-weekly": "off" } }))).not.toContain("rest-day-weekly");
    const softened = validatePlan(daily, { rules: { "rest-day-weekly": "warning" } });
    expect(softened.findings.find((finding) => finding.ruleId === "rest-day-weekly")?.severity).toBe("warning");
    expect(softened.ok).toBe(true);
    const tuple = validatePlan(daily, { rules: { "strength-frequency": ["error", { minPerWeek: 3 }] } });
    expect(tuple.findings.find((finding) => finding.ruleId === "strength-frequency")).toMatchObject({
      severity: "error",
      limit: 3,
    });
    const off = validatePlan(daily, { rules: { "strength-frequency": ["off"] } });
    expect(ruleIds(off)).not.toContain("strength-frequency");
  });

  it("lets the config, not the rule, decide severity: an escalated finding follows the configured severity", () => {
    const spike = parsePlan({
      version: 1,
      id: "s",
      timezone: "UTC",
      startDate: "2026-11-02",
      phases: [
        { id: "a", weeks: 5, sessions: [run("l", ["SU"], 30)] },
        { id: "b", weeks: 1, sessions: [run("l2", ["SU"], 90)] },
      ],
    });
    const severityOf = (report: Report) => report.findings.find((finding) => finding.messageId === "doubled")?.severity;
    expect(severityOf(validatePlan(spike))).toBe("error");
    expect(severityOf(validatePlan(spike, { rules: { "single-run-spike": "warning" } }))).toBe("warning");
  });

  it("refuses unknown rules, bad severities and bad options with located config errors", () => {
    const error = offseasonErrorOf(() =>
      validatePlan(daily, {
        rules: {
          "no-such-rule": "error",
          "rest-day-weekly": "fatal" as "error",
          "strength-frequency": ["warning", { minPerWeek: "two" }],
          "mobility-daily": ["warning", { days: 3 }],
        },
      }),
    );
    expect(error.code).toBe("config");
    expect(error.issues).toEqual([
      {
        path: 'rules["no-such-rule"]',
        pathSegments: ["rules", "no-such-rule"],
        message: 'unknown rule "no-such-rule"',
        code: "config",
        messageId: "config.unknownRule",
        data: { id: "no-such-rule" },
      },
      {
        path: 'rules["rest-day-weekly"]',
        pathSegments: ["rules", "rest-day-weekly"],
        message: 'severity must be "off", "info", "warning" or "error"',
        code: "config",
        messageId: "config.severity",
        data: {},
      },
      {
        path: 'rules["mobility-daily"][1]',
        pathSegments: ["rules", "mobility-daily", 1],
        message: "unknown option(s) days",
        code: "config",
        messageId: "config.unknownOptions",
        data: { keys: ["days"] },
      },
      {
        path: 'rules["strength-frequency"][1].minPerWeek',
        pathSegments: ["rules", "strength-frequency", 1, "minPerWeek"],
        message: "invalid option (invalid_type)",
        code: "config",
        messageId: "config.invalidOption",
        data: { code: "invalid_type" },
      },
    ]);
    expect(error.message.split("\n")[0]).toBe("Invalid rules config (4 problems):");
    for (const bad of [[], null, "x"]) {
      const options = offseasonErrorOf(() =>
        validatePlan(daily, { rules: { "mobility-daily": ["warning", bad as unknown as Record<string, unknown>] } }),
      );
      expect(options.issues).toEqual([
        {
          path: 'rules["mobility-daily"][1]',
          pathSegments: ["rules", "mobility-daily", 1],
          message: "options must be an object",
          code: "config",
          messageId: "config.optionsObject",
          data: {},
        },
      ]);
    }
    const keys = offseasonErrorOf(() =>
      validatePlan(daily, { rules: { "mobility-daily": ["warning", { days: 3, weeks: 2 }] } }),
    );
    // Intl's English list style.
    expect(keys.issues.map((issue) => issue.message)).toEqual(["unknown option(s) days and weeks"]);
    const level = offseasonErrorOf(() => validatePlan(daily, { level: "pro" as "elite" }));
    expect(level.code).toBe("config");
    expect(level.message.split("\n")[0]).toBe("Invalid options (1 problem):");
    expect(level.issues).toEqual([
      {
        path: "level",
        pathSegments: ["level"],
        message: "must be one of beginner, intermediate, advanced, or elite",
        code: "config",
        messageId: "config.level",
        data: { levels: ["beginner", "intermediate", "advanced", "elite"] },
      },
    ]);
  });

  it("orders findings of the same week, date and rule by session", () => {
    const day = { available: true };
    const closed = parseAthlete({
      ...exampleAthleteJson(),
      availability: { MO: day, TU: { available: false }, WE: day, TH: day, FR: day, SA: day, SU: day },
    });
    const plan = weeksOf([run("b-run", ["TU"], 30), run("a-run", ["TU"], 20)], 1);
    const ids = validatePlan(plan, { athlete: closed })
      .findings.filter((finding) => finding.ruleId === "availability")
      .map((finding) => finding.sessionId);
    expect(ids).toEqual(["a-run", "b-run"]);
  });

  it("runs custom rules made with defineRule, configured like the built-in ones", () => {
    const noMondays = defineRule({
      meta: {
        id: "club/no-monday-runs",
        fundamental: "recovery",
        description: "The club rests on Mondays.",
        defaultSeverity: "warning",
        evidence: "C",
        docs: "#club-no-monday-runs",
        options: z.strictObject({ weekday: z.string() }),
        defaults: {
          beginner: { weekday: "MO" },
          intermediate: { weekday: "MO" },
          advanced: { weekday: "MO" },
          elite: { weekday: "MO" },
        },
        messages: { monday: { message: "A run on {date}.", hint: "Rest on {weekday}." } },
      },
      check({ calendar, options, report }) {
        for (const week of calendar.weeks) {
          const day = week.days.find((candidate) => candidate.weekday === options.weekday);
          if (day?.occurrences.some((occurrence) => occurrence.kind === "run"))
            report({
              messageId: "monday",
              week: week.index,
              date: day.date,
              data: { date: day.date, weekday: options.weekday },
            });
        }
      },
    });
    const report = validatePlan(daily, { customRules: [noMondays] });
    expect(report.findings.find((finding) => finding.ruleId === "club/no-monday-runs")).toMatchObject({
      severity: "warning",
      fundamental: "recovery",
      message: "A run on 2026-11-02.",
      hint: "Rest on MO.",
    });
    expect(
      validatePlan(daily, {
        customRules: [noMondays],
        rules: { "club/no-monday-runs": ["error", { weekday: "TU" }] },
      }).findings.find((finding) => finding.ruleId === "club/no-monday-runs"),
    ).toMatchObject({ severity: "error", date: "2026-11-03" });
    expect(offseasonErrorOf(() => validatePlan(daily, { customRules: [noMondays, noMondays] })).code).toBe("config");
  });

  it("refuses a custom rule with an inconsistent meta or a clashing id", () => {
    const meta = rules[0]?.meta;
    if (!meta) throw new Error("no rules");
    expect(() => defineRule({ meta: { ...meta, id: "Not Kebab" }, check: () => undefined })).toThrow(OffseasonError);
    const defaults = offseasonErrorOf(() =>
      defineRule({
        meta: { ...meta, defaults: { ...meta.defaults, elite: { minRunFreeDays: "x" } } },
        check: () => undefined,
      }),
    );
    expect(defaults.code).toBe("config");
    expect(defaults.message.split("\n")[0]).toBe(`Invalid rule ${meta.id} (1 problem):`);
    expect(defaults.issues).toEqual([
      {
        path: "meta.defaults.elite",
        pathSegments: ["meta", "defaults", "elite"],
        message: "does not match the options schema",
        code: "config",
        messageId: "rule.defaults",
        data: {},
      },
    ]);
    for (const severity of ["info", "warning", "error"] as const)
      expect(
        defineRule({ meta: { ...meta, defaultSeverity: severity }, check: () => undefined }).meta.defaultSeverity,
      ).toBe(severity);
    expect(
      offseasonErrorOf(() => validatePlan(daily, { customRules: [defineRule({ meta, check: () => undefined })] }))
        .issues[0]?.message,
    ).toContain("already taken");
    const bad = offseasonErrorOf(() =>
      defineRule({
        meta: { ...meta, fundamental: "speed" as "load", defaultSeverity: "fatal" as "error", messages: {} },
        check: () => undefined,
      }),
    );
    expect(bad.issues).toEqual([
      {
        path: "meta.fundamental",
        pathSegments: ["meta", "fundamental"],
        message: "must be one of recovery, strength, cross-training, mental, nutrition, load, or feasibility",
        code: "config",
        messageId: "rule.fundamental",
        data: {
          fundamentals: ["recovery", "strength", "cross-training", "mental", "nutrition", "load", "feasibility"],
        },
      },
      {
        path: "meta.defaultSeverity",
        pathSegments: ["meta", "defaultSeverity"],
        message: "must be info, warning or error",
        code: "config",
        messageId: "rule.severity",
        data: {},
      },
      {
        path: "meta.messages",
        pathSegments: ["meta", "messages"],
        message: "must define at least one message",
        code: "config",
        messageId: "rule.messages",
        data: {},
      },
    ]);
    expect(
      offseasonErrorOf(() => defineRule({ meta: { ...meta, id: "Bad Id" }, check: () => undefined })).issues,
    ).toEqual([
      {
        path: "meta.id",
        pathSegments: ["meta", "id"],
        message: '"Bad Id" is not a kebab-case rule id (plugin/rule-name allowed)',
        code: "config",
        messageId: "rule.id",
        data: { id: "Bad Id" },
      },
    ]);
  });

  it("is not ok once any finding is an error", () => {
    const report = validatePlan(daily);
    expect(report.counts.error).toBeGreaterThan(0);
    expect(report.ok).toBe(false);
    expect(report.fundamentals.recovery.ok).toBe(false);
  });

  it("leaves out the location fields a finding does not have, rather than setting them to undefined", () => {
    const report = validatePlan(daily, { level: "beginner" });
    // A plan-wide finding names the JSON path to change, and has no week.
    const planWide = report.findings.find((finding) => finding.ruleId === "mindful-eating");
    expect(planWide && Object.keys(planWide).sort()).toEqual([
      "data",
      "fundamental",
      "hint",
      "message",
      "messageId",
      "path",
      "ruleId",
      "severity",
    ]);
    expect(planWide?.path).toBe("habits");
    // A finding said once for several weeks has weeks (and week, the first), no date.
    const weekly = report.findings.find((finding) => finding.ruleId === "rest-day-weekly");
    expect(weekly && Object.keys(weekly).sort()).toEqual([
      "data",
      "fundamental",
      "hint",
      "limit",
      "measured",
      "message",
      "messageId",
      "ruleId",
      "severity",
      "week",
      "weeks",
    ]);
  });

  it("passes the history and the occurrence limit on", () => {
    expect(validatePlan(daily).acwrSeed).toBe("none");
    const week = { load: 700, runMinutes: 200 };
    const seeded = validatePlan(daily, { history: { weeks: [week, week, week] } });
    expect(seeded.acwrSeed).toBe("history");
    expect(seeded.metrics[0]?.acwr).not.toBeNull();
    expect(validatePlan(daily, { history: { days: [{ load: 100 }] } }).acwrSeed).toBe("history");
    expect(offseasonErrorOf(() => validatePlan(daily, { maxOccurrences: 5 })).code).toBe("limit");
  });

  it("orders findings of the same week, date and rule by session, then path, then message", () => {
    const day = { available: true };
    const closed = parseAthlete({
      ...exampleAthleteJson(),
      availability: { MO: day, TU: { available: false }, WE: day, TH: day, FR: day, SA: day, SU: day },
    });
    const plan = weeksOf([run("c", ["TU"], 30), run("a", ["TU"], 20), run("d", ["TU"], 20), run("b", ["TU"], 20)], 1);
    const ids = validatePlan(plan, { athlete: closed })
      .findings.filter((finding) => finding.ruleId === "availability")
      .map((finding) => finding.sessionId);
    expect(ids).toEqual(["a", "b", "c", "d"]);
    // One habit, two failures: by path (hoursBefore < mlPerKg), whatever the order the rule reported them in; a
    // coverage rule says one thing per plan, the first of them.
    const habits = {
      habits: [{ id: "h", category: "hydration", when: "before-each-run", mlPerKg: 1, hoursBefore: 1 }],
    };
    const paths = validatePlan(weeksOf([run("e", ["TU"], 30)], 1, habits))
      .findings.filter((finding) => finding.ruleId === "pre-run-hydration")
      .map((finding) => finding.path);
    expect(paths).toEqual(["habits[0].hoursBefore"]);
  });

  it("runs several custom rules side by side, and refuses one that reports an unknown message id", () => {
    const meta = rules[0]?.meta;
    if (!meta) throw new Error("no rules");
    const first = defineRule({
      meta: { ...meta, id: "club/first" },
      check: ({ report }) => {
        report({ messageId: "tooFew", data: {} });
      },
    });
    const second = defineRule({
      meta: { ...meta, id: "club/second" },
      check: ({ report }) => {
        report({ messageId: "tooFew", data: {} });
      },
    });
    const ids = validatePlan(daily, { customRules: [first, second] }).findings.map((finding) => finding.ruleId);
    expect(ids).toContain("club/first");
    expect(ids).toContain("club/second");
    const clash = offseasonErrorOf(() => validatePlan(daily, { customRules: [first, second, first] }));
    expect(clash).toMatchObject({ code: "config", message: expect.stringMatching(/^Invalid custom rules/) as unknown });
    // The later duplicate is the one refused.
    expect(clash.issues).toEqual([
      {
        path: 'customRules["club/first"]',
        pathSegments: ["customRules", "club/first"],
        message: 'rule id "club/first" is already taken',
        code: "config",
        messageId: "config.ruleTaken",
        data: { id: "club/first" },
      },
    ]);
    const template = defineRule({
      meta: {
        ...meta,
        id: "club/template",
        messages: { note: { message: "{count} of {missing} {constructor}", hint: "{count}" } },
      },
      check: ({ report }) => {
        report({ messageId: "note", data: { count: 0 } });
      },
    });
    expect(
      validatePlan(daily, { customRules: [template] }).findings.find((finding) => finding.ruleId === "club/template"),
    ).toMatchObject({ message: "0 of {missing} {constructor}", hint: "0" });
    const noHint = defineRule({
      meta: { ...meta, id: "club/no-hint", messages: { note: { message: "Note." } } },
      check: ({ report }) => {
        report({ messageId: "note" });
      },
    });
    const note = validatePlan(daily, { customRules: [noHint] }).findings.find(
      (finding) => finding.ruleId === "club/no-hint",
    );
    expect(note?.message).toBe("Note.");
    expect(note && "hint" in note).toBe(false);
    const unknown = defineRule({
      meta: { ...meta, id: "club/unknown" },
      check: ({ report }) => {
        report({ messageId: "nope" });
      },
    });
    expect(() => validatePlan(daily, { customRules: [unknown] })).toThrow(
      'Rule club/unknown reported an unknown message id "nope"',
    );
    // An OffseasonError, not a bare Error: callers handle it like every other config problem.
    const unknownError = offseasonErrorOf(() => validatePlan(daily, { customRules: [unknown] }));
    expect(unknownError.code).toBe("config");
    expect(unknownError.issues).toEqual([
      {
        path: 'customRules["club/unknown"]',
        pathSegments: ["customRules", "club/unknown"],
        message: `reported "nope", which its meta.messages does not define (${Object.keys(meta.messages).join(", ")})`,
        code: "config",
        messageId: "config",
      },
    ]);
  });

  it("sorts findings by week, then date, then rule id, plan-wide findings first", () => {
    const findings = validatePlan(daily, { level: "beginner" }).findings;
    const keys = findings.map((finding) => [finding.week ?? 0, finding.date ?? "", finding.ruleId] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]));
    expect(keys).toEqual(sorted);
  });
});

describe("compareFindings", () => {
  const finding = (extra: Partial<Finding>): Finding => ({
    ruleId: "r",
    fundamental: "load",
    severity: "info",
    messageId: "m",
    data: {},
    message: "m",
    ...extra,
  });

  it("orders by week (plan-wide first), date, rule id, then session, path and message", () => {
    const ordered = [
      finding({ ruleId: "b" }),
      finding({ ruleId: "a", week: 1 }),
      finding({ ruleId: "a", week: 1, date: "2026-11-03" }),
      finding({ ruleId: "b", week: 1, date: "2026-11-03" }),
      finding({ ruleId: "b", week: 1, date: "2026-11-03", sessionId: "a" }),
      finding({ ruleId: "b", week: 1, date: "2026-11-03", sessionId: "a", path: "x" }),
      finding({ ruleId: "b", week: 1, date: "2026-11-03", sessionId: "a", path: "x", message: "n" }),
      finding({ ruleId: "b", week: 1, date: "2026-11-03", sessionId: "b" }),
      finding({ ruleId: "a", week: 2 }),
    ];
    expect([...ordered].reverse().sort(compareFindings)).toEqual(ordered);
    for (const [index, item] of ordered.entries()) {
      const later = ordered[index + 1];
      expect(compareFindings(item, item)).toBe(0);
      if (later) {
        expect(compareFindings(item, later)).toBe(-1);
        expect(compareFindings(later, item)).toBeGreaterThan(0);
      }
    }
  });
});

describe("the severity model: the config sets the severity of violations, never of notes", () => {
  const notes = (report: Report) =>
    report.findings
      .filter((finding) => finding.note === true)
      .map(({ ruleId, messageId, severity }) => ({ ruleId, messageId, severity }));

  it("keeps availability's note that it could not check info, and the plan ok, when availability is configured as error without an athlete", () => {
    const report = validatePlan(example, { rules: { availability: "error" } });
    expect(report.ok).toBe(true);
    expect(notes(report)).toContainEqual({ ruleId: "availability", messageId: "skipped", severity: "info" });
  });

  it("keeps the notes of acwr-band and single-run-spike info when both are configured as errors and no history is given", () => {
    const report = validatePlan(example, {
      athlete: { ...athlete, inSeasonWeeklyRunMinutes: undefined },
      rules: { "acwr-band": "error", "single-run-spike": "error" },
    });
    expect(notes(report)).toEqual([
      { ruleId: "acwr-band", messageId: "unseeded", severity: "info" },
      { ruleId: "single-run-spike", messageId: "unchecked", severity: "info" },
      // Without in-season minutes, the transition's running is not checked against the season either.
      { ruleId: "transition-volume", messageId: "unchecked", severity: "info" },
    ]);
    // What the rules did judge follows the config: acwr-band's ratios are errors now.
    expect(
      report.findings
        .filter((finding) => finding.ruleId === "acwr-band" && finding.note !== true)
        .every((finding) => finding.severity === "error"),
    ).toBe(true);
  });
});

describe("per-message severities: declared in meta, never chosen in check", () => {
  const plan = parsePlan({
    version: 1,
    id: "m",
    timezone: "UTC",
    startDate: "2026-11-02",
    phases: [{ id: "a", weeks: 1, sessions: [run("r", ["MO"], 30)] }],
  });
  const levels = <T>(value: T) => ({ beginner: value, intermediate: value, advanced: value, elite: value });
  const graded = defineRule({
    meta: {
      id: "club/graded",
      fundamental: "load",
      description: "Reports one finding per message.",
      defaultSeverity: "warning",
      evidence: "C",
      docs: "#club-graded",
      options: z.strictObject({}),
      defaults: levels({}),
      messages: {
        plain: { message: "Plain." },
        grave: { message: "Grave.", severity: "error" },
        minor: { message: "Minor.", severity: "info" },
        legacy: { message: "Legacy.", severity: "info" },
        unknown: { message: "Not checked.", severity: "error" },
      },
    },
    check({ report }) {
      report({ messageId: "plain" });
      report({ messageId: "grave" });
      report({ messageId: "minor" });
      // An older custom rule that still picks a severity in check: honoured after the config, before the message's.
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated field is what this case tests
      report({ messageId: "legacy", severity: "warning" });
      report({ messageId: "unknown", note: true });
    },
  });
  const severities = (report: Report) =>
    Object.fromEntries(
      report.findings
        .filter((finding) => finding.ruleId === "club/graded")
        .map((finding) => [finding.messageId, finding.severity]),
    );

  it("gives a finding its message's severity, else the rule's default; a note stays info", () => {
    expect(severities(validatePlan(plan, { customRules: [graded] }))).toEqual({
      plain: "warning",
      grave: "error",
      minor: "info",
      legacy: "warning",
      unknown: "info",
    });
  });

  it("lets a configured severity override every message of the rule, but not a note", () => {
    expect(severities(validatePlan(plan, { customRules: [graded], rules: { "club/graded": "info" } }))).toEqual({
      plain: "info",
      grave: "info",
      minor: "info",
      legacy: "info",
      unknown: "info",
    });
    expect(severities(validatePlan(plan, { customRules: [graded], rules: { "club/graded": ["error", {}] } }))).toEqual({
      plain: "error",
      grave: "error",
      minor: "error",
      legacy: "error",
      unknown: "info",
    });
  });

  it("refuses a message severity that is not info, warning or error", () => {
    const error = offseasonErrorOf(() =>
      defineRule({
        meta: { ...graded.meta, messages: { plain: { message: "Plain.", severity: "fatal" as "error" } } },
        check: () => undefined,
      }),
    );
    expect(error.issues).toEqual([
      {
        path: "meta.messages.plain.severity",
        pathSegments: ["meta", "messages", "plain", "severity"],
        message: "must be info, warning or error",
        code: "config",
        messageId: "rule.severity",
        data: {},
      },
    ]);
  });

  it("has no built-in rule choose a severity in check", () => {
    const spike = parsePlan({
      version: 1,
      id: "s",
      timezone: "UTC",
      startDate: "2026-11-02",
      habits: [{ id: "sleep", category: "sleep", hours: 6, repeat: "FREQ=DAILY" }],
      phases: [
        { id: "a", weeks: 5, sessions: [run("l", ["SU"], 30)] },
        { id: "b", weeks: 1, sessions: [run("l2", ["SU"], 90), run("e", ["MO", "TU", "WE", "TH"], 60)] },
      ],
    });
    const chosen: string[] = [];
    const spies = rules.map((rule) =>
      defineRule({
        meta: { ...rule.meta, id: `spy/${rule.meta.id}` },
        check(context) {
          rule.check({
            ...context,
            report(report) {
              // eslint-disable-next-line @typescript-eslint/no-deprecated -- the guard looks for the deprecated field
              if (report.severity !== undefined) chosen.push(`${rule.meta.id}/${report.messageId}`);
              context.report(report);
            },
          });
        },
      }),
    );
    let reported = 0;
    for (const target of [example, spike, plan]) {
      for (const options of [{}, { athlete }, { athlete: { ...athlete, inSeasonWeeklyRunMinutes: undefined } }]) {
        reported += validatePlan(target, { ...options, customRules: spies }).findings.filter((finding) =>
          finding.ruleId.startsWith("spy/"),
        ).length;
      }
    }
    expect(reported).toBeGreaterThan(20);
    expect(chosen).toEqual([]);
  });
});
