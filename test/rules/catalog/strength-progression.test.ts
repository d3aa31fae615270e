import { athleteOf, planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const easy = run("easy", ["TU", "SA"], 40);
/** Strength of squats and deadlifts at some reps and load. */
const lifts = (id: string, reps: number, loadKg?: number) => ({
  id,
  kind: "strength",
  minutes: 30,
  rpe: 6,
  on: ["MO", "TH"],
  exercises: [
    { name: "squat", sets: 3, reps, ...(loadKg === undefined ? {} : { loadKg }) },
    { name: "romanian-deadlift", sets: 3, reps, ...(loadKg === undefined ? {} : { loadKg }) },
  ],
});
/** One phase a week, each with its own lifts. */
const weekly = (entries: readonly (readonly [number, number | undefined])[]) =>
  planOf(
    entries.map(([reps, load], index) => ({
      id: `w${String(index + 1)}`,
      weeks: 1,
      sessions: [run(`e${String(index)}`, ["TU"], 40), lifts(`s${String(index)}`, reps, load)],
    })),
  );

ruleTester("strength-progression", {
  valid: [
    { name: "the same strength for 6 base weeks", plan: weeksOf([easy, strength("g", ["MO", "TH"])], 6) },
    {
      name: "a load that grows every few weeks, heavy from week 5",
      plan: weekly([
        [12, 20],
        [12, 20],
        [10, 25],
        [10, 25],
        [6, 40],
        [6, 40],
        [5, 45],
        [5, 45],
        [5, 50],
        [5, 50],
      ]),
    },
    {
      name: "a beginner's plan of 10 weeks without heavy sets",
      plan: weekly(Array.from({ length: 10 }, (_, index) => [12, 10 + index] as const)),
      options: { level: "beginner" },
    },
    {
      name: "a 13-year-old's plan of 10 weeks without heavy sets (light loads under 14)",
      plan: weekly(Array.from({ length: 10 }, (_, index) => [12, 10 + index] as const)),
      options: { athlete: athleteOf({ age: 13 }) },
    },
    {
      name: "strength without exercises is not judged",
      plan: weeksOf([easy, { id: "g", kind: "strength", minutes: 30, rpe: 5, on: ["MO"], focus: "lower-body" }], 10),
    },
  ],
  invalid: [
    {
      name: "the same strength for 7 base weeks (COACHING 5: progress the load)",
      plan: weeksOf([easy, strength("g", ["MO", "TH"])], 7),
      findings: [
        {
          messageId: "unchanged",
          severity: "info",
          week: 1,
          weeks: [1, 2, 3, 4, 5, 6, 7],
          measured: 7,
          limit: 6,
          data: { from: 1, to: 7, count: 7, max: 6 },
        },
      ],
    },
    {
      name: "an intermediate's plan of 10 weeks that never goes heavy",
      plan: weekly(Array.from({ length: 10 }, (_, index) => [12, 10 + index] as const)),
      findings: [
        {
          messageId: "noHeavy",
          severity: "info",
          measured: 10,
          limit: 10,
          data: { planWeeks: 10, heavyReps: 6 },
        },
      ],
    },
  ],
});

// The COACHING.md review's message (noHeavy) in Spanish and German.
renderedIn(
  "strength-progression",
  { plan: weekly(Array.from({ length: 10 }, (_, index) => [12, 10 + index] as const)) },
  {
    es: [
      {
        message:
          "El plan dura 10 semanas y tu fuerza nunca llega a ser pesada (ninguna serie de 6 repeticiones o menos).",
        hint: "Tras 3-6 semanas de adaptación, planifica 2-4 series de 3-6 repeticiones de sentadillas, peso muerto o subidas al cajón con carga.",
      },
    ],
    de: [
      {
        message:
          "Der Plan läuft über 10 Wochen, aber dein Krafttraining wird nie schwer (kein Satz mit 6 Wiederholungen oder weniger).",
        hint: "Plane nach 3-6 Wochen Gewöhnung 2-4 Sätze mit 3-6 Wiederholungen Kniebeugen, Kreuzheben oder Step-ups mit Zusatzgewicht ein.",
      },
    ],
  },
);
