import { planOf, run, weeksOf } from "../../helpers/plans.js";
import { renderedIn } from "../renderedIn.js";
import { ruleTester } from "../ruleTester.js";

const tempo = (id: string, minutes: number) => run(id, ["TH"], minutes, { runType: "tempo", rpe: 7 });
const easy = run("easy", ["TU", "SA"], 40);

ruleTester("quality-progression", {
  valid: [
    { name: "the same tempo for 3 base weeks", plan: weeksOf([easy, tempo("t", 30)], 3) },
    {
      name: "a tempo that grows by a few minutes every week",
      plan: planOf(
        [30, 33, 36, 40, 44].map((minutes, index) => ({
          id: `w${String(index + 1)}`,
          weeks: 1,
          sessions: [run(`e${String(index)}`, ["TU"], 40), tempo(`t${String(index)}`, minutes)],
        })),
      ),
    },
    {
      name: "the same session in the pre-season is not judged (base weeks only)",
      plan: weeksOf([easy, tempo("t", 30)], 5, {}, { type: "pre-season" }),
    },
    { name: "easy runs are no quality", plan: weeksOf([easy], 8) },
    {
      name: "option maxWeeks: 5",
      plan: weeksOf([easy, tempo("t", 30)], 5),
      setting: ["info", { maxWeeks: 5 }],
    },
  ],
  invalid: [
    {
      name: "the same tempo for 4 base weeks (COACHING 4: progress one thing at a time)",
      plan: weeksOf([easy, tempo("t", 30)], 4),
      findings: [
        {
          messageId: "stagnant",
          severity: "info",
          week: 1,
          weeks: [1, 2, 3, 4],
          sessionId: "t",
          measured: 4,
          limit: 3,
          data: { runType: "tempo", sessionId: "t", from: 1, to: 4, count: 4, max: 3 },
        },
      ],
    },
    {
      name: "a streak broken by a pre-season week starts again",
      plan: planOf([
        { id: "b1", weeks: 4, sessions: [easy, tempo("t", 30)] },
        { id: "p", type: "pre-season", weeks: 1, sessions: [{ ...easy, id: "e2" }] },
        { id: "b2", weeks: 2, sessions: [{ ...easy, id: "e3" }, tempo("t2", 30)] },
      ]),
      findings: [{ messageId: "stagnant", week: 1, weeks: [1, 2, 3, 4], sessionId: "t", measured: 4 }],
    },
  ],
});

// The COACHING.md review's message (stagnant) in Spanish and German.
renderedIn(
  "quality-progression",
  { plan: weeksOf([easy, tempo("t", 30)], 4) },
  {
    es: [
      {
        message:
          "La sesión de ritmo umbral «t» se repite igual de la semana 1 a la 4 (4 semanas de base seguidas); los entrenadores hacen progresar un entrenamiento tras 3 semanas como mucho.",
        hint: "Haz progresar una sola cosa cada vez: añade una repetición, unos minutos de trabajo o un poco más de ritmo.",
      },
    ],
    de: [
      {
        message:
          "Die Einheit „t“ (Tempodauerlauf) ist von Woche 1 bis Woche 4 unverändert (4 Grundlagenwochen in Folge); Trainer steigern eine Einheit spätestens nach 3 Wochen.",
        hint: "Steigere immer nur eine Sache: eine Wiederholung mehr, ein paar Minuten mehr im Belastungsteil oder etwas mehr Tempo.",
      },
    ],
  },
);
