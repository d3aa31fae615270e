// `--locale es|de`: findings, input issues and the text output's own labels in Spanish or German (issue #28).
import { readFileSync } from "node:fs";
import { runCli } from "../helpers/cli.js";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.js";

const files: Record<string, string> = {
  "plan.json": readFileSync(new URL("../../examples/plan.json", import.meta.url), "utf8"),
  "bad.json": JSON.stringify({
    version: 1,
    id: "p",
    timezone: "UTC",
    startDate: "2026-02-30",
    phases: [
      { id: "b", weeks: 1, sessions: [{ id: "e", kind: "run", runType: "easy", minutes: 40, rpe: 12, on: ["TU"] }] },
    ],
  }),
  "long.json": JSON.stringify({
    version: 1,
    id: "p",
    timezone: "UTC",
    startDate: "2026-11-02",
    phases: [
      { id: "b", weeks: 1, sessions: [{ id: "e", kind: "run", runType: "easy", minutes: 40, rpe: 3, on: ["TU"] }] },
    ],
    exceptions: [{ action: "skip", date: "2026-11-04" }],
  }),
};

const cli = (argv: string[]) => runCli(argv, { files });

describe("--locale", () => {
  it("prints validate's report of the bundled example with Spanish labels", async () => {
    const { code, stdout } = await cli(["validate", "plan.json", "--locale", "es"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(
      /^Plan jordan-winter-2026: BIEN para el nivel intermedio \(0 errores, 0 avisos, \d+ info\)$/,
    );
    expect(lines.filter((line) => line.trim().startsWith("Fix:"))).toEqual([]);
    expect(lines.some((line) => line.startsWith("        Cómo arreglarlo: "))).toBe(true);
    const table = lines.slice(lines.indexOf("Fundamentos:"));
    expect(table.map((line) => line.replace(/\s+\d+ errores, \d+ avisos, \d+ info$/, ""))).toEqual([
      "Fundamentos:",
      "  bien descanso y recuperación",
      "  bien fuerza",
      "  bien entrenamiento cruzado",
      "  bien preparación mental",
      "  bien nutrición e hidratación",
      "  bien carga de entrenamiento",
      "  bien viabilidad",
      "",
    ]);
  });

  it("words the problems of a plan that does not parse, as text and in the JSON error document", async () => {
    expect(await cli(["validate", "bad.json", "--locale", "es"])).toEqual({
      code: 2,
      stdout: "",
      stderr: [
        "offseason: El plan de bad.json no es válido:",
        "  startDate: debe ser una fecha real escrita AAAA-MM-DD, entre 1900 y 2200",
        "  phases[0].sessions[0].rpe: debe ser como máximo 10",
        "",
      ].join("\n"),
    });
    const json = await cli(["validate", "bad.json", "--locale", "de", "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      errors: [
        {
          file: "bad.json",
          path: "startDate",
          message: "muss ein gültiges Datum zwischen 1900 und 2200 im Format JJJJ-MM-TT sein",
          code: "date",
        },
        { file: "bad.json", path: "phases[0].sessions[0].rpe", message: "muss höchstens 10 sein", code: "too_big" },
      ],
    });
  });

  it("words an error of the library made in English: an exception that matches nothing", async () => {
    const { code, stderr } = await cli(["schedule", "long.json", "--locale", "de"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        "offseason: Ausnahmen im Plan, die zu keiner Einheit passen:",
        "  exceptions[0]: am 2026-11-04 ist keine Einheit geplant, also läuft diese Streichung ins Leere",
        "",
      ].join("\n"),
    );
  });

  it("words the demo's header, the overview's columns and its legend", async () => {
    const { code, stdout } = await cli(["demo", "--locale", "es"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "Plan de entretemporada para Jordan Reyes (nivel intermedio): 12 semanas, del 2026-11-02 al 2027-01-24, America/New_York",
    );
    expect(lines[2]?.startsWith("Sem. Fase        MO 11-02")).toBe(true);
    expect(lines).toContain(
      "E rodaje suave, R rodaje de recuperación, L tirada larga, H cuestas, T ritmo umbral, I series, S fuerza, X entrenamiento cruzado; los números son minutos.",
    );
    const german = (await cli(["demo", "--locale", "de"])).stdout.split("\n")[0];
    expect(german).toBe(
      "Plan für die Saisonpause von Jordan Reyes (Stufe: Fortgeschrittene): 12 Wochen, 2026-11-02 bis 2027-01-24, America/New_York",
    );
  });

  it("refuses an unknown locale with exit 2 and says which it knows", async () => {
    expect(await cli(["validate", "plan.json", "--locale", "fr"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'offseason: --locale must be en, es or de, not "fr". offseason speaks English, Spanish and German.\n',
    });
    const json = await cli(["validate", "plan.json", "--locale=xx", "--format", "json"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, errors: [{ code: "usage" }] });
  });

  it("is an option of every command that prints findings or problems", () => {
    const without = COMMANDS.filter((command) => !("locale" in command.options)).map((command) => command.name);
    expect(without).toEqual(["rules"]);
  });

  it("keeps English the default", async () => {
    const { stdout } = await cli(["validate", "plan.json"]);
    expect(stdout.split("\n")[0]).toMatch(
      /^Plan jordan-winter-2026: OK at intermediate level \(0 errors, 0 warnings, \d+ info\)$/,
    );
    expect(stdout).toContain("\nFundamentals:\n  ok     recovery        0 errors, 0 warnings, 0 info\n");
  });
});
