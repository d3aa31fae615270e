import { readFileSync } from "node:fs";
import { parsePlan, OffseasonError, safeParsePlan } from "offseason";
import schema from "offseason/plan.schema.json" with { type: "json" };

const plan = parsePlan(JSON.parse(readFileSync(new URL("../../../examples/plan.json", import.meta.url), "utf8")));
const rejected = safeParsePlan({ version: 1 });
console.log(
  JSON.stringify({
    id: plan.id,
    phases: plan.phases.length,
    errorIsClass: !rejected.success && rejected.error instanceof OffseasonError,
    schemaTitle: schema.title,
  }),
);
