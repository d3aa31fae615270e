/** The Spanish labels of output around the messages, by label id. */
import type { Locale } from "../../locale/types.js";

export const labels: NonNullable<Locale["labels"]> = {};
