const { readFileSync } = require("node:fs");
const { parsePlan, OffseasonError, safeParsePlan } = require("offseason");
const schema = require("offseason/plan.schema.json");
const { version } = require("offseason/package.json");

const plan = parsePlan(JSON.parse(readFileSync(`${__dirname}/../../../examples/plan.json`, "utf8")));
const rejected = safeParsePlan({ version: 1 });
console.log(
  JSON.stringify({
    id: plan.id,
    phases: plan.phases.length,
    errorIsClass: !rejected.success && rejected.error instanceof OffseasonError,
    schemaTitle: schema.title,
    hasVersion: typeof version === "string",
  }),
);
