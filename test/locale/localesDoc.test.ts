import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderLocalesDoc } from "../../scripts/locales-doc.mjs";
import { ISSUE_MESSAGES, rules } from "../../src/index.js";

describe("docs/locales.md", () => {
  it("lists every message id a locale words, with its data (run `npm run docs:locales`)", () => {
    const current = readFileSync(new URL("../../docs/locales.md", import.meta.url), "utf8");
    expect(current).toBe(renderLocalesDoc(current, rules, ISSUE_MESSAGES));
  });
});
