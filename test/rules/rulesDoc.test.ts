import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderRulesDoc } from "../../scripts/rules-doc.mjs";
import { rules } from "../../src/index.js";

describe("docs/rules.md", () => {
  it("is up to date with the rules' meta (run `npm run docs:rules`)", () => {
    expect(readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8")).toBe(renderRulesDoc(rules));
  });

  it("documents every rule with its per-level defaults", () => {
    const doc = renderRulesDoc(rules);
    for (const rule of rules) expect(doc).toContain(`## ${rule.meta.id}`);
    expect(doc).toContain("| `minRunFreeDays` | 2 | 1 | 1 | 1 |");
  });
});
