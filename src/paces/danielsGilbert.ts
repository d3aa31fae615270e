/**
 * The Daniels-Gilbert equations (J. Daniels and J. Gilbert, "Oxygen Power: Performance Tables for Distance Runners",
 * 1979), as Runalyze implements them: a race's oxygen cost over the fraction of VO2max a runner sustains for its
 * duration. Internal: the public functions of src/paces read them. Every solution here is computed (a closed form or a
 * bisection), never looked up in a table, so that any distance and any time get an answer to the second.
 */

/** Oxygen cost, ml/kg/min, of running at `metresPerMinute` (Daniels and Gilbert's regression). */
export function oxygenCost(metresPerMinute: number): number {
  return -4.6 + 0.182258 * metresPerMinute + 0.000104 * metresPerMinute * metresPerMinute;
}

/** The fraction of VO2max a runner sustains for `minutes` (above 1 for efforts under about 11 minutes). */
export function sustainableFraction(minutes: number): number {
  return 0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes);
}

/** The VO2max a race of `metres` in `seconds` implies, unrounded. */
export function vo2maxOfRace(metres: number, seconds: number): number {
  const minutes = seconds / 60;
  return oxygenCost(metres / minutes) / sustainableFraction(minutes);
}

/** The speed, m/min, whose oxygen cost is `vo2max`: the positive root of the cost's quadratic. */
export function speedAtVo2max(vo2max: number): number {
  const a = 0.000104;
  const b = 0.182258;
  return (-b + Math.sqrt(b * b + 4 * a * (vo2max + 4.6))) / (2 * a);
}

// Enough halvings to shrink the widest bracket (100 km: 50 to 5,000 minutes) below a microsecond.
const BISECTIONS = 64;

/**
 * The seconds a runner of `vo2max` takes over `metres`: the time whose race implies that VO2max. The implied VO2max
 * falls as the time grows (a slower race costs less oxygen, and the fraction sustained falls more slowly than the
 * cost), so bisection between 2,000 m/min (far above any VO2max of 90) and 20 m/min (a negative oxygen cost) finds
 * the one root.
 */
export function secondsAtVo2max(vo2max: number, metres: number): number {
  let fast = metres / 2000;
  let slow = metres / 20;
  for (let step = 0; step < BISECTIONS; step += 1) {
    const middle = (fast + slow) / 2;
    if (vo2maxOfRace(metres, middle * 60) > vo2max) fast = middle;
    else slow = middle;
  }
  return ((fast + slow) / 2) * 60;
}
