// Writes dist/plan.schema.json, dist/athlete.schema.json and dist/activities.schema.json from the built schemas (run after tsup). With --docs, it
// writes the same files into docs/schema/ instead, for the guides (`npm run docs:schema`; a test fails when stale).
import { mkdirSync, writeFileSync } from "node:fs";
import { toJSONSchema } from "zod/mini";
import { ActivitiesSchema, AthleteSchema, PlanSchema } from "../dist/esm/index.js";

const documents = [
  ["plan.schema.json", PlanSchema, "offseason plan", "A runner's off-season plan, format version 1."],
  ["athlete.schema.json", AthleteSchema, "offseason athlete", "A runner as offseason models one."],
  ["activities.schema.json", ActivitiesSchema, "offseason activities", "What a runner did: a list of activities."],
];
const directory = new URL(process.argv.includes("--docs") ? "../docs/schema/" : "../dist/", import.meta.url);
mkdirSync(directory, { recursive: true });
for (const [file, schema, title, description] of documents) {
  const jsonSchema = { ...toJSONSchema(schema, { target: "draft-2020-12" }), title, description };
  writeFileSync(new URL(file, directory), `${JSON.stringify(jsonSchema, null, 2)}\n`);
}
