/** The Spanish messages of the recovery rules, by rule id, then message id. */
import type { Locale } from "../../locale/types.js";

export const recoveryRules: NonNullable<Locale["rules"]> = {};
