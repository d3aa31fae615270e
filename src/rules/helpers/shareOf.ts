/** A share rounded beside its limit, as a clean number for a finding's data. */
import { shareBeside } from "./messageData.js";

/**
 * {@link shareBeside} without the binary noise of the division by 100 (0.453, not 0.45299999999999996): the share a
 * finding's data holds, for `{share, number, percent}`.
 *
 * @param share - The share (0-1).
 * @param limit - The limit it is compared with.
 * @returns The share, rounded so that its percentage never reads as the limit it misses.
 * @example
 * A share of 0.4531 against 0.45 gives 0.453 ("45.3%"); 0.7912 against 0.45 gives 0.79.
 */
export function shareOf(share: number, limit: number): number {
  return Number(shareBeside(share, limit).toPrecision(12));
}
