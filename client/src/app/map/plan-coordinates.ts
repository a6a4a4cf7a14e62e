import * as L from 'leaflet';
import type { PlanPoint } from '../core/api/floorplan.models';

/**
 * Floors use metres with y pointing up; with `L.CRS.Simple` a LatLng is just (y, x) in those
 * units, so one metre is one map unit and the y axis needs no flipping.
 */
export function toLatLng([x, y]: PlanPoint): L.LatLng {
  return L.latLng(y, x);
}

/** The whole floor, from its origin corner to the far corner. */
export function floorBounds(floor: { widthM: number; heightM: number }): L.LatLngBounds {
  return L.latLngBounds([0, 0], [floor.heightM, floor.widthM]);
}

export interface PlanSize {
  widthM: number;
  heightM: number;
}

/** Width and height of the box around a polygon, in metres. */
export function boundingSize(polygon: readonly PlanPoint[]): PlanSize {
  if (polygon.length === 0) return { widthM: 0, heightM: 0 };
  const xs = polygon.map(([x]) => x);
  const ys = polygon.map(([, y]) => y);
  return { widthM: Math.max(...xs) - Math.min(...xs), heightM: Math.max(...ys) - Math.min(...ys) };
}

/** Screen pixels per metre at a zoom level: `L.CRS.Simple` doubles the scale each zoom step from 1 px at zoom 0. */
export function pixelsPerMetre(zoom: number): number {
  return 2 ** zoom;
}
