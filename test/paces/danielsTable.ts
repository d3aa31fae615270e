// Rows of Daniels' published table ("Daniels' Running Formula", VO2max 30 to 85), as quoted on r/artc "Dissecting
// Daniels, Part 4" (issue #27). The tests compare the equations with these printed times, not with the equations
// themselves.
export const DISTANCES_KM = { mile: 1.609344, "5k": 5, "10k": 10, half: 21.0975, marathon: 42.195 } as const;

export type RaceName = keyof typeof DISTANCES_KM;

export const DANIELS_ROWS: readonly (readonly [vo2max: number, times: Readonly<Record<RaceName, string>>])[] = [
  [30, { mile: "9:11", "5k": "30:40", "10k": "63:46", half: "2:21:04", marathon: "4:49:17" }],
  [40, { mile: "7:07", "5k": "24:08", "10k": "50:03", half: "1:50:59", marathon: "3:49:45" }],
  [50, { mile: "5:50", "5k": "19:57", "10k": "41:21", half: "1:31:35", marathon: "3:10:49" }],
];

// Tolerances. The table rounds each time to the second and each row to a whole VO2max, and public copies of it carry
// transcription errors (the same page gives a 2-mile of 14:03 for 40, which computes to 43.6). A tolerance of 0.15 on
// the estimate and 0.5 % on a time holds every true row (measured: at most 0.07, 0.19 % from the row's VO2max, 0.36 %
// from one printed time to another) and catches such a typo.
export const VO2MAX_TOLERANCE = 0.15;
export const TIME_TOLERANCE = 0.005;

/** Seconds of a table time, `h:mm:ss` or `m:ss`. */
export function secondsOf(time: string): number {
  return time.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}
