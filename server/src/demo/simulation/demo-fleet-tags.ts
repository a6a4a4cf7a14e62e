/**
 * St Mary's demo fleet (equipment/demo/demo-fleet.ts) as simulator tags: which assets are on air,
 * where each starts and how it moves. Pure: the floor plans and the last known rooms come in as data.
 *
 * - Every asset starts in a room of its home unit where equipment stands (a bed space, a store, a
 *   utility room), spread over them in turn; after a restart, in the room the location engine last
 *   placed it, so the demo carries on where it stopped.
 * - Equipment moves by the simulator's equipment profile (dwells of hours), except LIVELY_TYPE_CODES.
 * - An asset in maintenance stays in the biomedical engineering depot.
 * - The failing tag's defibrillator (FAILING_ASSET) stays where it starts, a ward room, so the missing
 *   alert names the room it was last heard in rather than a corridor it was crossing.
 * - An asset the registry lists as missing is not on air at all (EQ-0057): nobody can hear it.
 */
import { DEMO_FLEET, type DemoAsset } from '../../equipment/demo/demo-fleet.js';
import type { ParsedFloorPlan, ParsedRoom } from '../../floorplan/import/floorplan-format.js';
import { MOVEMENT_PROFILES, type MovementProfile, type TagSpec } from '../../simulator/index.js';

const MINUTE_MS = 60_000;

/**
 * Equipment pushed from patient to patient all day. With the equipment profile's median dwell of 3 h
 * the map would hardly change during a demo, so these move every few minutes.
 */
export const LIVELY_TYPE_CODES: ReadonlySet<string> = new Set(['wheelchair', 'portable_ultrasound', 'bladder_scanner']);

/** Dwell of the lively types: median 4 min (90 % between 1 and 15 min), at least 1 min. */
export const LIVELY_PROFILE: Readonly<Partial<MovementProfile>> = Object.freeze({
  dwellMedianMs: 4 * MINUTE_MS,
  dwellLogSigma: 0.8,
  dwellMinMs: MINUTE_MS,
});

/**
 * The demo's failing tag: its battery dies a few minutes in (DEMO_TAG_FAILURE_MINUTES), so an
 * "equipment missing" alert follows after its type's `missingAfterMinutes` (defibrillators: 30).
 * Defibrillator 04, available, in the medical ward.
 */
export const FAILING_ASSET: DemoAsset = assetNumbered('EQ-0078');

/** Whether the simulator broadcasts the asset's tag: not when the registry says it is missing. */
export function isOnAir(asset: DemoAsset): boolean {
  return asset.status !== 'missing';
}

export interface DemoFleetTagOptions {
  /** Room id by tag id: where the location engine last placed each tag (the demo resumes there). */
  lastRooms?: ReadonlyMap<string, string>;
}

/** A tag for every asset on air, in fleet order, with the asset's number as iBeacon minor. */
export function demoFleetTags(floors: readonly ParsedFloorPlan[], options: DemoFleetTagOptions = {}): TagSpec[] {
  const rooms = floors.flatMap((floor) => floor.rooms).sort((a, b) => (a.id < b.id ? -1 : 1));
  const roomsById = new Map(rooms.map((room) => [room.id, room]));
  const weights = MOVEMENT_PROFILES.equipment.destinationWeights;
  const depot = rooms.find((room) => room.type === 'equipment_depot');
  // Where a unit keeps equipment: room types the equipment profile sends it to, but corridors and nurse stations.
  const keptIn = (room: ParsedRoom) => (weights[room.type] ?? 0) >= 1;
  const placedInUnit = new Map<string, number>();

  const tags: TagSpec[] = [];
  for (const asset of DEMO_FLEET) {
    if (!isOnAir(asset)) continue;
    const tag: TagSpec = { kind: 'equipment', minor: asset.number, name: asset.assetTag };
    if (asset.status === 'maintenance' && depot !== undefined) {
      tags.push({ ...tag, movement: 'parked', start: { roomId: depot.id } });
      continue;
    }
    if (LIVELY_TYPE_CODES.has(asset.typeCode)) tag.profile = LIVELY_PROFILE;
    if (asset === FAILING_ASSET) tag.movement = 'parked';
    const lastRoom = roomsById.get(options.lastRooms?.get(asset.tagId) ?? '');
    // A room equipment can be left in (not a stairwell or an elevator car, where it was only passing).
    if (lastRoom !== undefined && (weights[lastRoom.type] ?? 0) > 0) {
      tag.start = { roomId: lastRoom.id };
    } else {
      const homeRooms = rooms.filter((room) => room.unit === asset.homeUnit && keptIn(room));
      const placed = placedInUnit.get(asset.homeUnit) ?? 0;
      placedInUnit.set(asset.homeUnit, placed + 1);
      // A unit missing from the plans leaves the start to the simulator (a room drawn by the profile).
      if (homeRooms.length > 0) tag.start = { roomId: homeRooms[placed % homeRooms.length].id };
    }
    tags.push(tag);
  }
  return tags;
}

function assetNumbered(assetTag: string): DemoAsset {
  const asset = DEMO_FLEET.find((candidate) => candidate.assetTag === assetTag);
  if (asset === undefined) throw new Error(`The demo fleet has no ${assetTag}`);
  return asset;
}
