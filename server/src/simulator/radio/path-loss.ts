/**
 * The deterministic part of a link's loss: log-distance path loss and floor slabs.
 *
 *   mean RSSI = P₁ₘ − 10·n·log10(d / 1 m) − Σ walls − floors(k)
 *
 * (Rappaport, Wireless Communications, eq. 4.68, with the COST 231 multi-wall terms for walls and
 * floors.) Walls are counted by `WallGrid`; shadowing and fading are added by `RadioModel`.
 */

/** Mean RSSI at slant distance `distanceM` before walls and floors. */
export function logDistanceRssi(referencePowerDbm: number, exponent: number, distanceM: number, minDistanceM: number): number {
  return referencePowerDbm - 10 * exponent * Math.log10(Math.max(distanceM, minDistanceM));
}

/**
 * Loss through `slabs` floor slabs, COST 231 multi-wall model: L_f·k^((k+2)/(k+1) − b).
 * One slab costs L_f; each further one less, as some energy finds its way round (stairwells, façade).
 */
export function floorLossDb(slabs: number, lossPerFloorDb: number, b: number): number {
  if (slabs <= 0) return 0;
  return lossPerFloorDb * Math.pow(slabs, (slabs + 2) / (slabs + 1) - b);
}
