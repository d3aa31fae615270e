/**
 * Building blocks shared by the plan and athlete schemas. zod/mini is used throughout instead of classic zod: the
 * classic API alone costs ~75 kB brotli, zod/mini ~6 kB, and a consumer that imports only `parsePlan` must stay
 * within its budget (docs/design.md, Budgets) with every dependency included. A schema built at module top level
 * is wrapped in a pure-annotated call (`@__PURE__`): a chained `.check()` is a method call a bundler must keep, so
 * without it `validatePlan`, which reads these modules' helpers but never their schemas, would bundle them anyway.
 */
import * as z from "zod/mini";
import { parseCivilDate } from "../calendar/civilDate.js";
import { parseRecurrence } from "../calendar/rrule/parseRecurrence.js";
import { MAX_ID_LENGTH, MAX_SESSION_MINUTES } from "./limits.js";
import { WEEKDAYS } from "../calendar/weekdays.js";
import { createFormatter } from "../locale/formatMessage.js";
import type { MessageData } from "../locale/types.js";
import { MODEL_MESSAGES, SHARED_MESSAGES, type ModelMessageId } from "./issueMessages.js";

/** The English of every id {@link addIssue} takes. */
const OWN_MESSAGES: Readonly<Record<ModelMessageId, string>> = /* @__PURE__ */ (() => ({
  ...MODEL_MESSAGES,
  ...SHARED_MESSAGES,
}))();

/** Attaches offseason's own issue code to a custom check, so that callers can tell problems apart. */
export function issueParams(code: string): { params: { code: string } } {
  return { params: { code } };
}

/**
 * Reports one of offseason's own issues from a `superRefine`: its place, message id (of {@link MODEL_MESSAGES}), code
 * and raw data. The message is English here (what a direct `safeParse` of a schema shows); a parse words it in its
 * locale from the id and data the issue carries in `params`.
 */
export function addIssue(
  context: {
    addIssue(issue: {
      code: "custom";
      message: string;
      input: unknown;
      path: PropertyKey[];
      params: { code: string; messageId: string; data: MessageData };
    }): void;
  },
  input: unknown,
  path: PropertyKey[],
  messageId: ModelMessageId,
  code: string,
  data: MessageData = {},
): void {
  const message = createFormatter().format(OWN_MESSAGES[messageId], data);
  context.addIssue({ code: "custom", message, input, path, params: { code, messageId, data } });
}

/** A free-text field (name, notes), at most `maxLength` characters. */
export function text(maxLength: number) {
  return z.string().check(z.maxLength(maxLength));
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** An id: letters, digits and `. _ : -`, starting with a letter or digit, at most 128 characters. */
export const IdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.minLength(1, MODEL_MESSAGES["id.empty"]),
      z.maxLength(MAX_ID_LENGTH),
      z.regex(ID_PATTERN, MODEL_MESSAGES["id.pattern"]),
    ))();

/** The earliest and latest calendar years a plan or athlete may mention. */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;

/** A calendar day, `YYYY-MM-DD`, that exists (no 2026-02-30), between the years 1900 and 2200. */
const DATE_MESSAGE = MODEL_MESSAGES["date.notReal"];
export const LocalDateSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_MESSAGE, abort: true, ...issueParams("date") }),
    z.refine(
      (value) => {
        const date = parseCivilDate(value);
        return date !== undefined && date.year >= YEAR_RANGE.min && date.year <= YEAR_RANGE.max;
      },
      { error: DATE_MESSAGE, ...issueParams("date") },
    ),
  ))();

/** A time of day, `HH:mm` on the 24-hour clock. */
export const LocalTimeSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
      error: MODEL_MESSAGES["time.format"],
      ...issueParams("time"),
    }),
  ))();

const ZONE_MESSAGE = MODEL_MESSAGES["timezone.invalid"];
const ZONE_PATTERN = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,3}$/;

/** Whether `zone` is an IANA time zone name that this runtime's `Intl` knows. */
export function isTimeZone(zone: string): boolean {
  if (zone.length > 64 || !ZONE_PATTERN.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name such as `America/New_York`, checked with `Intl`. */
export const TimeZoneSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.maxLength(64, { abort: true }),
      z.regex(ZONE_PATTERN, { error: ZONE_MESSAGE, abort: true, ...issueParams("timezone") }),
      z.refine(isTimeZone, { error: ZONE_MESSAGE, ...issueParams("timezone") }),
    ))();

/** A weekday code, `MO` to `SU`. */
export const WeekdaySchema = /* @__PURE__ */ (() => z.enum(WEEKDAYS))();

/** Session RPE on the CR-10 scale, 0 (rest) to 10 (maximal). */
export const RpeSchema = /* @__PURE__ */ (() => z.number().check(z.gte(0), z.lte(10)))();

/** Whole minutes, 1 to 1440 (a day). */
export const MinutesSchema = /* @__PURE__ */ (() => z.int().check(z.gte(1), z.lte(MAX_SESSION_MINUTES)))();

/** RRULE text (RFC 5545, without DTSTART) in the subset plans support. */
export const RecurrenceRuleSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.maxLength(512),
    z.superRefine((value, context) => {
      const result = parseRecurrence(value);
      if (!result.ok) addIssue(context, value, [], `rrule.${result.reason}`, "rrule", result.data);
    }),
  ))();
