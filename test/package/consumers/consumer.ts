import { parsePlan, safeParsePlan, type Plan, type Session } from "offseason";
import { toICalendar } from "offseason/ical";

const plan: Plan = parsePlan({});
const firstSession: Session | undefined = plan.phases[0]?.sessions[0];
const result = safeParsePlan(plan);
const paths: readonly string[] = result.success ? [] : result.error.issues.map((issue) => issue.path);
const calendar: string = toICalendar(plan, { now: "2026-11-01T00:00:00Z" });
export { firstSession, paths, calendar };
