/**
 * Cheap stand-in radio for memory measurements with tens of thousands of tags (the simulator works
 * out each tag's walls to every gateway, too slow for 50,000 spots): each tag stands within 4 m of a
 * random gateway and is heard by the k nearest gateways of that floor, its mean RSSI from the
 * log-distance model the engine itself assumes. Per-tag data lives in typed arrays.
 */
import { Prng } from '../../server/src/simulator/prng.js';

/** The engine's defaults: −59 dBm at 1 m, η 2.5 (engine-config.ts). */
export const SYNTHETIC_P1M_DBM = -59;
const PATH_LOSS_EXPONENT = 2.5;
/** Gateways hang this far above a tag (engine default antennaHeightDeltaM). */
const HEIGHT_DELTA_M = 1.5;

export interface SyntheticTags {
  count: number;
  gatewaysPerTag: number;
  /** Gateway index (into the given list) of tag t's j-th link: [t * k + j]. */
  gatewayOf: Int32Array;
  /** Mean RSSI of that link, dBm. */
  meanOf: Float32Array;
}

export function syntheticTags(gateways: ReadonlyArray<{ floorId: string; x: number; y: number }>, count: number, k: number, seed: number): SyntheticTags {
  const prng = new Prng(seed);
  const gatewayOf = new Int32Array(count * k);
  const meanOf = new Float32Array(count * k);
  const distances = new Float64Array(gateways.length);
  const order = Array.from(gateways, (_, i) => i);
  for (let tag = 0; tag < count; tag++) {
    const anchor = gateways[Math.floor(prng.next() * gateways.length)];
    const x = anchor.x + (prng.next() * 2 - 1) * 4;
    const y = anchor.y + (prng.next() * 2 - 1) * 4;
    for (let g = 0; g < gateways.length; g++) {
      distances[g] = gateways[g].floorId === anchor.floorId ? Math.hypot(gateways[g].x - x, gateways[g].y - y, HEIGHT_DELTA_M) : Infinity;
    }
    order.sort((a, b) => distances[a] - distances[b]);
    for (let j = 0; j < k; j++) {
      gatewayOf[tag * k + j] = order[j];
      meanOf[tag * k + j] = SYNTHETIC_P1M_DBM - 10 * PATH_LOSS_EXPONENT * Math.log10(distances[order[j]]);
    }
  }
  return { count, gatewaysPerTag: k, gatewayOf, meanOf };
}
