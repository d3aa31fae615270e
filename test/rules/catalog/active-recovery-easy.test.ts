import { planOf, run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const recovery = (rpe: unknown, extra = {}) => run("rec", ["MO"], 30, { runType: "recovery", rpe, ...extra });

ruleTester("active-recovery-easy", {
  valid: [
    { name: "a recovery run at RPE 2", plan: weeksOf([recovery(2)]) },
    { name: "a recovery run at effort recovery (RPE 2)", plan: weeksOf([recovery(undefined, { effort: "recovery" })]) },
    { name: "a recovery run at exactly RPE 3", plan: weeksOf([recovery(3)]) },
    {
      name: "other runs at any RPE",
      plan: weeksOf([run("t", ["TH"], 30, { runType: "tempo", rpe: 7 }), run("e", ["TU"], 40, { rpe: 5 })], 1),
    },
    { name: "a range whose upper bound is RPE 3", plan: weeksOf([recovery({ min: 2, max: 3 })]) },
    { name: "an option override: RPE 4 allowed", plan: weeksOf([recovery(4)]), setting: ["warning", { maxRpe: 4 }] },
    { name: "every level alike", plan: weeksOf([recovery(3)]), options: { level: "elite" } },
  ],
  invalid: [
    {
      name: "a recovery run too hard: its session definition, with its path and the week its phase starts",
      plan: planOf([
        { id: "a", weeks: 2, sessions: [run("easy", ["TU"], 30)] },
        { id: "b", weeks: 2, sessions: [run("e2", ["TU"], 30), recovery(4)] },
      ]),
      findings: [
        {
          messageId: "tooHard",
          severity: "warning",
          week: 3,
          sessionId: "rec",
          path: "phases[1].sessions[1].rpe",
          measured: 4,
          limit: 3,
          data: { sessionId: "rec", rpe: 4, max: 3 },
        },
      ],
    },
    {
      name: "said once for the session however many weeks it repeats",
      plan: weeksOf([recovery(5)], 12),
      findings: [
        {
          messageId: "tooHard",
          week: 1,
          sessionId: "rec",
          path: "phases[0].sessions[0].rpe",
          measured: 5,
          data: { rpe: 5 },
        },
      ],
    },
    {
      name: "an effort word is judged at its RPE (docs/domain.md)",
      plan: weeksOf([recovery(undefined, { effort: "moderate" })]),
      findings: [
        {
          messageId: "tooHard",
          week: 1,
          sessionId: "rec",
          path: "phases[0].sessions[0].effort",
          measured: 5,
          data: { rpe: 5 },
        },
      ],
    },
    {
      name: "a range is judged at its upper bound (a cap)",
      plan: weeksOf([recovery({ min: 2, max: 5 })]),
      findings: [
        {
          messageId: "tooHard",
          week: 1,
          sessionId: "rec",
          path: "phases[0].sessions[0].rpe",
          measured: 5,
          limit: 3,
          data: { rpe: 5 },
        },
      ],
    },
    {
      name: "per-week RPEs are judged at the highest, from the first week over the maximum",
      plan: weeksOf([recovery([3, 4, 5])], 3),
      findings: [
        {
          messageId: "tooHard",
          week: 2,
          sessionId: "rec",
          path: "phases[0].sessions[0].rpe",
          measured: 5,
          data: { rpe: 5 },
        },
      ],
    },
    {
      name: "an optional recovery run is judged too",
      plan: weeksOf([recovery(4, { optional: true })]),
      findings: [{ messageId: "tooHard", week: 1, sessionId: "rec", path: "phases[0].sessions[0].rpe", measured: 4 }],
    },
    {
      name: "an option override: RPE 2 at most",
      plan: weeksOf([recovery(3)]),
      setting: ["error", { maxRpe: 2 }],
      findings: [
        {
          messageId: "tooHard",
          severity: "error",
          week: 1,
          sessionId: "rec",
          path: "phases[0].sessions[0].rpe",
          measured: 3,
          limit: 2,
          data: { rpe: 3, max: 2 },
        },
      ],
    },
    {
      name: "two recovery runs too hard: one finding each",
      plan: weeksOf([recovery(4), run("rec2", ["TH"], 20, { runType: "recovery", rpe: 6 })]),
      findings: [
        { messageId: "tooHard", week: 1, sessionId: "rec", path: "phases[0].sessions[0].rpe", measured: 4 },
        { messageId: "tooHard", week: 1, sessionId: "rec2", path: "phases[0].sessions[1].rpe", measured: 6 },
      ],
    },
    {
      name: "a transition phase is not exempt",
      plan: weeksOf([recovery(4)], 1, {}, { type: "transition" }),
      findings: [{ messageId: "tooHard", week: 1, sessionId: "rec", path: "phases[0].sessions[0].rpe" }],
    },
  ],
});

renderedIn(
  "active-recovery-easy",
  {
    plan: planOf([
      { id: "a", weeks: 2, sessions: [run("easy", ["TU"], 30)] },
      { id: "b", weeks: 2, sessions: [run("e2", ["TU"], 30), recovery(4)] },
    ]),
  },
  {
    es: [
      {
        message:
          "El rodaje de recuperación «rec» está planificado a RPE 4; para que sea recuperación, no debe pasar de RPE 3.",
        hint: "Bájalo a RPE 3 (un ritmo al que puedas conversar) o márcalo como rodaje suave.",
      },
    ],
    de: [
      {
        message:
          "Der Regenerationslauf „rec“ ist mit RPE 4 geplant; ein Regenerationslauf bleibt bei RPE 3 oder darunter.",
        hint: "Senke ihn auf RPE 3 (ein Tempo, bei dem du dich noch unterhalten kannst), oder plane ihn als lockeren Dauerlauf ein.",
      },
    ],
  },
);
