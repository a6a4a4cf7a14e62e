/**
 * The tags of the accuracy benchmark, on St Mary's floors: how the product's equipment really moves
 * (the simulator's equipment profile: dwells of hours, occasional moves through corridors and the
 * elevator), the same equipment moved more often (to collect enough room changes to time), and
 * equipment parked for good just inside a wall shared with another room (the hard case for
 * room-level location: the neighbour's gateway is nearly as close).
 */
import { BuildingModel, spotNearWall, type TagSpec } from '../../server/src/simulator/index.js';
import type { ParsedFloorPlan } from '../../server/src/floorplan/import/floorplan-format.js';

export const TAG_GROUPS = ['equipment', 'busy-equipment', 'near-wall'] as const;
export type TagGroup = (typeof TAG_GROUPS)[number];

export const GROUP_DESCRIPTIONS: Readonly<Record<TagGroup, string>> = {
  equipment: 'equipment, simulator profile: dwell log-normal median 3 h (≥ 5 min), pushed 1.0–1.4 m/s, 80 % same floor, elevator between floors',
  'busy-equipment': 'the same equipment moved more often: dwell median 20 min (≥ 5 min); for room-change timing',
  'near-wall': 'parked for good 0.3 or 0.5 m inside the longest wall a room shares with a neighbour (patient rooms, ICU/ED bays, utilities, storage)',
};

export interface AccuracyTagCounts {
  equipment: number;
  busyEquipment: number;
  nearWall: number;
}

export interface GroupedTags {
  specs: TagSpec[];
  groups: TagGroup[];
}

const MINUTE_MS = 60_000;

/** Rooms where a pump or a monitor is left against a wall (what the wards complain about). */
const PARKING_ROOM_TYPES = new Set(['patient_room', 'icu_bay', 'ed_bay', 'clean_utility', 'soiled_utility', 'storage', 'equipment_depot']);

export function accuracyTags(floors: readonly ParsedFloorPlan[], counts: AccuracyTagCounts): GroupedTags {
  const specs: TagSpec[] = [];
  const groups: TagGroup[] = [];
  const add = (group: TagGroup, spec: TagSpec) => {
    specs.push(spec);
    groups.push(group);
  };
  for (let i = 0; i < counts.equipment; i++) add('equipment', { kind: 'equipment', name: `equipment-${i + 1}` });
  for (let i = 0; i < counts.busyEquipment; i++) {
    add('busy-equipment', { kind: 'equipment', name: `busy-${i + 1}`, profile: { dwellMedianMs: 20 * MINUTE_MS, dwellMinMs: 5 * MINUTE_MS } });
  }
  for (const spot of nearWallSpots(floors, counts.nearWall)) {
    add('near-wall', { kind: 'equipment', name: `wall-${spot.roomId}`, movement: 'parked', start: { roomId: spot.roomId, x: spot.x, y: spot.y } });
  }
  return { specs, groups };
}

/**
 * `count` spots in distinct rooms spread evenly over both floors (the j-th from the j/count point of
 * the parking rooms in plan order, or the next room that has a wall to share), 0.3 m and 0.5 m from
 * the wall alternately, at the middle of the wall or a third along it.
 */
function nearWallSpots(floors: readonly ParsedFloorPlan[], count: number): Array<{ roomId: string; x: number; y: number }> {
  const building = BuildingModel.fromFloorPlans(floors);
  const rooms = building.rooms.filter((room) => PARKING_ROOM_TYPES.has(room.type));
  const spots: Array<{ roomId: string; x: number; y: number }> = [];
  const taken = new Set<string>();
  for (let j = 0; j < count; j++) {
    const first = Math.floor((j * rooms.length) / count);
    for (let k = 0; k < rooms.length; k++) {
      const room = rooms[(first + k) % rooms.length];
      if (taken.has(room.id)) continue;
      try {
        const spot = spotNearWall(building, room.id, { distanceM: j % 2 === 0 ? 0.3 : 0.5, along: j % 3 === 0 ? 1 / 3 : 0.5 });
        spots.push(spot);
        taken.add(room.id);
        break;
      } catch {
        // no wall shared with a neighbour, or the spot falls outside an odd-shaped room: next room
      }
    }
  }
  return spots;
}
