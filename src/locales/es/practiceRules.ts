/** The Spanish messages of the practice rules, by rule id, then message id. */
import type { Locale } from "../../locale/types.js";

export const practiceRules: NonNullable<Locale["rules"]> = {};
