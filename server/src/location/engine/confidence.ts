/**
 * Confidence in the reported room, 0..1: the room's posterior probability among the
 * candidates times the strength of the evidence (one fresh gateway on the floor gives half,
 * two or more full), smoothed so that one noisy tick does not change what is reported.
 */
import type { EngineConfig } from './engine-config.js';
import type { TagStates } from './tag-states.js';

/** Fresh gateways on the tag's floor that make the evidence count in full. */
const GATEWAYS_FOR_FULL_STRENGTH = 2;

export function evidenceStrength(freshGatewaysOnFloor: number): number {
  return Math.min(1, freshGatewaysOnFloor / GATEWAYS_FOR_FULL_STRENGTH);
}

/**
 * Band index (0 = lowest) of `value`, holding on to `previousBand` until the value is past
 * the band's edge by `hysteresis`; `previousBand` outside the bands means "none yet".
 */
export function confidenceBand(value: number, previousBand: number, edges: readonly number[], hysteresis: number): number {
  let up = 0;
  let down = 0;
  for (const edge of edges) {
    if (value >= edge + hysteresis) up++;
    if (value >= edge - hysteresis) down++;
  }
  if (previousBand > edges.length) return up;
  if (previousBand < up) return up;
  if (previousBand > down) return down;
  return previousBand;
}

export class ConfidenceEstimator {
  private readonly alpha: number;

  constructor(config: Readonly<EngineConfig>) {
    this.alpha = 1 - Math.exp(-config.tickMs / config.confidenceSmoothingMs);
  }

  update(states: TagStates, tag: number, raw: number, restart: boolean): void {
    const previous = states.confidence[tag];
    states.confidence[tag] = restart ? raw : previous + this.alpha * (raw - previous);
  }
}
