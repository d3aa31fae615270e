/**
 * The generator's tuning: how far under the rules' limits it plans and how fast a season moves. The limits themselves
 * come from the rules' defaults (ruleLimits.ts); these numbers are the generator's own choices within them.
 */
import type { PhaseKind } from "./types.js";

/** The shortest easy run: shorter runs are not worth the trip out (and the rules count them all the same). */
export const MIN_RUN = 20;
/** How far below a rule's limit the generator plans: rounding and day-to-day detail never reach the limit. */
export const MARGIN = 0.95;
/** Below a limit the generator computes exactly as the rule does (the daily acute:chronic ratio). */
export const EXACT_MARGIN = 0.99;
/** A base without a transition starts at this share of the in-season week: the season's level, the break long past. */
export const START_SHARE = 0.85;
/** A loading week at this share of the return's goal (the in-season week) has returned: new volume from there. */
export const RETURNED = 0.97;
/** A step-back week's runs stay under this share of the plan's longest run so far (COACHING.md §2.2: ~2/3-3/4). */
export const REDUCED_LONG = 0.8;
/** Base weeks of anatomical adaptation before heavy strength (COACHING.md §5: 3-6; beginners 6-10). */
export const ADAPTATION_WEEKS = 4;
export const BEGINNER_ADAPTATION_WEEKS = 8;
/** A long run at least this many times each easy run of its week: clearly the week's long run. */
export const LONG_OVER_EASY = 1.25;
/** Days single-run-spike looks back. */
export const SPIKE_WINDOW = 30;
/**
 * Growth of the longest run week to week while the spike rule cannot judge it (the plan's first 30 days): the
 * published returns after a marathon go 15-30, 45-60, 60-75, 90 min (COACHING.md §1.2).
 */
export const EARLY_GROWTH = 1.5;
/** The shortest cross-training session: less is no session worth a day's slot. */
export const CROSS_MIN = 20;
/** Runs of the first transition week: running comes back gradually after the season. */
export const RECOVERY_RUNS = 3;
/** Runs of the later transition weeks at most: still fewer than a base week has. */
export const TRANSITION_RUNS = 4;
/** The longest run's share of a transition week with several runs. */
export const TRANSITION_TOP = 0.4;
/** Cross-training sessions of a transition week: the load running does not carry yet. */
export const TRANSITION_CROSS = 2;
/** Quality sessions take at most this share of a week's running: more in the pre-season, which is for quality. */
export const QUALITY_SHARE: Readonly<Record<PhaseKind, number>> = { transition: 0, base: 0.35, "pre-season": 0.8 };
/** Hard minutes of a pre-season quality session at least (when the day has room for them). */
export const PRE_SEASON_HARD_MINUTES = 10;
/** Rebuilds of one week at less volume when its load would spike the acute:chronic ratio. */
export const LOAD_STEPS = 8;
/** The long run's share of a week by its number of runs: fewer runs, a larger share (a long run stays the longest). */
export const longShareFor = (runs: number) => (runs >= 5 ? 0.28 : runs === 4 ? 0.3 : runs === 3 ? 0.38 : 0.5);

/** The RPE the in-season week's minutes are counted at when they seed the load ratio: an easy-to-moderate season. */
export const SEED_RPE = 4;
/** A loading week grows at most this share of weekly-volume-progression's warning over the last 3 weeks' highest. */
export const RAMP_SHARE = 0.8;
/** A week relaxed for its load keeps at least this share of the last week's running: relief, not a collapse. */
export const FLOOR_SHARE = 0.85;
/** Each volume step of the relaxation ladder runs this share of the minutes before it (8 steps: about half). */
export const VOLUME_STEP = 0.93;
/** Builds of one week after the first: the volume steps, and room for the rungs that come after them. */
export const MAX_REBUILDS = LOAD_STEPS + 10;
/** The least share of its minutes a lighter strength session keeps (a 30-minute session: 15). */
export const MIN_STRENGTH_SHARE = 0.5;
/** Easy runs a too-even base or pre-season week may leave out at most: the rest keep the week's running. */
export const MAX_FEWER_EASY = 2;
/** Runs a too-even transition week keeps at least. */
export const MIN_TRANSITION_RUNS = 2;
/** Cross-training sessions a relaxed week keeps at least: the active recovery the week relies on. */
export const MIN_CROSS = 1;
/** At most this many rounds of handing the long run the minutes its week's easy runs cannot take. */
export const LONG_ROUNDS = 6;
/** A week relaxed to less volume keeps its long run to this share of its minutes (COACHING.md §3.2: 35-45 %). */
export const RELAXED_LONG_SHARE = 0.45;
/** A week runs at most this much more than the highest of the 3 weeks before the week before (30 %, a margin under). */
export const TWO_WEEK_GROWTH = 1.27;
