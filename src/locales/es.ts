/**
 * Spanish (`offseason/locales/es`): the findings, hints, input issues and output labels of offseason in Spanish, as a
 * coach writes them. Pass it per call: `validatePlan(plan, { locale: es })`.
 *
 * @packageDocumentation
 */
import type { Locale } from "../locale/types.js";
import { issues } from "./es/issues.js";
import { labels } from "./es/labels.js";
import { loadRules } from "./es/loadRules.js";
import { practiceRules } from "./es/practiceRules.js";
import { recoveryRules } from "./es/recoveryRules.js";
import { terms } from "./es/terms.js";

export type { Locale } from "../locale/types.js";

/**
 * Spanish.
 *
 * @example
 * ```ts
 * import { es } from "offseason/locales/es";
 * es.code; //=> "es"
 * ```
 */
const es: Locale = {
  code: "es",
  rules: { ...loadRules, ...recoveryRules, ...practiceRules },
  issues,
  labels,
  terms,
};

export { es };
