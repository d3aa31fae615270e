import { planOf, run, strength, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const easy = run("easy", ["TU", "SA"], 40);
const focused = (id: string, on: readonly string[], focus: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: "strength",
  minutes: 30,
  rpe: 5,
  on,
  focus,
  ...extra,
});

ruleTester("strength-exercise-mix", {
  valid: [
    {
      name: "squat, Romanian deadlift, calf raise and plank in one session",
      plan: weeksOf([easy, strength("gym", ["MO"])]),
    },
    {
      name: "the four patterns spread over two sessions",
      plan: weeksOf([
        easy,
        strength("a", ["MO"], ["squat", "plank"]),
        strength("b", ["TH"], ["hip-thrust", "toe-walk"]),
      ]),
    },
    { name: "a week without strength is not judged", plan: weeksOf([easy]) },
    {
      name: "a week whose only strength is optional is not judged (strength-frequency asks for the sessions)",
      plan: weeksOf([easy, strength("extra", ["TH"], ["squat"], { optional: true })]),
    },
    { name: "a full-body focus is taken at its word", plan: weeksOf([easy, focused("gym", ["MO"], "full-body")]) },
    {
      name: "lower-body and core focuses together cover the four",
      plan: weeksOf([easy, focused("legs", ["MO"], "lower-body"), focused("core", ["TH"], "core")]),
    },
    {
      name: "an other exercise counts for its pattern",
      plan: weeksOf([
        easy,
        strength("gym", ["MO"], ["squat", "calf-raise", "plank"], {
          exercises: [
            { name: "squat", sets: 3, reps: 10 },
            { name: "calf-raise", sets: 3, reps: 10 },
            { name: "plank", sets: 3, seconds: 30 },
            { name: "other", label: "Kettlebell swing", pattern: "hip-hinge", sets: 3, reps: 15 },
          ],
        }),
      ]),
    },
    {
      name: "fewer patterns asked by option",
      plan: weeksOf([easy, strength("gym", ["MO"], ["squat", "plank"])]),
      setting: ["warning", { patterns: ["knee-dominant", "trunk"] }],
    },
    {
      name: "the same default at every level",
      plan: weeksOf([easy, strength("gym", ["MO"])]),
      options: { level: "beginner" },
    },
  ],
  invalid: [
    {
      name: "squats and planks only miss the hip hinge and calf/foot, every week said once",
      plan: weeksOf([easy, strength("gym", ["MO"], ["squat", "plank"])], 3),
      findings: [
        {
          messageId: "missing",
          severity: "warning",
          week: 1,
          weeks: [1, 2, 3],
          measured: 2,
          limit: 4,
          data: {
            missing: ["hip-hinge", "calf-foot"],
          },
        },
      ],
    },
    {
      name: "an upper-body focus misses all four",
      plan: weeksOf([easy, focused("arms", ["MO"], "upper-body")], 1),
      options: { level: "elite" },
      findings: [
        {
          messageId: "missing",
          week: 1,
          weeks: [1],
          measured: 0,
          limit: 4,
          data: { missing: ["knee-dominant", "hip-hinge", "calf-foot", "trunk"] },
        },
      ],
    },
    {
      name: "a core focus misses the lower-body patterns",
      plan: weeksOf([easy, focused("core", ["MO"], "core")], 1),
      findings: [
        {
          messageId: "missing",
          week: 1,
          weeks: [1],
          measured: 1,
          data: { missing: ["knee-dominant", "hip-hinge", "calf-foot"] },
        },
      ],
    },
    {
      name: "a lower-body focus misses the trunk",
      plan: weeksOf([easy, focused("legs", ["MO"], "lower-body")], 1),
      findings: [
        {
          messageId: "missing",
          week: 1,
          weeks: [1],
          measured: 3,
          data: { missing: ["trunk"] },
        },
      ],
    },
    {
      name: "weeks that miss different patterns are separate findings",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [strength("a", ["MO"], ["squat", "plank", "calf-raise"])] },
        { id: "b", weeks: 2, sessions: [strength("b", ["MO"], ["squat", "romanian-deadlift", "calf-raise"])] },
        { id: "c", weeks: 1, sessions: [strength("c", ["MO"], ["squat", "plank", "calf-raise"])] },
      ]),
      findings: [
        {
          messageId: "missing",
          week: 1,
          weeks: [1, 4],
          measured: 3,
          data: { missing: ["hip-hinge"] },
        },
        {
          messageId: "missing",
          week: 2,
          weeks: [2, 3],
          measured: 3,
          data: { missing: ["trunk"] },
        },
      ],
    },
    {
      name: "plyometrics asked by option",
      plan: weeksOf([easy, strength("gym", ["MO"])], 1),
      setting: ["warning", { patterns: ["knee-dominant", "hip-hinge", "calf-foot", "trunk", "plyometric"] }],
      findings: [
        {
          messageId: "missing",
          week: 1,
          weeks: [1],
          measured: 4,
          limit: 5,
          data: { missing: ["plyometric"] },
        },
      ],
    },
    {
      name: "an optional session does not complete the mix",
      plan: weeksOf(
        [
          easy,
          strength("gym", ["MO"], ["squat", "plank"]),
          strength("extra", ["TH"], ["romanian-deadlift", "calf-raise"], { optional: true }),
        ],
        2,
      ),
      findings: [
        {
          messageId: "missing",
          week: 1,
          weeks: [1, 2],
          measured: 2,
          limit: 4,
          data: { missing: ["hip-hinge", "calf-foot"] },
        },
      ],
    },
  ],
});

renderedIn(
  "strength-exercise-mix",
  { plan: weeksOf([easy, strength("gym", ["MO"], ["squat", "plank"])], 3) },
  {
    es: [
      {
        message: "Al trabajo de fuerza de las semanas 1-3 le faltan ejercicios de bisagra de cadera y gemelos y pies.",
        hint: "Añade peso muerto rumano, hip thrust o puente de glúteos y elevaciones de talones.",
      },
    ],
    de: [
      {
        message: "Im Krafttraining der Wochen 1-3 fehlen Hüftstreckübungen (Hip Hinge) und Waden- und Fußübungen.",
        hint: "Nimm rumänisches Kreuzheben, Hip Thrusts oder Glute Bridges und Wadenheben dazu.",
      },
    ],
  },
);
