import { exampleAthleteJson } from "../../helpers/fixtures.js";
import { planOf, run, weeksOf } from "../../helpers/plans.js";
import { parseAthlete } from "../../../src/index.js";
import { ruleTester } from "../ruleTester.js";
import { describe, expect, it } from "vitest";
import { de } from "../../../src/locales/de.js";
import { es } from "../../../src/locales/es.js";
import { findingsOf } from "../../helpers/plans.js";

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

// One finding rendered in each shipped locale, message and hint whole: the translation renders with real data.
describe("base-volume in Spanish and German", () => {
  const plan = planOf([
    { id: "a", weeks: 1, sessions: [easy(40, "a")] },
    { id: "b", weeks: 2, sessions: [easy(95, "b")] },
  ]);
  it.each([
    {
      locale: es,
      message:
        "Las semanas 2-3 llegan hasta 285 min de carrera, 1,9 veces tu semana en temporada de 150 min; una semana de base no pasa de 1,5 veces.",
      hint: "Deja las semanas de base en 225 minutos de carrera o menos, y acércate primero a tu nivel de temporada.",
    },
    {
      locale: de,
      message:
        "Die Wochen 2-3 kommen auf bis zu 285 min Laufen, das 1,9-Fache deiner üblichen Saisonwoche mit 150 min; eine Grundlagenwoche sollte höchstens das 1,5-Fache haben.",
      hint: "Halte Grundlagenwochen bei 225 Laufminuten oder weniger und arbeite dich erst an deinen Umfang aus der Saison heran.",
    },
  ])("words it in $locale.code", ({ locale, message, hint }) => {
    const [finding] = findingsOf("base-volume", plan, { ...withInSeason(150), locale });
    expect({ message: finding?.message, hint: finding?.hint }).toEqual({ message, hint });
  });
});
