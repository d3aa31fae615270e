/**
 * The relaxation ladder: what a week gives up, rung by rung, when its load would break a rule. A week whose days are
 * too alike (weekly-monotony) first changes its shape; a week that would still spike the acute:chronic ratio
 * (acwr-band), or stay too even, then runs less, loses cross-training, quality and strides. The season tries the
 * first rung that applies, rebuilds the week, and checks again.
 */
import { MAX_FEWER_EASY, MIN_CROSS, MIN_STRENGTH_SHARE, MIN_TRANSITION_RUNS, VOLUME_STEP } from "./tuning.js";
import type { PhaseKind, WeekSettings } from "./types.js";

/** How a week that broke a rule broke it, and what bounds its relief. */
export interface WeekCheck {
  readonly phase: PhaseKind;
  /** Whether the week's days vary enough (weekly-monotony holds). */
  readonly even: boolean;
  /** The run minutes the week keeps at least, however much it relaxes. */
  readonly floor: number;
}

/** One rung of the ladder: whether it applies to a week and its check, and the week's settings once relaxed. */
export interface Relaxation {
  /** The rung's name, as a reader looks for it. */
  readonly name: string;
  readonly applies: (settings: WeekSettings, check: WeekCheck) => boolean;
  readonly relax: (settings: WeekSettings, check: WeekCheck) => WeekSettings;
}

/** The rungs in the order they are tried: the first that applies is taken. */
export const RELAXATIONS: readonly Relaxation[] = [
  {
    // Cross-training on an easy run's day makes that day harder and another lighter: the days differ more.
    name: "stack-cross",
    applies: (settings, check) => !check.even && !settings.stackCross,
    relax: (settings) => ({ ...settings, stackCross: true }),
  },
  {
    // Fewer, longer easy runs: the days differ more.
    name: "fewer-easy-runs",
    applies: (settings, check) => !check.even && check.phase !== "transition" && settings.fewerEasy < MAX_FEWER_EASY,
    relax: (settings) => ({ ...settings, fewerEasy: settings.fewerEasy + 1 }),
  },
  {
    name: "fewer-transition-runs",
    applies: (settings, check) =>
      !check.even && check.phase === "transition" && settings.transitionRuns > MIN_TRANSITION_RUNS,
    relax: (settings) => ({ ...settings, transitionRuns: settings.transitionRuns - 1 }),
  },
  {
    // One cross-training session fewer: a lighter day, and the days differ more.
    name: "fewer-cross-for-monotony",
    applies: (settings, check) => !check.even && settings.crossCount > MIN_CROSS,
    relax: (settings) => ({ ...settings, crossCount: settings.crossCount - 1 }),
  },
  {
    name: "less-volume",
    applies: (settings, check) => settings.minutes > check.floor,
    relax: (settings, check) => ({
      ...settings,
      minutes: Math.max(check.floor, Math.floor(settings.minutes * VOLUME_STEP)),
    }),
  },
  {
    // Shorter strength sessions (never under 15 minutes): at the bottom of a level's in-season range strength
    // carries much of the week's load.
    name: "lighter-strength",
    applies: (settings) => settings.strengthShare > MIN_STRENGTH_SHARE,
    relax: (settings) => ({ ...settings, strengthShare: Math.max(MIN_STRENGTH_SHARE, settings.strengthShare - 0.25) }),
  },
  {
    name: "fewer-cross",
    applies: (settings) => settings.crossCount > MIN_CROSS,
    relax: (settings) => ({ ...settings, crossCount: settings.crossCount - 1 }),
  },
  {
    name: "fewer-quality",
    applies: (settings) => settings.qualityCount > 0,
    relax: (settings) => ({ ...settings, qualityCount: settings.qualityCount - 1 }),
  },
  {
    name: "no-strides",
    applies: (settings) => settings.strides,
    relax: (settings) => ({ ...settings, strides: false }),
  },
  {
    // The last resort of a week at the bottom of a level's range: its active recovery (a coverage habit, info) gives
    // way to the load ratio, which warns.
    name: "no-cross",
    applies: (settings) => settings.crossCount > 0,
    relax: (settings) => ({ ...settings, crossCount: 0 }),
  },
];

/**
 * The next rung for a week that broke a rule: its name and the week's relaxed settings, or `undefined` when no rung
 * applies (nothing lighter helps).
 */
export function relaxWeek(
  settings: WeekSettings,
  check: WeekCheck,
  ladder: readonly Relaxation[] = RELAXATIONS,
): { readonly name: string; readonly settings: WeekSettings } | undefined {
  const rung = ladder.find((candidate) => candidate.applies(settings, check));
  return rung && { name: rung.name, settings: rung.relax(settings, check) };
}
