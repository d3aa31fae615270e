import * as z from "zod/mini";
import { parseCivilDate } from "../calendar/civilDate.js";
import { errorOf, issueOf, type OffseasonIssue } from "../model/errors.js";
import { LIVE_MESSAGES, type LiveMessageId } from "../model/issueMessages.js";

const date = z.string().check(z.refine((value) => parseCivilDate(value) !== undefined));
const wholeDays = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const ratioRange = z
  .object({ min: z.number().check(z.gte(0)), max: z.number() })
  .check(z.refine((range) => range.min <= range.max));

/**
 * The options of the living plan's functions, {@link adherence} and {@link fitness}, as one schema: an option they
 * share (`asOf`, `windowDays`, `defaultRpe`) is checked the same way in both, and none is taken unchecked. Options a
 * function does not read are not looked at (`maxOccurrences` is checked by the expansion, `activities` by
 * {@link parseActivities}).
 */
const LIVE_OPTIONS = z.object({
  asOf: z.optional(date),
  windowDays: z.optional(wholeDays(0, 14)),
  bands: z.optional(
    z
      .object({ green: ratioRange, yellow: ratioRange })
      .check(z.refine(({ green, yellow }) => yellow.min <= green.min && yellow.max >= green.max)),
  ),
  seed: z.optional(z.object({ ctl: z.number(), atl: z.number() })),
  decay: z.optional(z.enum(["exponential", "ema"])),
  ctlDays: z.optional(wholeDays(1, 365)),
  atlDays: z.optional(wholeDays(1, 365)),
  tsbDay: z.optional(z.enum(["previous", "same"])),
  defaultRpe: z.optional(z.number().check(z.gte(0), z.lte(10))),
});

/** `adherence` needs `asOf`: the same schema with it required. */
const ADHERENCE_OPTIONS = z.extend(LIVE_OPTIONS, { asOf: date });

/** One message per option, whatever part of it is wrong (as the CLI prints them): its id in `LIVE_MESSAGES`. */
const MESSAGES: Readonly<Record<keyof z.infer<typeof LIVE_OPTIONS>, LiveMessageId>> = {
  asOf: "live.asOf",
  windowDays: "live.windowDays",
  bands: "live.bands",
  seed: "live.seed",
  decay: "live.decay",
  ctlDays: "live.ctlDays",
  atlDays: "live.atlDays",
  tsbDay: "live.tsbDay",
  defaultRpe: "live.defaultRpe",
};

const isOption = (name: PropertyKey | undefined): name is keyof typeof MESSAGES =>
  typeof name === "string" && Object.hasOwn(MESSAGES, name);

/**
 * Checks the options of {@link adherence} (`asOf` required) or {@link fitness} against the one schema.
 *
 * @throws {@link OffseasonError} with code `config` and one issue per wrong option, located at its name.
 */
export function checkLiveOptions(options: unknown, of: "adherence" | "fitness"): void {
  const result = (of === "adherence" ? ADHERENCE_OPTIONS : LIVE_OPTIONS).safeParse(options);
  if (result.success) return;
  const issues: OffseasonIssue[] = [];
  const seen = new Set<string>();
  for (const { path } of result.error.issues) {
    const [name] = path;
    const key = isOption(name) ? name : "";
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(
      isOption(name)
        ? issueOf([name], "config", LIVE_MESSAGES, MESSAGES[name])
        : issueOf([], "config", LIVE_MESSAGES, "options.notObject"),
    );
  }
  throw errorOf("config", "summary.invalidLiveOptions", issues, { data: { of } });
}
