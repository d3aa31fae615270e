/**
 * German (`offseason/locales/de`): the findings, hints, input issues and output labels of offseason in German, as a
 * coach writes them. Pass it per call: `validatePlan(plan, { locale: de })`.
 *
 * @packageDocumentation
 */
import type { Locale } from "../locale/types.js";
import { issues } from "./de/issues.js";
import { labels } from "./de/labels.js";
import { loadRules } from "./de/loadRules.js";
import { practiceRules } from "./de/practiceRules.js";
import { recoveryRules } from "./de/recoveryRules.js";
import { terms } from "./de/terms.js";

export type { Locale } from "../locale/types.js";

/**
 * German.
 *
 * @example
 * ```ts
 * import { de } from "offseason/locales/de";
 * de.code; //=> "de"
 * ```
 */
const de: Locale = {
  code: "de",
  rules: { ...loadRules, ...recoveryRules, ...practiceRules },
  issues,
  labels,
  terms,
};

export { de };
