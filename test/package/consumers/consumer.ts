import { expandPlan, parsePlan, safeParsePlan, type Plan, type Session } from "offseason";
import { toICalendar } from "offseason/ical";
import { toFitWorkout, toIntervalsText, type WorkoutWarning } from "offseason/workouts";

const plan: Plan = parsePlan({});
const firstSession: Session | undefined = plan.phases[0]?.sessions[0];
const result = safeParsePlan(plan);
const paths: readonly string[] = result.success ? [] : result.error.issues.map((issue) => issue.path);
const calendar: string = toICalendar(plan, { now: "2026-11-01T00:00:00Z" });
const [first] = expandPlan(plan);
const fit: Uint8Array | undefined = first?.kind === "run" ? toFitWorkout(first, { now: new Date(0) }).data : undefined;
const lost: readonly WorkoutWarning[] = first?.kind === "cross" ? toIntervalsText(first).warnings : [];
export { firstSession, paths, calendar, fit, lost };
