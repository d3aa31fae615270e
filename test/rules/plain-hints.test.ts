// Hints are plain words a runner reads (docs/domain.md, Coaching model): no JSON, no RRULE text such as FREQ=DAILY.
import { describe, expect, it } from "vitest";
import { rules } from "../../src/index.js";

describe("the hints of the built-in rules", () => {
  it.each(rules.map((rule) => [rule.meta.id, rule] as const))("%s speaks plain words", (_id, rule) => {
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      const hint = text.hint ?? "";
      expect(hint, messageId).not.toMatch(/FREQ=|BYDAY=/);
      expect(hint, messageId).not.toMatch(/\{\s*"/);
    }
  });
});
