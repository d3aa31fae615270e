import { athleteOf, mental, planOf, run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const easy = run("e", ["TU"], 30);
const checkIn = mental("call", ["SU"], "support-check-in");

ruleTester("support-network", {
  valid: [
    { name: "a weekly support check-in", plan: weeksOf([easy, checkIn], 1) },
    {
      name: "a support check-in in a later phase",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [easy] },
        { id: "b", weeks: 1, sessions: [run("e2", ["TU"], 30), checkIn] },
      ]),
    },
    {
      name: "the athlete names a support contact",
      plan: weeksOf([easy], 1),
      options: { athlete: athleteOf({ supportContacts: ["Coach"] }) },
    },
    {
      name: "a team's plan has its support: the plan's name names a cross-country team",
      plan: { ...weeksOf([easy], 1), name: "Wellesley XC boys summer schedule" },
    },
    {
      name: "a team's plan has its support: the athlete is on a varsity team",
      plan: weeksOf([easy], 1),
      options: { athlete: athleteOf({ id: "xc-boy", name: "HS varsity boy" }) },
    },
    { name: "every level alike", plan: weeksOf([easy, checkIn], 1), options: { level: "elite" } },
  ],
  invalid: [
    {
      name: "a name that names no team",
      plan: { ...weeksOf([easy], 1), name: "Base training: novice" },
      options: { athlete: athleteOf({ name: "Novice base builder" }) },
      findings: [{ messageId: "missing", path: "phases[0].sessions" }],
    },
    {
      name: "no contact and no check-in",
      plan: weeksOf([easy], 1),
      findings: [{ messageId: "missing", severity: "info", path: "phases[0].sessions" }],
    },
    {
      name: "visualization is not a support check-in",
      plan: weeksOf([easy, mental("see")], 1),
      options: { athlete: athleteOf() },
      findings: [{ messageId: "missing", severity: "info", path: "phases[0].sessions" }],
    },
    {
      name: "an empty list of contacts",
      plan: weeksOf([easy], 1),
      options: { athlete: athleteOf({ supportContacts: [] }) },
      findings: [{ messageId: "missing", path: "phases[0].sessions" }],
    },
    {
      name: "an optional check-in does not make a support network",
      plan: weeksOf([easy, { ...checkIn, optional: true }], 1),
      findings: [{ messageId: "missing", path: "phases[0].sessions" }],
    },
    {
      name: "a configured severity applies",
      plan: weeksOf([easy], 1),
      setting: "warning",
      findings: [{ messageId: "missing", severity: "warning", path: "phases[0].sessions" }],
    },
  ],
});

renderedIn(
  "support-network",
  {
    plan: { ...weeksOf([easy], 1), name: "Base training: novice" },
    options: { athlete: athleteOf({ name: "Novice base builder" }) },
  },
  {
    es: [
      {
        message:
          "Sin red de apoyo: no has indicado ningún contacto de apoyo y el plan no incluye ninguna charla con tu red de apoyo.",
        hint: "Indica un entrenador, un club o un amigo con quien puedas hablar de tu entrenamiento, o añade una charla semanal con tu red de apoyo.",
      },
    ],
    de: [
      {
        message:
          "Kein Unterstützungsnetz: Du hast keine Ansprechperson angegeben, und der Plan enthält keinen Austausch mit deinem Umfeld.",
        hint: "Nenne einen Trainer, einen Verein oder einen Freund, mit dem du über dein Training reden kannst, oder plane einen wöchentlichen Austausch mit deinem Umfeld ein.",
      },
    ],
  },
);
