// CONTRIBUTING.md's "Where things are" table follows src/index.ts and src/ical.ts: regenerate it with
// `node scripts/where-things-are.mjs` when a public name or a module moves.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("CONTRIBUTING.md's 'Where things are' table is up to date", () => {
  const script = fileURLToPath(new URL("../../scripts/where-things-are.mjs", import.meta.url));
  const result = spawnSync(process.execPath, [script, "--check"], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
});
