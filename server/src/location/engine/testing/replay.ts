/** Test support: feeding sightings to an engine and collecting what it reports. */
import type { PositionUpdate, RoomTransition, Sighting } from '../engine-types.js';
import type { LocationEngine } from '../location-engine.js';

export interface ReplayResult {
  transitions: RoomTransition[];
  positions: PositionUpdate[];
}

/**
 * Feeds the sightings in the given order in batches of `batchSize`, draining after each
 * batch, then advances event time past the last sighting so every tick is final.
 */
export function replay(engine: LocationEngine, sightings: readonly Sighting[], batchSize = 50): ReplayResult {
  const result: ReplayResult = { transitions: [], positions: [] };
  const collect = () => {
    const changes = engine.drainChanges();
    result.transitions.push(...changes.transitions);
    result.positions.push(...changes.positions);
  };
  for (let i = 0; i < sightings.length; i += batchSize) {
    engine.ingestAll(sightings.slice(i, i + batchSize));
    collect();
  }
  if (sightings.length > 0) {
    const end = sightings.reduce((latest, s) => Math.max(latest, s.ts), -Infinity);
    engine.advanceTo(end + engine.config.allowedLatenessMs + engine.config.tickMs);
    collect();
  }
  return result;
}

/** Event times at which the reported room changed, as [ts, roomId] (from drained positions). */
export function roomChanges(positions: readonly PositionUpdate[]): Array<[number, string]> {
  const changes: Array<[number, string]> = [];
  for (const position of positions) {
    if (changes.length === 0 || changes[changes.length - 1][1] !== position.roomId) changes.push([position.ts, position.roomId]);
  }
  return changes;
}

/** Sightings of several tags merged into one event-time-ordered stream. */
export function merged(...streams: Sighting[][]): Sighting[] {
  return streams.flat().sort((a, b) => a.ts - b.ts || a.tagId.localeCompare(b.tagId) || a.gatewayId.localeCompare(b.gatewayId));
}

/** Start of every simulated recording: an arbitrary, realistic epoch time. */
export const T0 = Date.UTC(2025, 0, 6, 8, 0, 0);
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
