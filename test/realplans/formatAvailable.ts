import { safeParsePlan } from "../../src/index.js";

/**
 * Whether the plan format's additions of issue #12 parse: a tiny plan with a run given in miles and a plan pace. The
 * tests of the real plans and of the documented examples skip until the schema that accepts them is in.
 */
export const formatAvailable = safeParsePlan({
  version: 1,
  id: "probe",
  timezone: "UTC",
  startDate: "2026-11-02",
  paces: { easy: "10:00/mi" },
  phases: [
    {
      id: "base",
      weeks: 1,
      sessions: [{ id: "run", kind: "run", runType: "easy", distanceMi: 1, rpe: 3, on: ["MO"] }],
    },
  ],
}).success;
