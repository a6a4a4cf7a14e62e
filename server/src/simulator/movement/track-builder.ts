/**
 * Turns routes and stays into track segments: walking at a constant speed along each leg's polyline,
 * and changing floor at a shaft (half the time counted on each floor, so the true floor changes
 * halfway through the ride or the climb).
 */
import type { Point } from '../../floorplan/geometry/polygon.js';
import type { BuildingModel } from '../../floorplan/building/building-model.js';
import type { Prng } from '../prng.js';
import type { Route, VerticalLeg, VerticalTiming } from '../../floorplan/building/walking-graph.js';
import type { TagTrack } from './tag-track.js';

/** Appends a stay at `point` of `roomId` until `untilTs` (nothing when the track already reaches it). */
export function appendStay(track: TagTrack, building: BuildingModel, roomId: string, point: Point, untilTs: number): void {
  const t0 = track.endTs;
  if (untilTs <= t0) return;
  const room = building.room(roomId);
  track.append({
    t0,
    t1: untilTs,
    floorId: room.floorId,
    floorIndex: room.floorIndex,
    roomId,
    x0: point[0],
    y0: point[1],
    x1: point[0],
    y1: point[1],
  });
}

/** Appends the route, starting now (`track.endTs`), at `speedMps`; returns the arrival time. */
export function appendRoute(
  track: TagTrack,
  building: BuildingModel,
  route: Route,
  speedMps: number,
  timing: VerticalTiming,
  prng: Prng,
): number {
  for (const leg of route.legs) {
    if (leg.kind === 'vertical') {
      appendFloorChange(track, building, leg, timing, prng);
      continue;
    }
    const room = building.room(leg.roomId);
    for (let i = 1; i < leg.points.length; i++) {
      const [x0, y0] = leg.points[i - 1];
      const [x1, y1] = leg.points[i];
      const durationMs = (Math.hypot(x1 - x0, y1 - y0) / speedMps) * 1000;
      if (durationMs <= 0) continue;
      const t0 = track.endTs;
      track.append({ t0, t1: t0 + durationMs, floorId: room.floorId, floorIndex: room.floorIndex, roomId: room.id, x0, y0, x1, y1 });
    }
  }
  return track.endTs;
}

function appendFloorChange(track: TagTrack, building: BuildingModel, leg: VerticalLeg, timing: VerticalTiming, prng: Prng): void {
  const seconds =
    leg.via === 'stairs'
      ? leg.levels * timing.stairsPerLevelS
      : prng.uniform(timing.elevatorWaitMinS, timing.elevatorWaitMaxS) + leg.levels * timing.elevatorPerLevelS;
  const start = track.endTs;
  const half = (seconds * 1000) / 2;
  appendStay(track, building, leg.from.roomId, leg.from.point, start + half);
  appendStay(track, building, leg.to.roomId, leg.to.point, start + 2 * half);
}
