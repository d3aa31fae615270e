/**
 * The English words of input issues (parse errors and refused options), one ICU MessageFormat template per message id
 * (the grammar of src/locale/formatMessage.ts), rendered from each issue's raw `data`. A locale words the same ids in
 * its `issues`. Only templates here, no code: a bundle that never renders an issue in another language pays only for
 * the groups its functions read (each group is its own constant, so a bundler drops the others).
 */

/** The words of the error around its issues: the count line, the cut list. */
export const ERROR_TEXT = {
  "error.summary": "{summary} ({count, plural, one {# problem} other {# problems}}):",
  "error.more": "... and {count} more",
  truncated: "{count, plural, one {# more problem} other {# more problems}} not listed",
} as const;

/** The summaries: the one line that says what failed. */
export const SUMMARY_MESSAGES = {
  "summary.invalidPlan": "Invalid plan",
  "summary.invalidAthlete": "Invalid athlete",
  "summary.invalidActivities": "Invalid activities",
  "summary.invalidLimits": "Invalid limits",
  "summary.invalidOptions": "Invalid options",
  "summary.invalidCustomRules": "Invalid custom rules",
  "summary.invalidRulesConfig": "Invalid rules config",
  "summary.invalidRule": "Invalid rule {id}",
  "summary.planTooLarge": "Plan too large",
  "summary.planTooLong": "Plan too long",
  "summary.exceptions": "Plan exceptions that match no occurrence",
  "summary.workoutTooLong": "Workout too long",
  "summary.notAWorkout": "Not a workout",
  "summary.invalidGenerateOptions": "Invalid generatePlan options",
  "summary.noPlanForAthlete": "No plan for this athlete could keep generatePlan's promise",
  "summary.invalidLiveOptions": "Invalid {of} options",
  "summary.invalidHistoryOptions": "Invalid history options",
} as const;

/**
 * zod's codes, as offseason words them. `invalid_type`: `expected` (zod's type name), `received` (`undefined`, `null`,
 * `array`, `object`, the JavaScript type, or `value` with the `value` as the input gave it); `too_small` / `too_big`:
 * `origin` (`string`, `array`, `number`), `minimum` / `maximum`, `inclusive`; `invalid_value`: `values` (JSON of the
 * first 12), `count`, `more` (how many more), `required`.
 */
export const SHAPE_MESSAGES = {
  invalid_type:
    "{received, select, undefined {is required} other {must be {expected, select, int {a whole number} number {a number} string {a string} boolean {true or false} object {an object} array {an array} other {{expected}}}, not {received, select, null {null} array {an array} object {an object} value {{value}} other {a {received}}}}}",
  too_small:
    "{origin, select, string {must be at least {minimum, plural, one {# character} other {# characters}} long} array {must have at least {minimum, plural, one {# item} other {# items}}} other {must be {inclusive, select, false {greater than} other {at least}} {minimum}}}",
  too_big:
    "{origin, select, string {must be at most {maximum, plural, one {# character} other {# characters}} long} array {must have at most {maximum, plural, one {# item} other {# items}}} other {must be {inclusive, select, false {less than} other {at most}} {maximum}}}",
  invalid_value:
    "{required, select, true {is required (one of {values, list, or}{more, plural, =0 {} other {, ...}})} other {{count, plural, one {must be {values}} other {must be one of {values, list, or}{more, plural, =0 {} other {, ...}}}}}}",
  invalid_union: "does not match any allowed form",
  unrecognized_keys: "is not a known field",
  invalid_format: "is invalid",
  invalid: "is invalid",
} as const;

