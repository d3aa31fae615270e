import type { Finding } from "../types.js";

/** The order of a report's findings: week, date, rule id, then session, path and message. */
export function compareFindings(a: Finding, b: Finding): number {
  const weekA = a.week ?? 0;
  const weekB = b.week ?? 0;
  if (weekA !== weekB) return weekA - weekB;
  const dateA = a.date ?? "";
  const dateB = b.date ?? "";
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  const keyA = `${a.sessionId ?? ""}\u0000${a.path ?? ""}\u0000${a.message}`;
  const keyB = `${b.sessionId ?? ""}\u0000${b.path ?? ""}\u0000${b.message}`;
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
