/** The training history read as weeks and days: its home is src/load/history.ts (week roles read it too). */
export { historyLongestRun, historyLongestRunCoverage, historyWeeks } from "../load/history.js";
