import { run, strength, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

type Json = Record<string, unknown>;
const habits = (...list: Json[]) => ({ habits: list.map((habit, index) => ({ id: `h${String(index)}`, ...habit })) });
const fluids = (extra: Json = {}) => ({
  category: "hydration",
  when: "before-each-run",
  mlPerKg: 6,
  hoursBefore: 4,
  ...extra,
});
const tuesdays = { category: "hydration", repeat: "FREQ=WEEKLY;BYDAY=TU" };
const sleep = { category: "sleep", hours: 8, repeat: "FREQ=DAILY" };
const runs = [run("easy", ["TU", "SA"], 40)];
// The runs that need fluids before them: a workout and a long run.
const keyRuns = [run("tempo", ["TU"], 40, { runType: "tempo", rpe: 6 }), run("long", ["SA"], 90, { runType: "long" })];

ruleTester("pre-run-hydration", {
  valid: [
    {
      name: "short easy runs need no hydration habit (no 4-hour protocol for a 40-minute easy run)",
      plan: weeksOf(runs, 2),
    },
    {
      name: "a recovery run of 60-90 min is no long run",
      plan: weeksOf([run("rec", ["SU"], 75, { runType: "recovery", minutes: { min: 60, max: 90 } })], 1),
    },
    {
      name: "an optional long run asks for nothing",
      plan: weeksOf([run("long", ["SA"], 90, { runType: "long", optional: true })], 1),
    },
    { name: "a before-each-run habit of 6 mL/kg 4 h before", plan: weeksOf(runs, 2, habits(fluids())) },
    {
      name: "a habit without targets covers the runs",
      plan: weeksOf(runs, 2, habits({ category: "hydration", when: "before-each-run" })),
    },
    { name: "a plan without runs needs no habit", plan: weeksOf([strength("gym", ["MO"])], 1) },
    {
      name: "5 and 7 mL/kg, exactly 4 h before",
      plan: weeksOf(runs, 1, habits(fluids({ mlPerKg: 5 }), fluids({ mlPerKg: 7, hoursBefore: 4 }))),
    },
    { name: "one before-each-run habit among dated ones", plan: weeksOf(runs, 1, habits(tuesdays, fluids())) },
    {
      name: "a dated habit on every run day",
      plan: weeksOf([run("easy", ["TU"], 30), strength("gym", ["TH"])], 2, habits(tuesdays)),
    },
    {
      name: "the same limits at every level",
      plan: weeksOf(runs, 1, habits(fluids())),
      options: { level: "beginner" },
    },
    {
      name: "looser targets by option",
      plan: weeksOf(runs, 1, habits(fluids({ mlPerKg: 10, hoursBefore: 2 }))),
      setting: ["warning", { minMlPerKg: 5, maxMlPerKg: 10, minHoursBefore: 2 }],
    },
  ],
  invalid: [
    {
      name: "long runs and hard sessions without any hydration habit",
      plan: weeksOf(keyRuns, 2),
      findings: [{ messageId: "missing", severity: "info", path: "habits" }],
    },
    {
      name: "the week's longest easy run of 75 min or more needs fluids before it",
      plan: weeksOf([run("e", ["SA"], 80)], 1),
      findings: [{ messageId: "missing", path: "habits" }],
    },
    {
      name: "a sleep habit is not a hydration habit",
      plan: weeksOf(keyRuns, 1, habits(sleep)),
      findings: [{ messageId: "missing", path: "habits" }],
    },
    {
      name: "a Tuesday habit leaves the Saturday runs dry: said once, at the first",
      plan: weeksOf(keyRuns, 2, habits(tuesdays)),
      findings: [
        {
          messageId: "uncovered",
          severity: "info",
          week: 1,
          date: "2026-11-07",
          path: "habits",
          measured: 2,
          limit: 0,
          data: { count: 2, date: "2026-11-07" },
        },
      ],
    },
    {
      name: "one uncovered run: the count agrees with its noun; a daily sleep habit covers nothing",
      plan: weeksOf(keyRuns, 1, habits(tuesdays, sleep)),
      findings: [
        {
          messageId: "uncovered",
          week: 1,
          date: "2026-11-07",
          path: "habits",
          measured: 1,
          limit: 0,
          data: { count: 1 },
        },
      ],
    },
    {
      name: "too much fluid names the upper bound",
      plan: weeksOf(runs, 1, habits(fluids({ mlPerKg: 10 }))),
      findings: [
        {
          messageId: "volume",
          severity: "info",
          sessionId: "h0",
          path: "habits[0].mlPerKg",
          measured: 10,
          limit: 7,
          data: { habitId: "h0", value: 10, min: 5, max: 7 },
        },
      ],
    },
    {
      name: "too little fluid names the lower bound, of the habit where it is",
      plan: weeksOf(runs, 1, habits(tuesdays, fluids({ mlPerKg: 4 }))),
      findings: [
        {
          messageId: "volume",
          sessionId: "h1",
          path: "habits[1].mlPerKg",
          measured: 4,
          limit: 5,
          data: { habitId: "h1", value: 4 },
        },
      ],
    },
    {
      name: "drinking 2 h before",
      plan: weeksOf(runs, 1, habits(fluids({ hoursBefore: 2 }))),
      findings: [
        {
          messageId: "timing",
          sessionId: "h0",
          path: "habits[0].hoursBefore",
          measured: 2,
          limit: 4,
          data: { habitId: "h0", value: 2, min: 4 },
        },
      ],
    },
    {
      name: "both targets off on one habit: a coverage rule says the first, once per plan",
      plan: weeksOf(runs, 1, habits(fluids({ mlPerKg: 10, hoursBefore: 2 }))),
      findings: [{ messageId: "timing", sessionId: "h0", path: "habits[0].hoursBefore", measured: 2, limit: 4 }],
    },
    {
      name: "stricter targets by option, at error",
      plan: weeksOf(runs, 1, habits(fluids())),
      setting: ["error", { minMlPerKg: 6.5, maxMlPerKg: 7, minHoursBefore: 5 }],
      findings: [
        {
          messageId: "timing",
          severity: "error",
          sessionId: "h0",
          path: "habits[0].hoursBefore",
          measured: 4,
          limit: 5,
          data: { min: 5 },
        },
      ],
    },
  ],
});

renderedIn(
  "pre-run-hydration",
  { plan: weeksOf(keyRuns, 2) },
  {
    es: [
      {
        message: "Ningún hábito de hidratación cubre las tiradas largas y las sesiones intensas del plan.",
        hint: "Antes de las tiradas largas, las sesiones intensas y los rodajes con calor, bebe unos 6 ml por kg de peso al menos 4 horas antes y, después, según la sed; los rodajes suaves cortos no necesitan nada especial. Después de una competición, rehidrátate durante las horas siguientes.",
      },
    ],
    de: [
      {
        message: "Keine Trinkgewohnheit deckt die langen Läufe und harten Einheiten des Plans ab.",
        hint: "Trink vor langen Läufen, harten Einheiten und Läufen bei Hitze mindestens 4 Stunden vorher etwa 6 ml pro kg Körpergewicht, danach nach Durst; kurze lockere Läufe brauchen nichts Besonderes. Nach einem Wettkampf füllst du deine Flüssigkeit über die folgenden Stunden wieder auf.",
      },
    ],
  },
);
