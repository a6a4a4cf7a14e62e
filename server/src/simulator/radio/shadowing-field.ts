/**
 * The place-bound part of the shadowing: for each gateway, a smooth random field over each floor, so a
 * tag parked at one spot keeps the same bias to each gateway (as furniture and bodies give it in a
 * real room) and one moved a few metres gets a different one (Gudmundson's spatially correlated
 * shadowing, "Correlation model for shadow fading in mobile radio systems", 1991).
 *
 * The field is value noise: independent normal values at the nodes of a square grid (one grid per
 * gateway, shifted by a random offset), interpolated bilinearly and rescaled so that every point has
 * exactly the configured standard deviation. The correlation between two points is 0.74 at half a
 * cell, 0.28 at one cell and zero beyond two (they share no node): about Gudmundson's exponential
 * exp(−Δ/cell) up to one cell, with a shorter tail.
 * Nothing is stored: node values are hashes of (seed, gateway, floor, node), so the field is the same
 * whenever and in whatever order it is asked.
 */
import { deriveSeed, hash4, hashGaussian } from '../prng.js';

const TWO_POW_32 = 4294967296;

export class ShadowingField {
  private readonly keys: Uint32Array;
  private readonly offsetX: Float64Array;
  private readonly offsetY: Float64Array;

  constructor(
    seed: number,
    gatewayCount: number,
    private readonly sigmaDb: number,
    private readonly cellM: number,
  ) {
    if (!(cellM > 0)) throw new RangeError('shadowing cell size must be > 0');
    this.keys = new Uint32Array(gatewayCount);
    this.offsetX = new Float64Array(gatewayCount);
    this.offsetY = new Float64Array(gatewayCount);
    for (let g = 0; g < gatewayCount; g++) {
      const key = deriveSeed(seed, 'shadowing', g);
      this.keys[g] = key;
      this.offsetX[g] = (hash4(key, 1, 0, 0) / TWO_POW_32) * cellM;
      this.offsetY[g] = (hash4(key, 2, 0, 0) / TWO_POW_32) * cellM;
    }
  }

  /** Shadowing (dB, mean 0, standard deviation σ) of the link from (x, y) on floor `floorIndex` to gateway `gateway`. */
  valueDb(gateway: number, floorIndex: number, x: number, y: number): number {
    if (this.sigmaDb === 0) return 0;
    const fx = (x + this.offsetX[gateway]) / this.cellM;
    const fy = (y + this.offsetY[gateway]) / this.cellM;
    const ix = Math.floor(fx);
    const iy = Math.floor(fy);
    const wx = fx - ix;
    const wy = fy - iy;
    const key = this.keys[gateway];
    const w00 = (1 - wx) * (1 - wy);
    const w10 = wx * (1 - wy);
    const w01 = (1 - wx) * wy;
    const w11 = wx * wy;
    const sum =
      w00 * hashGaussian(key, floorIndex, ix, iy) +
      w10 * hashGaussian(key, floorIndex, ix + 1, iy) +
      w01 * hashGaussian(key, floorIndex, ix, iy + 1) +
      w11 * hashGaussian(key, floorIndex, ix + 1, iy + 1);
    // A weighted sum of independent unit normals has variance Σw²: divide its root out.
    return (this.sigmaDb * sum) / Math.sqrt(w00 * w00 + w10 * w10 + w01 * w01 + w11 * w11);
  }
}