/** The model's own checks (plan, athlete, activities, limits). */
export const MODEL_MESSAGES = {
  "id.empty": "must not be empty",
  "id.pattern": "must use only letters, digits and . _ : - and start with a letter or digit",
  "id.duplicate": 'id "{id}" is used twice; session and habit ids must be unique in a plan',
  "date.notReal": "must be a real calendar date written YYYY-MM-DD, between 1900 and 2200",
  "date.format": "must be a real calendar date written YYYY-MM-DD",
  "time.format": "must be a time of day written HH:mm (24-hour clock), e.g. 07:00",
  "timezone.invalid": "must be an IANA time zone name such as America/New_York",
  "pace.format": 'must be a pace m:ss/km or m:ss/mi, e.g. "8:15/mi"',
  "pace.formatOrName":
    'must be a pace m:ss/km or m:ss/mi, e.g. "8:15/mi", or the name of one of the plan\'s paces, e.g. "5k"',
  "pace.unknownName": 'names the pace "{pace}", which the plan\'s "paces" lacks',
  "pace.missing": 'needs a "pace" to time its distance (runs: or the plan\'s "paces")',
  "race.time": 'must be a time "h:mm:ss" or "m:ss", e.g. "1:31:35" or "19:57"',
  "race.distanceMissing": 'a race needs "distanceKm" or "distanceMi"',
  "distance.both": 'give "distanceKm" or "distanceMi", not both',
  "activity.start": "must be an ISO-8601 date-time with its offset, e.g. 2026-11-03T07:00:00-05:00",
  "activity.occurrenceId": "must be an occurrence id such as easy@2026-11-03",
  "activity.startDay": "is on {startDate}, not on date {date}",
  "activity.duplicateId": 'activity id "{id}" is used twice (first at [{first}])',
  "habit.repeatOrWhen": 'give either "repeat" (an RRULE) or "when": "before-each-run", exactly one of them',
  "habit.timeBeforeRun": 'a "before-each-run" habit takes its time from each run; drop "time"',
  "habit.gPerKg": '"gPerKg" is a protein or carbohydrate target: use it with focus lean-protein or complex-carbs',
  "weeks.oneOff": 'is one value on a one-off ("date") session, not one per week',
  "weeks.count": "has {entries} entries for {weeks} weeks",
  "weeks.nullRpe": "is null in a week the session takes place",
  "phase.duplicateId": 'phase id "{id}" is used twice',
  "exception.unknownSession": 'no session has the id "{sessionId}"',
  "exception.outsidePlan": "{date} is outside the plan ({start} to {end})",
  "session.outsidePhase": "{date} is outside its phase ({start} to {end})",
  "session.timing": 'give exactly one of "on", "repeat" or "date"',
  "session.weekdayTwice": "lists a weekday twice",
  "session.minutesRequired": "is required (or steps, or for runs, walks and hikes a distance)",
  "session.priority": "only races take a priority",
  "session.exercisesOrFocus": 'give one of "exercises" or "focus"',
  "session.tooLong":
    "{from, select, steps {its steps add up to {minutes} minutes} minutes {lasts {minutes} minutes{when, select, week { in week {week} of its phase} progression { in week {week} of its phase (after progression x{multiplier})} other {}}} other {its distance takes {minutes} minutes at its pace{when, select, week { in week {week} of its phase} progression { in week {week} of its phase (after progression x{multiplier})} other {}}}}; a session lasts at most {max} minutes (a day)",
  "timesPerWeek.needsOn": 'needs "on" naming its candidate days',
  "timesPerWeek.tooMany": "asks for {times} times a week on {days} candidate days",
  "exercise.repsOrSeconds": 'give either "reps" or "seconds" (one of them, not both)',
  "exercise.otherPattern":
    'an exercise named "other" needs a "pattern" (knee-dominant, hip-hinge, calf-foot, trunk, plyometric or upper)',
  "exercise.pattern": '{name} is a {pattern} exercise; drop "pattern" or use name "other"',
  "step.length": 'give one of "minutes", "seconds", "distanceKm", "distanceMi"',
  "range.order": "must be at least min",
  "limit.steps": "has {count} steps; the limit is {limit}",
  "limit.stepDepth": "repeats nest at most {depth} deep",
} as const;

/** The checks of the live options and of the training history (src/live). */
export const LIVE_MESSAGES = {
  "history.timezone": "must be an IANA time zone name such as America/New_York",
  "options.notObject": "must be an object",
  "live.asOf": "must be a real calendar date written YYYY-MM-DD",
  "live.windowDays": "must be a whole number of days from 0 to 14",
  "live.bands": "must be { green: { min, max }, yellow: { min, max } } with yellow around green",
  "live.seed": "must be { ctl, atl } with two finite numbers",
  "live.decay": 'must be "exponential" or "ema"',
  "live.ctlDays": "must be a whole number of days from 1 to 365",
  "live.atlDays": "must be a whole number of days from 1 to 365",
  "live.tsbDay": 'must be "previous" or "same"',
  "live.defaultRpe": "must be an RPE from 0 to 10",
  "history.until": "must be a real calendar date written YYYY-MM-DD (the plan's start date)",
  "history.days": "must be a whole number of days from 1 to 3660",
} as const;

/** The checks of generatePlan's options and of the athlete it plans for (src/generate/refusals.ts). */
export const GENERATE_MESSAGES = {
  "generate.wholeNumber": "must be a whole number from {min} to {max}",
  "generate.noBase": "transition and pre-season leave no week for the base phase",
  "generate.seed": "must be an integer",
  "generate.targetMinutes": "must be a whole number of minutes from {min} to {max}",
  "generate.days":
    "has {count, plural, one {# day} other {# days}} with {minutes} minutes or more; a plan needs {needed} for its 3 runs a week (the fewest any level runs): free {more, plural, one {# more day} other {# more days}} of {minutes} minutes or more",
  "generate.inSeason":
    "is {minutes}, below the {min} minutes a plan at {level} level starts from: its sessions alone would spike the load against the season; check the level or the minutes",
  "generate.seasonEnd":
    "is {seasonEndDate}, not before the plan's start {startDate}: an off-season plan starts after the season",
} as const;

