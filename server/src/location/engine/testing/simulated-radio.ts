/**
 * Test support: a seeded PRNG and a log-distance path-loss generator that turns a tag's
 * trajectory into the sightings gateways would report. Deliberately independent of the
 * engine's own path-loss code, so the two cannot share a mistake. (The full radio simulator
 * for the demo and the benchmarks lives elsewhere.)
 */
import type { Sighting } from '../engine-types.js';
import type { SiteModel } from '../site-model.js';

/** mulberry32: tiny, fast, good enough for noise in tests; same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box–Muller) from a uniform source. */
export function gaussian(random: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export interface TagPlace {
  floorId: string;
  x: number;
  y: number;
}

/** Where the tag truly is at event time t (ms). */
export type Trajectory = (t: number) => TagPlace;

export interface RadioOptions {
  tagId: string;
  seed: number;
  fromMs: number;
  toMs: number;
  /** Shadowing of each advertisement, dB. */
  sigmaDb?: number;
  exponent?: number;
  /** The tag's true RSSI at 1 m. */
  referencePowerDbm?: number;
  /** Gateway antennas above the tag. */
  heightDeltaM?: number;
  /** Loss through each floor slab. */
  floorLossDb?: number;
  /** Loss of each wall between the tag and a gateway (0: open space). */
  wallLossDb?: number;
  /** Each gateway reports the median of its window every this often (at a random phase). */
  reportIntervalMs?: number;
  /** Advertisements per report. */
  advertisementsPerReport?: number;
  sensitivityDbm?: number;
  /** How much hotter than the truth a gateway's radio reads (what rssiOffsetDb corrects). */
  gatewayBiasDb?: Readonly<Record<string, number>>;
  txPowerAt1m?: number;
}

/** Sightings of one tag by every gateway of the site, in event-time order. */
export function simulateSightings(site: SiteModel, trajectory: Trajectory, options: RadioOptions): Sighting[] {
  const sigma = options.sigmaDb ?? 4;
  const exponent = options.exponent ?? 2.5;
  const reference = options.referencePowerDbm ?? -59;
  const height = options.heightDeltaM ?? 1.5;
  const floorLoss = options.floorLossDb ?? 18;
  const wallLoss = options.wallLossDb ?? 3;
  const walls = wallCounter(site);
  const interval = options.reportIntervalMs ?? 1000;
  const adverts = options.advertisementsPerReport ?? 3;
  const sensitivity = options.sensitivityDbm ?? -95;
  const random = seededRandom(options.seed);
  const normal = gaussian(random);
  const levels = new Map(site.floors.map((floor) => [floor.id, floor.level]));
  const sightings: Sighting[] = [];
  site.gateways.forEach((gateway) => {
    const phase = Math.floor(random() * interval);
    for (let t = options.fromMs + phase; t <= options.toMs; t += interval) {
      const place = trajectory(t);
      const slabs = Math.abs((levels.get(place.floorId) ?? 0) - (levels.get(gateway.floorId) ?? 0));
      const vertical = height + slabs * 3.5;
      const distance = Math.max(0.5, Math.hypot(place.x - gateway.x, place.y - gateway.y, vertical));
      const wallsBetween = slabs === 0 && wallLoss > 0 ? walls(place, gateway) : 0;
      const mean =
        reference - 10 * exponent * Math.log10(distance) - slabs * floorLoss - wallsBetween * wallLoss + (options.gatewayBiasDb?.[gateway.id] ?? 0);
      const readings = Array.from({ length: adverts }, () => mean + sigma * normal()).sort((a, b) => a - b);
      const median = readings[Math.floor(adverts / 2)];
      if (median < sensitivity) continue;
      sightings.push({
        tagId: options.tagId,
        gatewayId: gateway.id,
        ts: t,
        rssi: Math.round(median),
        n: adverts,
        ...(options.txPowerAt1m === undefined ? {} : { txPowerAt1m: options.txPowerAt1m }),
      });
    }
  });
  return sightings.sort((a, b) => a.ts - b.ts || a.gatewayId.localeCompare(b.gatewayId));
}

/**
 * Walls between two points of a floor, counted the simple way (unlike the engine's wall index): walk
 * the straight line in 5 cm steps and count each change of the room the step is in. Rooms drawn wall
 * to wall make a shared wall one change, not two.
 */
function wallCounter(site: SiteModel): (from: TagPlace, to: { floorId: string; x: number; y: number }) => number {
  const cache = new Map<string, number>();
  const roomAt = (floorId: string, x: number, y: number): string | null =>
    site.rooms.find((room) => room.floorId === floorId && inside(room.polygon, x, y))?.id ?? null;
  return (from, to) => {
    const key = `${from.floorId}:${from.x.toFixed(2)},${from.y.toFixed(2)}>${to.x},${to.y}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 0.05));
    let count = 0;
    let previous = roomAt(from.floorId, from.x, from.y);
    for (let i = 1; i <= steps; i++) {
      const room = roomAt(from.floorId, from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
      if (room !== previous) count++;
      previous = room;
    }
    cache.set(key, count);
    return count;
  };
}

/** Even–odd rule. */
function inside(polygon: ReadonlyArray<readonly [number, number]>, x: number, y: number): boolean {
  let result = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** A trajectory that stays put. */
export function parked(floorId: string, x: number, y: number): Trajectory {
  return () => ({ floorId, x, y });
}

export interface Waypoint extends TagPlace {
  /** Event time the tag is here. */
  at: number;
}

/** Straight lines between waypoints (a floor change happens at the next waypoint's time). */
export function walk(waypoints: readonly Waypoint[]): Trajectory {
  return (t) => {
    if (t <= waypoints[0].at) return waypoints[0];
    for (let i = 1; i < waypoints.length; i++) {
      const [a, b] = [waypoints[i - 1], waypoints[i]];
      if (t > b.at) continue;
      const f = (t - a.at) / (b.at - a.at);
      return { floorId: f < 1 ? a.floorId : b.floorId, x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y) };
    }
    return waypoints[waypoints.length - 1];
  };
}
