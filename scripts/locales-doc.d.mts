import type { Rule } from "../src/index.js";

/** The marker after which docs/locales.md is generated. */
export const MARKER: string;
/** The placeholder names of an ICU template, nested branches included. */
export function placeholders(template: string, names?: Set<string>): Set<string>;
/** The generated half of docs/locales.md. */
export function renderLocaleIds(rules: readonly Rule[], issueMessages: Readonly<Record<string, string>>): string;
/** docs/locales.md with its generated half rendered anew. */
export function renderLocalesDoc(
  current: string,
  rules: readonly Rule[],
  issueMessages: Readonly<Record<string, string>>,
): string;
