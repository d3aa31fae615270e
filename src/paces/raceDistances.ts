/** Metres in a statute mile (international yard and pound agreement, 1959). */
export const METRES_PER_MILE = 1609.344;

/**
 * The race distances whose paces `trainingPaces` returns, in km, in the order of a pace table. The half and the
 * marathon are World Athletics' road distances.
 */
export const RACE_PACE_DISTANCES_KM = {
  mile: METRES_PER_MILE / 1000,
  "5k": 5,
  "10k": 10,
  half: 21.0975,
  marathon: 42.195,
} as const;

/** The names of the race paces: `mile`, `5k`, `10k`, `half`, `marathon`. */
export type RacePaceName = keyof typeof RACE_PACE_DISTANCES_KM;

/** The shortest and longest race a prediction reads or makes, in km: a 400 m lap to 100 km. */
export const RACE_DISTANCE_KM = { min: 0.4, max: 100 } as const;

/** The VO2max estimates a race may give: outside them, the speed is not one humans run (Runalyze's bounds). */
export const VO2MAX_RANGE = { min: 15, max: 90 } as const;
