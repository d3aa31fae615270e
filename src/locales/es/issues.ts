/** The Spanish messages of input issues (parse errors), by message id. */
import type { Locale } from "../../locale/types.js";

export const issues: NonNullable<Locale["issues"]> = {};
