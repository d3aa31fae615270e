import { athleteOf, mental, planOf, run, weeksOf } from "../../helpers/plans.js";
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