/** The checks of validatePlan's options and its rules config (src/rules/engine). */
export const CONFIG_MESSAGES = {
  "config.level": "must be one of {levels, list, or}",
  "config.ruleTaken": 'rule id "{id}" is already taken',
  "config.unknownRule": 'unknown rule "{id}"',
  "config.severity": 'severity must be "off", "info", "warning" or "error"',
  "config.optionsObject": "options must be an object",
  "config.unknownOptions": "unknown option(s) {keys, list}",
  "config.invalidOption": "invalid option ({code})",
} as const;

/**
 * The checks the plan's schema and the expansion share: an RRULE, and the plan's weeks against the limit. Each
 * `rrule.<reason>` is a reason of calendar/rrule/parseRecurrence.ts, with its data: `part` (an RRULE part name),
 * `value` (the text given), `min` / `max` (the bounds), `length`, `freq`. `rrule.invalid` words a `detail` a caller
 * gives as it is.
 */
export const SHARED_MESSAGES = {
  "rrule.invalid": "invalid RRULE: {detail}",
  "rrule.empty": "invalid RRULE: the rule is empty; write one such as FREQ=DAILY",
  "rrule.tooLong": "invalid RRULE: the rule is longer than {max} characters",
  "rrule.prefix": 'invalid RRULE: write the rule alone, without an "RRULE:" prefix or a DTSTART line',
  "rrule.notAPart": 'invalid RRULE: "{value}" is not a NAME=VALUE part',
  "rrule.dtstart": "invalid RRULE: DTSTART is not allowed: the phase start is the start of the rule",
  "rrule.timeOfDay": 'invalid RRULE: {part} is not supported: the session\'s "time" sets the time of day',
  "rrule.unknownPart":
    "invalid RRULE: {part} is not a supported RRULE part (use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, WKST)",
  "rrule.duplicatePart": "invalid RRULE: {part} appears twice",
  "rrule.freqMissing": "invalid RRULE: FREQ is missing",
  "rrule.freqValue": "invalid RRULE: FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, got {value}",
  "rrule.intervalRange": "invalid RRULE: INTERVAL must be a whole number from {min} to {max}, got {value}",
  "rrule.countAndUntil": "invalid RRULE: COUNT and UNTIL cannot both be given",
  "rrule.countRange": "invalid RRULE: COUNT must be a whole number from {min} to {max}, got {value}",
  "rrule.untilFormat": 'invalid RRULE: UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSS with an optional Z, got "{value}"',
  "rrule.untilDate": 'invalid RRULE: UNTIL is not a calendar date: "{value}"',
  "rrule.untilTime": 'invalid RRULE: UNTIL has an impossible time of day: "{value}"',
  "rrule.byDayFormat": 'invalid RRULE: BYDAY takes weekdays such as MO,WE or 1SA, got "{value}"',
  "rrule.byDayNumberFreq": 'invalid RRULE: BYDAY "{value}" with a number needs FREQ=MONTHLY or YEARLY',
  "rrule.byDayNumberRange": 'invalid RRULE: BYDAY "{value}": the number must be {min} to {max} or -{min} to -{max}',
  "rrule.listFormat": 'invalid RRULE: {part} takes a comma-separated list of integers, got "{value}"',
  "rrule.listRange": "invalid RRULE: {part} values must be between {min} and {max} (or -{max} and -{min}), got {value}",
  "rrule.byMonthNegative": "invalid RRULE: BYMONTH values must be {min} to {max}",
  "rrule.byDayMixed": "invalid RRULE: BYDAY cannot mix numbered and plain weekdays (1MO,TU): write two sessions",
  "rrule.byMonthDayWeekly": "invalid RRULE: BYMONTHDAY cannot be used with FREQ=WEEKLY",
  "rrule.bySetPosAlone": "invalid RRULE: BYSETPOS needs another BYxxx part to select from",
  "rrule.weekStart": "invalid RRULE: WKST must be a weekday such as MO, got {value}",
  "limit.weeks": "the phases add up to {weeks} weeks; the limit is {limit}",
} as const;

/** The checks of limit overrides (src/model/limits.ts). */
export const LIMITS_MESSAGES = {
  "limits.notObject":
    "must be an object of limits, not {received, select, number {{value}} string {the string {value}} null {null} array {an array} other {a {received}}}",
  "limits.unknown": "is not a limit (the limits are {limits})",
  "limits.value":
    "must be a positive whole number (at most {max}), not {received, select, number {{value}} string {the string {value}} null {null} array {an array} other {a {received}}}",
} as const;

