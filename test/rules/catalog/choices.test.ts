// How the rules read either/or (`alternatives`) and flexible days (`timesPerWeek`): a rule that caps judges the
// choice worst for its cap, a rule that asks for enough is met by any choice, and by a flexible session's days up to
// its minimum (the days beyond it are optional, and optional sessions never make a week enough).
import { cross, run, weeksOf } from "../../helpers/plans.js";
import { ruleTester } from "../ruleTester.js";

const easy = run("easy", ["TU", "SA"], 40);
const tempo = run("tempo", ["TU"], 40, { runType: "tempo", rpe: 6 });
const flexible = (timesPerWeek: unknown, extra = {}) =>
  cross("xt", ["MO", "TU", "WE", "TH", "FR"], 40, { modality: "other", timesPerWeek, ...extra });
const history = (longest: number) => ({
  history: {
    days: Array.from({ length: 30 }, (_, index) =>
      index === 29
        ? { load: longest * 3, runMinutes: longest, longestRunMinutes: longest }
        : { load: 0, runMinutes: 0 },
    ),
  },
});

ruleTester("cross-training-weekly", {
  valid: [
    {
      name: "a run the athlete may swap for a bike ride meets the floor",
      plan: weeksOf([run("easy", ["TU"], 40, { alternatives: [{ kind: "cross", modality: "bike", minutes: 45 }] })]),
    },
    { name: "a flexible session meets it with its minimum", plan: weeksOf([easy, flexible({ min: 1, max: 2 })]) },
    {
      name: "the optional day beyond the minimum counts too: the plan offers it (coaching model)",
      plan: weeksOf([easy, flexible({ min: 1, max: 2 })], 1),
      setting: ["warning", { minPerWeek: 2 }],
    },
    {
      name: "an optional flexible session counts too",
      plan: weeksOf([easy, flexible({ min: 1, max: 2 }, { optional: true })], 1),
    },
    {
      name: "a flexible session twice a week meets a floor of 2",
      plan: weeksOf([easy, flexible(2)]),
      setting: ["warning", { minPerWeek: 2 }],
    },
  ],
  invalid: [
    {
      name: "a week whose choices are all runs has no cross-training",
      plan: weeksOf([easy, run("e2", ["TH"], 40, { alternatives: [{ runType: "recovery", minutes: 30 }] })], 1),
      findings: [{ messageId: "tooFew", week: 1, weeks: [1], measured: 0, limit: 1 }],
    },
  ],
});

ruleTester("no-back-to-back-hard", {
  valid: [
    {
      name: "easy choices on the day after a hard one",
      plan: weeksOf(
        [tempo, run("easy", ["WE"], 40, { alternatives: [{ kind: "cross", modality: "swim", rpe: 2 }] })],
        1,
      ),
    },
  ],
  invalid: [
    {
      name: "a hard alternative the day after a hard session is judged hard",
      plan: weeksOf([tempo, run("easy", ["WE"], 40, { alternatives: [{ runType: "intervals", rpe: 8 }] })], 1),
      findings: [
        {
          messageId: "backToBack",
          week: 1,
          weeks: [1],
          date: "2026-11-04",
          sessionId: "easy",
          data: { title: ["Easy run 40 min or interval session 40 min"] },
        },
      ],
    },
  ],
});

ruleTester("single-run-spike", {
  valid: [
    {
      name: "a longer cross-training alternative is not a longer run",
      plan: weeksOf([run("l", ["MO"], 60, { alternatives: [{ kind: "cross", modality: "bike", minutes: 120 }] })], 1),
      options: history(60),
    },
  ],
  invalid: [
    {
      name: "the longest choice of a run is judged",
      plan: weeksOf([run("l", ["MO"], 60, { alternatives: [{ minutes: 90 }] })], 1),
      options: history(60),
      findings: [
        {
          messageId: "spike",
          week: 1,
          date: "2026-11-02",
          sessionId: "l",
          measured: 90,
          limit: 66,
        },
      ],
    },
  ],
});
