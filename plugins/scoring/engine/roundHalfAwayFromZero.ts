/**
 * Rounds to a whole number, halves away from zero (2.5 → 3, −2.5 → −3). Sums of decayed points carry float noise
 * (2.4999999999 for 2.5), so the value is first snapped to 9 decimal places.
 */
export function roundHalfAwayFromZero(value: number): number {
  const snapped = Math.abs(value) < 1e6 ? Math.round(value * 1e9) / 1e9 : value;
  // `+ 0` turns −0 into 0.
  return Math.sign(snapped) * Math.round(Math.abs(snapped)) + 0;
}