/** The checks of the expansion: occurrences and weeks against the limits, exceptions that match nothing. */
export const SCHEDULE_MESSAGES = {
  "limit.occurrences": "the plan expands to more than {limit} occurrences, the limit of one expansion",
  "limit.weeksWithExceptions":
    "the phases and the weeks that {kinds, select, shift {shifts} pause {pauses} rest {rest days} shift+pause {shifts and pauses} shift+rest {shifts and rest days} pause+rest {pauses and rest days} other {shifts, pauses and rest days}} add make {weeks} weeks; the limit is {limit}{raised, select, true {, the weeks of its phases (option maxWeeks raises it)} other {}}",
  "exception.adjustmentOutside": "{field} {date} is outside the plan ({start} to {end})",
  "exception.endsBeforeStart": "ends on {to}, before it starts ({from})",
  "exception.noneInRange": "no session is planned from {from} to {to}, so this {action} matches nothing",
  "exception.noneFrom":
    '{one, select, true {session "{sessionId}" is not} other {no session is}} planned on or after {from}, so this {action} matches nothing',
  "exception.noneOn":
    '{one, select, true {session "{sessionId}" is not planned} other {no session is planned}} on {date}, so this {action} matches nothing',
  "exception.movesBefore": 'moves "{sessionId}" from {from} to {to}, before {start}',
  "exception.movesPastEnd": 'moves "{sessionId}" from {from} to {to}, past the plan\'s end ({end})',
  "exception.shiftZero": "shifts by 0 days, which changes nothing",
  "exception.claimed": 'exceptions[{claimedBy}] already changes "{sessionId}" on {date}',
  "exception.swapSelf": "swaps {date} with itself",
  "exception.swapNothing": "no session is planned on {date} or {with}, so this swap matches nothing",
} as const;

/** The checks of workouts (src/workouts). */
export const WORKOUT_MESSAGES = {
  "limit.workoutSteps": "has {count} steps once nested repeats are unrolled; a workout holds at most {limit}",
  "workout.kind": "a {kind} occurrence has no workout: give a run, cross-training or strength occurrence",
  "workout.now": "must be a date-time from 1990 to 2126, with Z or an offset",
  "workout.tolerance": "must be a number of 0 or more",
} as const;

/** The checks of a custom rule's definition (src/rules/defineRule.ts). */
export const RULE_MESSAGES = {
  "rule.id": '"{id}" is not a kebab-case rule id (plugin/rule-name allowed)',
  "rule.fundamental": "must be one of {fundamentals, list, or}",
  "rule.type": "must be problem or coverage",
  "rule.severity": "must be info, warning or error",
  "rule.messages": "must define at least one message",
  "rule.defaults": "does not match the options schema",
  "rule.localeMessage": 'words message id "{messageId}", which meta.messages does not define',
} as const;

/**
 * Every English message of offseason's input issues and errors, by message id: what a locale's `issues` words. Each
 * id's raw data is named in its template's placeholders.
 */
export const ISSUE_MESSAGES: Readonly<Record<string, string>> = /* @__PURE__ */ (() => ({
  ...ERROR_TEXT,
  ...SUMMARY_MESSAGES,
  ...SHAPE_MESSAGES,
  ...MODEL_MESSAGES,
  ...SHARED_MESSAGES,
  ...LIMITS_MESSAGES,
  ...SCHEDULE_MESSAGES,
  ...WORKOUT_MESSAGES,
  ...LIVE_MESSAGES,
  ...GENERATE_MESSAGES,
  ...CONFIG_MESSAGES,
  ...RULE_MESSAGES,
}))();

/** A message id of the expansion's checks. */
export type ScheduleMessageId = keyof typeof SCHEDULE_MESSAGES;

/** A message id of the live options' checks. */
export type LiveMessageId = keyof typeof LIVE_MESSAGES;

/** A message id of a custom rule's checks. */
export type RuleMessageId = keyof typeof RULE_MESSAGES;

/** A message id of the limit overrides' checks. */
export type LimitsMessageId = keyof typeof LIMITS_MESSAGES;

/** A message id of the rules' config checks. */
export type ConfigMessageId = keyof typeof CONFIG_MESSAGES;

/** A message id of generatePlan's checks. */
export type GenerateMessageId = keyof typeof GENERATE_MESSAGES;

/** A message id of the model's own checks (those the plan's schema shares with the expansion included). */
export type ModelMessageId = keyof typeof MODEL_MESSAGES | keyof typeof SHARED_MESSAGES;
