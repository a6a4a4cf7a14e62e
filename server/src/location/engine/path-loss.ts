/**
 * Log-distance path loss (Rappaport, Wireless Communications, eq. 4.68):
 *   RSSI(d) = P₁ₘ − 10·η·log10(d / 1 m) + X_σ
 * with P₁ₘ the RSSI at the 1 m reference distance, η the path-loss exponent and X_σ
 * zero-mean log-normal shadowing. The engine splits the distance term out so it can be
 * precomputed per (hypothesis point, gateway) and multiplied by η at run time.
 */

/** 10·log10(d) in dB for the slant distance between a floor point and a ceiling antenna. */
export function distanceTermDb(horizontalM: number, heightDeltaM: number, minDistanceM: number): number {
  const slant = Math.sqrt(horizontalM * horizontalM + heightDeltaM * heightDeltaM);
  return 10 * Math.log10(Math.max(slant, minDistanceM));
}

/** Expected RSSI for a distance term from `distanceTermDb`. */
export function expectedRssi(referencePowerDbm: number, exponent: number, distanceTerm: number): number {
  return referencePowerDbm - exponent * distanceTerm;
}

/** Slant distance at which the model expects `rssi` (the inverse of `expectedRssi`). */
export function distanceForRssi(rssi: number, referencePowerDbm: number, exponent: number): number {
  return Math.pow(10, (referencePowerDbm - rssi) / (10 * exponent));
}
