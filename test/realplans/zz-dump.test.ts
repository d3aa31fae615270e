import { readFileSync } from "node:fs";
import { it } from "vitest";
import { parseAthlete, parsePlan, validatePlan } from "../../src/index.js";
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
it("dump", () => {
  let out = "";
  for (const dir of ["../fixtures/realplans/transcribed/", "../fixtures/realplans/"])
  for (const name of ["higdon-novice", "wellesley-xc", "competitor-postmarathon"]) {
    const r = validatePlan(parsePlan(read(`${dir}${name}.plan.json`)), { athlete: parseAthlete(read(`../fixtures/realplans/${name}.athlete.json`)) });
    out += `\n=== ${dir} ${name} W+E=${r.counts.warning + r.counts.error}\n`;
    for (const f of r.findings) out += `${f.ruleId} ${f.severity} ${f.messageId} w=${JSON.stringify(f.weeks ?? f.week)} d=${f.date ?? ""}\n   ${f.message}\n   hint: ${f.hint ?? ""}\n`;
  }
  require("node:fs").writeFileSync("/tmp/words-dump.txt", out);
});
