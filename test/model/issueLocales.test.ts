// Input issues as a message id and raw data, worded in English by default and in Spanish or German on request
// (issue #28): the same issue, whole messages asserted in each language.
import { describe, expect, it } from "vitest";
import { de } from "../../src/locales/de.js";
import { es } from "../../src/locales/es.js";
import {
  formatError,
  formatIssue,
  ISSUE_MESSAGES,
  OffseasonError,
  parsePlan,
  safeParseActivities,
  safeParseAthlete,
  safeParsePlan,
  validatePlan,
} from "../../src/index.js";
import { offseasonErrorOf } from "../helpers/errors.js";

const plan = (overrides: Record<string, unknown> = {}) => ({
  version: 1,
  id: "winter",
  timezone: "Europe/Madrid",
  startDate: "2026-11-02",
  phases: [
    {
      id: "base",
      weeks: 2,
      sessions: [{ id: "easy", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU", "SA"] }],
    },
  ],
  ...overrides,
});

const withRpe = (rpe: unknown) =>
  plan({
    phases: [
      { id: "base", weeks: 2, sessions: [{ id: "easy", kind: "run", runType: "easy", minutes: 40, rpe, on: ["TU"] }] },
    ],
  });

describe("an issue is a message id and raw data", () => {
  it("keeps zod's code as the message id of a shape problem, with its bounds as data, and the English as before", () => {
    const error = offseasonErrorOf(() => parsePlan(withRpe(12)));
    expect(error.issues).toEqual([
      {
        path: "phases[0].sessions[0].rpe",
        pathSegments: ["phases", 0, "sessions", 0, "rpe"],
        message: "must be at most 10",
        code: "too_big",
        messageId: "too_big",
        data: { origin: "number", maximum: 10, inclusive: true },
      },
    ]);
    expect(error).toMatchObject({ messageId: "summary.invalidPlan", summary: "Invalid plan" });
    expect(error.message).toBe("Invalid plan (1 problem):\n  phases[0].sessions[0].rpe: must be at most 10");
  });

  it("gives offseason's own checks a dotted id with the values the message names", () => {
    const result = safeParsePlan(plan({ exceptions: [{ action: "skip", sessionId: "tempo", date: "2026-11-03" }] }));
    expect(result.success ? undefined : result.error.issues).toEqual([
      {
        path: "exceptions[0].sessionId",
        pathSegments: ["exceptions", 0, "sessionId"],
        message: 'no session has the id "tempo"',
        code: "unknown_reference",
        messageId: "exception.unknownSession",
        data: { sessionId: "tempo" },
      },
    ]);
  });

  it("says what the input was instead: the type, or the value itself", () => {
    const issues = (rpe: unknown) => {
      const result = safeParsePlan(withRpe(rpe));
      return result.success ? [] : result.error.issues.map(({ message, data }) => ({ message, data }));
    };
    expect(issues("7")).toEqual([
      { message: "must be a number, not a string", data: { expected: "number", received: "string" } },
    ]);
    const noId = safeParsePlan({ ...plan(), id: undefined });
    expect(noId.success ? [] : noId.error.issues.map(({ message, data }) => ({ message, data }))).toEqual([
      { message: "is required", data: { expected: "string", received: "undefined" } },
    ]);
  });

  it("has an English template for every message id an issue carries", () => {
    const result = safeParsePlan({ ...plan(), version: 2, timezone: "Nowhere/City", extra: true });
    const ids = result.success ? [] : result.error.issues.map((issue) => issue.messageId);
    expect(ids).toEqual(["invalid_value", "timezone.invalid", "unrecognized_keys"]);
    for (const id of ids) expect(ISSUE_MESSAGES[id]).toBeDefined();
  });

  it("keeps a message given as text: the code is its id, and no data", () => {
    const error = new OffseasonError("config", "Invalid", [{ path: "a", message: "is {odd}", code: "config" }]);
    expect(error.issues[0]).toEqual({
      path: "a",
      pathSegments: ["a"],
      message: "is {odd}",
      code: "config",
      messageId: "config",
    });
    expect(error.issues[0] && formatIssue(error.issues[0], es)).toBe("is {odd}");
    expect(error.messageId).toBeUndefined();
  });
});

describe("issues in Spanish and German", () => {
  it("words a parse's issues and its error in the locale given", () => {
    const spanish = offseasonErrorOf(() => parsePlan(withRpe(12), { locale: es }));
    expect(spanish.issues[0]?.message).toBe("debe ser como máximo 10");
    expect(spanish.message).toBe("Plan no válido (1 problema):\n  phases[0].sessions[0].rpe: debe ser como máximo 10");
    const german = offseasonErrorOf(() => parsePlan(withRpe(12), { locale: de }));
    expect(german.message).toBe("Ungültiger Plan (1 Problem):\n  phases[0].sessions[0].rpe: muss höchstens 10 sein");
    // The id and data do not change with the language.
    expect(german.issues.map(({ messageId, data }) => ({ messageId, data }))).toEqual(
      spanish.issues.map(({ messageId, data }) => ({ messageId, data })),
    );
  });

  it("renders the data of an own check through the locale: a located duplicate id", () => {
    const twice = plan({
      phases: [
        { id: "base", weeks: 1, sessions: [] },
        { id: "base", weeks: 1, sessions: [] },
      ],
    });
    const message = (locale?: typeof es) => {
      const result = safeParsePlan(twice, locale ? { locale } : {});
      return result.success ? "" : result.error.message;
    };
    expect(message()).toBe('Invalid plan (1 problem):\n  phases[1].id: phase id "base" is used twice');
    expect(message(es)).toBe("Plan no válido (1 problema):\n  phases[1].id: el id de fase «base» se usa dos veces");
    expect(message(de)).toBe("Ungültiger Plan (1 Problem):\n  phases[1].id: die Phasen-ID „base“ kommt zweimal vor");
  });

  it("words plurals and lists with Intl: an unknown kind of activity, and too few items", () => {
    const kind = safeParseActivities([{ id: "a", date: "2026-11-03", kind: "nap", minutes: 20 }], { locale: de });
    expect(kind.success ? "" : kind.error.issues[0]?.message).toBe(
      'muss "run", "strength", "cross", "mobility" oder "mental" sein',
    );
    const none = safeParsePlan(plan({ phases: [] }), { locale: es });
    expect(none.success ? "" : none.error.issues[0]?.message).toBe("debe tener al menos 1 elemento");
    const athlete = safeParseAthlete({ id: "ana" }, { locale: es });
    expect(athlete.success ? "" : athlete.error.message.split("\n")[0]).toBe("Atleta no válido (3 problemas):");
  });

  it("re-words an error made in English with formatIssue and formatError", () => {
    const error = offseasonErrorOf(() => parsePlan(plan({ startDate: "2026-02-30" })));
    const [issue] = error.issues;
    expect(issue && formatIssue(issue, es)).toBe("debe ser una fecha real escrita AAAA-MM-DD, entre 1900 y 2200");
    expect(issue && formatIssue(issue)).toBe(issue?.message);
    expect(formatError(error, de)).toBe(
      "Ungültiger Plan (1 Problem):\n  startDate: muss ein gültiges Datum zwischen 1900 und 2200 im Format JJJJ-MM-TT sein",
    );
    expect(formatError(error)).toBe(error.message);
  });

  it("words the limit overrides and validatePlan's config errors in the locale", () => {
    const limits = offseasonErrorOf(() => parsePlan(plan(), { limits: { maxWeeks: 0 }, locale: es }));
    expect(limits.message).toBe(
      "Límites no válidos (1 problema):\n  limits.maxWeeks: debe ser un número entero positivo (como máximo 9007199254740991), no 0",
    );
    const level = offseasonErrorOf(() => validatePlan(parsePlan(plan()), { level: "pro" as "elite", locale: de }));
    expect(level.message).toBe(
      "Ungültige Optionen (1 Problem):\n  level: muss eines von beginner, intermediate, advanced oder elite sein",
    );
    const rules = offseasonErrorOf(() => validatePlan(parsePlan(plan()), { rules: { nope: "off" }, locale: es }));
    expect(rules.message).toBe(
      "Configuración de reglas no válida (1 problema):\n  rules.nope: regla desconocida «nope»",
    );
  });

  it("words the truncation of a long list in the locale", () => {
    const error = new OffseasonError("config", "Ungültig", [], { issueCount: 2, locale: de });
    expect(error.message).toBe("Ungültig (2 Probleme):\n  (root): 2 weitere Probleme nicht aufgeführt");
  });
});
