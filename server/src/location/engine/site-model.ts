/**
 * What the location engine knows about a site, built once from the floor plans by the
 * feature service (this folder never reads the database). Coordinates are floor-plan metres,
 * x east and y north, as in the floor-plan format (server/src/floorplan/import/floorplan-format.ts).
 */
import type { Point } from '../../floorplan/geometry/polygon.js';

/**
 * A storey. Level and extent are carried for callers and diagnostics: the engine tells floors
 * apart by what their gateways hear, and keeps positions inside rooms (which lie in the extent).
 */
export interface SiteFloor {
  id: string;
  /** Storey number: 0 ground, 1 first, -1 basement. */
  level: number;
  /** Drawing extent in metres. */
  widthM: number;
  heightM: number;
}

export interface SiteRoom {
  id: string;
  floorId: string;
  /** Room type from the floor-plan format (`corridor`, `stairs`, `patient_room`, …). */
  type: string;
  /** Outer ring in metres, closed or open. */
  polygon: readonly Point[];
  /**
   * Stairs and elevators: the shaft label shared by every floor it serves. A tag in such a
   * room may change floor sooner than elsewhere (see `verticalLinkFloorDwellMs`).
   */
  verticalLink?: string | null;
}

export interface SiteGateway {
  id: string;
  floorId: string;
  /** Room the gateway is mounted in, when the plan says; used as a candidate room. */
  roomId?: string | null;
  x: number;
  y: number;
  /**
   * Calibration added to every RSSI this gateway reports, dB: a gateway whose radio reads
   * 3 dB hot gets -3. Measured once per installation with a reference tag at 1 m.
   */
  rssiOffsetDb?: number;
}

/** A door (or opening) drawn as a point on the wall between two rooms of one floor. */
export interface SiteDoor {
  floorId: string;
  x: number;
  y: number;
  rooms: readonly [string, string];
}

export interface SiteModel {
  floors: readonly SiteFloor[];
  rooms: readonly SiteRoom[];
  gateways: readonly SiteGateway[];
  /**
   * Pairs of rooms a person can walk between directly (doors and open passages). When
   * absent, rooms whose walls touch are taken as linked. A switch to a room that is not
   * linked to the current one needs more evidence (`nonAdjacentPenaltyNats`).
   */
  roomLinks?: ReadonlyArray<readonly [string, string]>;
  /**
   * Doors cut openings into the walls the engine derives from the room outlines (see
   * `wallLossDb`). Without them every wall is whole.
   */
  doors?: readonly SiteDoor[];
}

/** The site model contradicts itself (a room on an unknown floor, a duplicate id, …). */
export class SiteModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SiteModelError';
  }
}
