import { describe, expect, it } from "vitest";
import { createFormatter, formatMessage } from "../../src/locale/formatMessage.js";

describe("formatMessage", () => {
  it("prints values, numbers in the locale's digits", () => {
    expect(formatMessage("{title} is {minutes} min", { title: "Long run", minutes: 95.5 })).toBe(
      "Long run is 95.5 min",
    );
    expect(formatMessage("{minutes} min", { minutes: 95.5 }, { code: "de" })).toBe("95,5 min");
    expect(formatMessage("{n} activities", { n: 20000 })).toBe("20,000 activities");
    expect(formatMessage("{n}", { n: 1440 })).toBe("1440");
  });

  it("keeps a placeholder the data lacks as it is written", () => {
    expect(formatMessage("{missing} and {constructor}", {})).toBe("{missing} and {constructor}");
  });

  it("chooses plural branches by the locale's rules, exact matches first, # as the number", () => {
    const template = "{count, plural, =0 {no run} one {# run} other {# runs}}";
    expect([0, 1, 2, 1.5].map((count) => formatMessage(template, { count }))).toEqual([
      "no run",
      "1 run",
      "2 runs",
      "1.5 runs",
    ]);
    expect(formatMessage("{count, plural, one {# Lauf} other {# Läufe}}", { count: 1000 }, { code: "de" })).toBe(
      "1000 Läufe",
    );
  });

  it("nests branches, and # names the innermost plural", () => {
    const template = "{unit, select, mi {{d, plural, one {# mile} other {# miles}}} other {{d} km}}";
    expect(formatMessage(template, { unit: "mi", d: 1 })).toBe("1 mile");
    expect(formatMessage(template, { unit: "km", d: 12.5 })).toBe("12.5 km");
  });

  it("joins weeks into runs and lists as the locale does", () => {
    expect(formatMessage("Weeks {weeks, weeks}", { weeks: [7, 1, 2, 3, 5, 3] })).toBe("Weeks 1-3, 5, and 7");
    expect(formatMessage("Wochen {weeks, weeks}", { weeks: [1, 2, 3, 5] }, { code: "de" })).toBe("Wochen 1-3 und 5");
    expect(formatMessage("{days, list, or}", { days: ["a", "b", "c"] }, { code: "es" })).toBe("a, b o c");
  });

  it("formats shares, units, dates and terms", () => {
    const de = { code: "de", terms: { "level.beginner": "Einsteiger" } };
    expect(formatMessage("{share, number, percent}", { share: 0.096 }, de)).toBe("9,6\u00a0%");
    expect(formatMessage("{d, unit, kilometer}", { d: 12.5 }, de)).toBe("12,5 km");
    expect(formatMessage("{date, date}", { date: "2026-11-07" }, de)).toBe("Samstag, 7. November 2026");
    expect(formatMessage("{date, weekday}", { date: "2026-11-07" })).toBe("Saturday");
    expect(formatMessage("{level, term, level}", { level: "beginner" }, de)).toBe("Einsteiger");
    expect(
      formatMessage("{m, term, modality}", { m: "bike" }, { code: "es", terms: { "modality.bike": "bicicleta" } }),
    ).toBe("bicicleta");
    expect(formatMessage("{days, list, weekday}", { days: ["MO", "2026-11-07"] }, de)).toBe("Montag und Samstag");
    expect(formatMessage("{m, term, modality}", { m: "unicycle" }, de)).toBe("unicycle");
    expect(formatMessage("{foci, list, nutrition}", { foci: ["lean-protein", "complex-carbs"] })).toBe(
      "lean protein and complex carbohydrates",
    );
  });

  it("makes its Intl formatters once per formatter", () => {
    const format = createFormatter({ code: "es" });
    expect(format.format("{a} y {b}", { a: 1.5, b: 2 })).toBe("1,5 y 2");
    expect(format.locale.code).toBe("es");
  });
});
