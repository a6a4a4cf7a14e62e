/**
 * The Wardwatch floor-plan file format, version 1 (documented in floorplans/README.md).
 *
 * One floor is one GeoJSON FeatureCollection (RFC 7946) whose coordinates are metres on
 * the floor drawing, not longitude/latitude: x east, y north, origin at the drawing's
 * bottom-left corner. The site/building/floor description travels in the top-level
 * foreign member `wardwatch` (RFC 7946 §6.1 allows foreign members).
 *
 * The `*Document` types describe the file as written; the `Parsed*` types are what the
 * validator hands back once every rule holds, with derived values (area, centroid) added.
 */
import type { Point } from '../geometry/polygon.js';

export const FLOORPLAN_FORMAT_VERSION = 1;

export const ROOM_TYPES = [
  'patient_room',
  'icu_bay',
  'operating_room',
  'ed_bay',
  'imaging',
  'corridor',
  'nurse_station',
  'clean_utility',
  'soiled_utility',
  'medication_room',
  'pharmacy',
  'storage',
  'equipment_depot',
  'office',
  'waiting',
  'lobby',
  'staff_room',
  'bathroom',
  'stairs',
  'elevator',
  'exit',
] as const;
export type RoomType = (typeof ROOM_TYPES)[number];

/** Room types that may carry a `verticalLink`: the shafts that join floors. */
export const VERTICAL_LINK_ROOM_TYPES: readonly RoomType[] = ['stairs', 'elevator'];

/** Room types that need no door of their own: circulation space joined by openings. */
export const DOORLESS_ROOM_TYPES: readonly RoomType[] = ['corridor'];

/** Transmission-based precautions a room is built for (CDC isolation guideline 2007). */
export const ISOLATION_KINDS = ['none', 'airborne', 'contact', 'protective'] as const;
export type IsolationKind = (typeof ISOLATION_KINDS)[number];

/**
 * Design pressure relative to the corridor. ASHRAE 170 asks for negative pressure in
 * airborne-infection-isolation rooms and positive in protective-environment rooms and ORs.
 */
export const PRESSURE_REGIMES = ['neutral', 'negative', 'positive'] as const;
export type PressureRegime = (typeof PRESSURE_REGIMES)[number];

export const DEVICE_TYPES = [
  'ble_gateway',
  'hand_hygiene_dispenser',
  'environment_sensor',
  'medication_cabinet',
  'door_counter',
] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

/** What an environment sensor reports; only `environment_sensor` devices carry `measures`. */
export const SENSOR_MEASURES = ['temperature', 'humidity', 'pressure_differential', 'co2', 'particles'] as const;
export type SensorMeasure = (typeof SENSOR_MEASURES)[number];

/**
 * Feature, site, building and floor ids: short, URL- and log-safe, and at most 64
 * characters so they fit the database key columns.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** Longest name, unit or link label accepted (database column width). */
export const MAX_NAME_LENGTH = 120;

/**
 * How far a door's point may sit from each of its two rooms' walls. Plans are drawn to
 * the centimetre; 10 cm covers half a wall's thickness without letting a door float free.
 */
export const DOOR_WALL_TOLERANCE_M = 0.1;

/**
 * How far a door counter may sit from a door of the room whose entries it counts. Counters (a beam or
 * an overhead sensor) are fitted at the door frame; 2 m leaves room for the drawing's rounding and a
 * sensor above the door swing, and still ties the counter to one door.
 */
export const DOOR_COUNTER_MAX_DOOR_DISTANCE_M = 2;

// ---------------------------------------------------------------------------------------
// The file as written.

export interface SiteHeader {
  id: string;
  name: string;
  /** IANA zone name, e.g. "Europe/London"; used for shift and day boundaries. */
  timezone: string;
}

export interface BuildingHeader {
  id: string;
  name: string;
}

export interface FloorHeader {
  id: string;
  name: string;
  /** Storey number: 0 ground, 1 first, -1 basement. Unique within a building. */
  level: number;
  /** Height of the finished floor above the site datum, metres. */
  elevationM: number;
  /** Extent of the drawing, metres; every coordinate lies in [0, widthM] × [0, heightM]. */
  widthM: number;
  heightM: number;
  plan: {
    /** File name of the SVG drawing, beside the GeoJSON file (no folders). */
    image: string;
    /** SVG user units per metre: the SVG viewBox is widthM·ppm × heightM·ppm. */
    pixelsPerMetre: number;
  };
  /**
   * Where this drawing's (0, 0) lies in the building's frame, metres; lets floors drawn
   * on different sheets be stacked. (0, 0) when every floor shares one sheet.
   */
  origin: { x: number; y: number };
}

export interface WardwatchHeader {
  formatVersion: typeof FLOORPLAN_FORMAT_VERSION;
  site: SiteHeader;
  building: BuildingHeader;
  floor: FloorHeader;
}

export interface RoomProperties {
  kind: 'room';
  name: string;
  type: RoomType;
  /** Department the room belongs to; omitted for shared space (corridors, stairs). */
  unit?: string;
  isolation: IsolationKind;
  pressure: PressureRegime;
  /** Stairs and elevators: the same label on every floor the shaft serves. */
  verticalLink?: string;
}

export interface DoorProperties {
  kind: 'door';
  /** The two rooms the door joins; the door's point lies on their shared wall. */
  rooms: [string, string];
}

export interface DeviceProperties {
  kind: 'device';
  deviceType: DeviceType;
  name: string;
  /** The room the device serves; required for door counters (the room whose entries they count). */
  roomId?: string;
  /** Height above the finished floor, metres. */
  mountHeightM?: number;
  measures?: SensorMeasure[];
}

export interface RoomFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon'; coordinates: [Array<[number, number]>] };
  properties: RoomProperties;
}

export interface PointFeature<P> {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: P;
}

export type DoorFeature = PointFeature<DoorProperties>;
export type DeviceFeature = PointFeature<DeviceProperties>;
export type FloorPlanFeature = RoomFeature | DoorFeature | DeviceFeature;

export interface FloorPlanDocument {
  type: 'FeatureCollection';
  wardwatch: WardwatchHeader;
  features: FloorPlanFeature[];
}

// ---------------------------------------------------------------------------------------
// What the validator returns.

/** One broken rule, located precisely enough for an editor to jump to it. */
export interface FloorPlanIssue {
  /** Feature id, or "features[12]" when the feature has no usable id; absent for the header. */
  feature?: string;
  /** Dotted path inside the feature (or the document), e.g. "properties.type". */
  field: string;
  message: string;
}

export interface ParsedRoom {
  id: string;
  name: string;
  type: RoomType;
  unit: string | null;
  isolation: IsolationKind;
  pressure: PressureRegime;
  verticalLink: string | null;
  /** Closed outer ring, as in the file. */
  polygon: Point[];
  centroid: Point;
  areaM2: number;
}

export interface ParsedDoor {
  id: string;
  x: number;
  y: number;
  rooms: [string, string];
}

export interface ParsedDevice {
  id: string;
  deviceType: DeviceType;
  name: string;
  roomId: string | null;
  x: number;
  y: number;
  mountHeightM: number | null;
  measures: SensorMeasure[] | null;
}

export interface ParsedFloorPlan {
  formatVersion: typeof FLOORPLAN_FORMAT_VERSION;
  site: SiteHeader;
  building: BuildingHeader;
  floor: FloorHeader;
  rooms: ParsedRoom[];
  doors: ParsedDoor[];
  devices: ParsedDevice[];
}

export type FloorPlanValidation =
  | { ok: true; plan: ParsedFloorPlan }
  | { ok: false; errors: FloorPlanIssue[] };
