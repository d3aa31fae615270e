// A custom rule brings its words per language (meta.locales), with English in meta.messages as the fallback it must
// provide; a locale passed to validatePlan that words the rule wins; formatFinding re-words a stored finding.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { defineRule, formatFinding, isOffseasonError, validatePlan, type Rule } from "../../src/index.js";
import { es } from "../../src/locales/es.js";
import { run, weeksOf } from "../helpers/plans.js";

const meta = {
  id: "club/long-run-cap",
  fundamental: "load",
  description: "No run longer than the cap.",
  defaultSeverity: "warning",
  evidence: "C",
  docs: "#club-long-run-cap",
  options: z.object({ maxMinutes: z.number() }),
  defaults: {
    beginner: { maxMinutes: 60 },
    intermediate: { maxMinutes: 60 },
    advanced: { maxMinutes: 60 },
    elite: { maxMinutes: 60 },
  },
  messages: {
    tooLong: { message: "The run on {date} lasts {minutes} min.", hint: "Keep runs under {max} min." },
    farTooLong: { message: "The run on {date} lasts {minutes} min, twice the cap." },
  },
  locales: { es: { tooLong: { message: "La carrera del {date} dura {minutes} min.", hint: "Menos de {max} min." } } },
} as const;

const cap: Rule = defineRule({
  meta,
  check({ calendar, options, report }) {
    for (const occurrence of calendar.occurrences) {
      if (occurrence.kind !== "run" || occurrence.session.minutes <= options.maxMinutes) continue;
      const { minutes } = occurrence.session;
      const messageId = minutes > 2 * options.maxMinutes ? "farTooLong" : "tooLong";
      report({ messageId, date: occurrence.date, data: { date: occurrence.date, minutes, max: options.maxMinutes } });
    }
  },
});

const plan = weeksOf([run("long", ["SA"], 75, { runType: "long" }), run("huge", ["SU"], 130, { runType: "long" })], 1);
const findingsIn = (locale?: typeof es) =>
  validatePlan(plan, { customRules: [cap], ...(locale ? { locale } : {}) }).findings.filter(
    (finding) => finding.ruleId === "club/long-run-cap",
  );

describe("a custom rule's messages in other languages", () => {
  it("are its meta.locales for the locale's code, English for a message it does not word", () => {
    expect(findingsIn(es).map((finding) => [finding.message, finding.hint])).toEqual([
      ["La carrera del 2026-11-07 dura 75 min.", "Menos de 60 min."],
      ["The run on 2026-11-08 lasts 130 min, twice the cap.", undefined],
    ]);
  });

  it("give way to a locale that words the rule", () => {
    const club = { ...es, rules: { "club/long-run-cap": { tooLong: { message: "Demasiado larga: {minutes} min." } } } };
    const [finding] = validatePlan(plan, { customRules: [cap], locale: club }).findings.filter(
      (candidate) => candidate.messageId === "tooLong",
    );
    // The locale words the message and not the hint: the hint falls back to the rule's words, then English.
    expect([finding?.message, finding?.hint]).toEqual(["Demasiado larga: 75 min.", "Keep runs under 60 min."]);
  });

  it("re-word a stored finding with formatFinding when the rule is passed", () => {
    const [stored] = findingsIn();
    expect(stored && formatFinding(stored, es, { customRules: [cap] }).message).toBe(
      "La carrera del 2026-11-07 dura 75 min.",
    );
    // Without the rule, the finding keeps its words: offseason cannot know them.
    expect(stored && formatFinding(stored, es).message).toBe("The run on 2026-11-07 lasts 75 min.");
  });

  it("are refused up front when they word a message id the rule does not have", () => {
    const wrong = { ...meta, locales: { de: { toLong: { message: "Zu lang." } } } };
    let caught: unknown;
    try {
      defineRule({ meta: wrong, check: () => undefined });
    } catch (error) {
      caught = error;
    }
    expect(isOffseasonError(caught) && caught.issues.map((issue) => [issue.path, issue.messageId])).toEqual([
      ["meta.locales.de.toLong", "rule.localeMessage"],
    ]);
  });
});
