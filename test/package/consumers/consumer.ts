import { parsePlan, safeParsePlan, type Plan, type Session } from "offseason";

const plan: Plan = parsePlan({});
const firstSession: Session | undefined = plan.phases[0]?.sessions[0];
const result = safeParsePlan(plan);
const paths: readonly string[] = result.success ? [] : result.error.issues.map((issue) => issue.path);
export { firstSession, paths };
