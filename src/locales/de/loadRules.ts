/** The German messages of the load rules, by rule id, then message id. */
import type { Locale } from "../../locale/types.js";

export const loadRules: NonNullable<Locale["rules"]> = {};
