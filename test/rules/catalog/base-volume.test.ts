import { exampleAthleteJson } from "../../helpers/fixtures.js";
import { planOf, run, weeksOf } from "../../helpers/plans.js";
import { parseAthlete } from "../../../src/index.js";
import { ruleTester } from "../ruleTester.js";

const withInSeason = (minutes: number) => ({
  athlete: parseAthlete({ ...exampleAthleteJson(), inSeasonWeeklyRunMinutes: minutes }),
});
const easy = (minutes: number, id = "easy") => run(id, ["TU", "TH", "SA"], minutes);

ruleTester("base-volume", {
  valid: [
    { name: "1.5 x exactly", plan: weeksOf([easy(50)], 2), options: withInSeason(100) },
    { name: "no in-season minutes: not judged", plan: weeksOf([easy(100)], 2) },
    {
      name: "a transition week is transition-volume's",
      plan: weeksOf([easy(100)], 1, {}, { type: "transition" }),
      options: withInSeason(100),
    },
  ],
  invalid: [
    {
      name: "a base phase at 1.9 x the runner's in-season week",
      plan: planOf([
        { id: "a", weeks: 1, sessions: [easy(40, "a")] },
        { id: "b", weeks: 2, sessions: [easy(95, "b")] },
      ]),
      options: withInSeason(150),
      findings: [
        {
          messageId: "tooMuch",
          severity: "warning",
          week: 2,
          weeks: [2, 3],
          measured: 1.9,
          limit: 1.5,
          data: { weeks: [2, 3], weekCount: 2, minutes: 285, ratio: 1.9, inSeason: 150, limitMinutes: 225 },
        },
      ],
    },
  ],
});
