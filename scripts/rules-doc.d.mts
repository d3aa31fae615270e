import type { Rule } from "../src/index.js";

/** The Markdown of the rules reference. */
export function renderRulesDoc(rules: readonly Rule[]): string;
