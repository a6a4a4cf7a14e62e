/**
 * Checks a floor-plan document (floorplans/README.md) and returns either the parsed plan
 * or every issue found. Pure: no I/O, no framework, so the import service, the CLI and
 * the tests all run exactly the same rules.
 */
import { IssueList, isRecord } from './field-reader.js';
import {
  FLOORPLAN_FORMAT_VERSION,
  type FloorPlanValidation,
  type ParsedDevice,
  type ParsedDoor,
  type ParsedRoom,
  type WardwatchHeader,
} from './floorplan-format.js';
import { featureLabel, readFeature } from './floorplan-feature-rules.js';
import { readCollection, readHeader } from './floorplan-header-rules.js';
import { checkTopology, type DeclaredFeatures } from './floorplan-topology-rules.js';

export function validateFloorPlan(doc: unknown): FloorPlanValidation {
  const issues = new IssueList();
  const collection = readCollection(doc, issues);
  if (!collection) return { ok: false, errors: issues.items };
  const header = readHeader(collection, issues);
  const features = readFeatures(collection, header, issues);
  if (issues.count > 0 || !header || !features) return { ok: false, errors: issues.items };
  return {
    ok: true,
    plan: {
      formatVersion: FLOORPLAN_FORMAT_VERSION,
      site: header.site,
      building: header.building,
      floor: header.floor,
      ...features,
    },
  };
}

function readFeatures(
  collection: Record<string, unknown>,
  header: WardwatchHeader | undefined,
  issues: IssueList,
): { rooms: ParsedRoom[]; doors: ParsedDoor[]; devices: ParsedDevice[] } | undefined {
  const list = collection['features'];
  if (!Array.isArray(list)) {
    issues.add(undefined, 'features', 'must be an array of GeoJSON features');
    return undefined;
  }
  const rooms: ParsedRoom[] = [];
  const doors: ParsedDoor[] = [];
  const devices: ParsedDevice[] = [];
  const declared: DeclaredFeatures = { kinds: new Map(), doorLinks: [] };
  const firstIndexById = new Map<string, number>();
  // Extent checks need the floor's size; without a readable header they are skipped.
  const extent = header?.floor;

  list.forEach((value: unknown, index) => {
    const label = featureLabel(value, index);
    const firstIndex = firstIndexById.get(label);
    if (firstIndex !== undefined) {
      issues.add(label, 'id', `duplicate id: features[${firstIndex}] already uses "${label}"`);
    } else if (!label.startsWith('features[')) {
      firstIndexById.set(label, index);
      declare(value, label, declared);
    }
    const parsed = readFeature(value, label, issues, extent);
    if (parsed?.kind === 'room') rooms.push(parsed.room);
    if (parsed?.kind === 'door') doors.push(parsed.door);
    if (parsed?.kind === 'device') devices.push(parsed.device);
  });

  if (!list.some((value) => isRecord(value) && isRecord(value['properties']) && value['properties']['kind'] === 'room')) {
    issues.add(undefined, 'features', 'a floor needs at least one room');
  }
  checkTopology({ rooms, doors, devices }, declared, issues);
  return { rooms, doors, devices };
}

/** Notes what a feature claims to be, before (and whatever) its own rules say. */
function declare(value: unknown, id: string, declared: DeclaredFeatures): void {
  const properties = isRecord(value) ? value['properties'] : undefined;
  if (!isRecord(properties)) {
    declared.kinds.set(id, undefined);
    return;
  }
  const kind = properties['kind'];
  declared.kinds.set(id, typeof kind === 'string' ? kind : undefined);
  const rooms = properties['rooms'];
  if (kind === 'door' && Array.isArray(rooms) && rooms.length === 2 && rooms.every((r) => typeof r === 'string')) {
    declared.doorLinks.push([rooms[0] as string, rooms[1] as string]);
  }
}
