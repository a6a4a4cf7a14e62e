import * as L from 'leaflet';
import type { AssetPosition, TrailVisit } from '../core/api/equipment.models';
import type { PlanPoint, Room } from '../core/api/floorplan.models';
import type { MapLayer } from './map-layer';
import { setAttributesOnAdd } from './path-helpers';
import { toLatLng } from './plan-coordinates';

const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** `09:40`, in the browser's time zone: what a trail stop is labelled with. */
export function trailTime(iso: string): string {
  return TIME.format(new Date(iso));
}

export interface TrailStop {
  roomId: string | null;
  point: PlanPoint;
  /** When the asset got there; several times when it came back after a stay elsewhere on another floor. */
  label: string;
}

const TRAIL_COLOUR = '#1b4d85';
/** Fitting a trail within one room should not zoom in further than 16 px a metre. */
const TRAIL_MAX_ZOOM = 4;

/**
 * The rooms an asset's tag was in on this floor, oldest first: a stop in the middle of each room (the
 * trail says which room, not where in it), labelled with the time it arrived, joined by a line that ends
 * where the asset is now when it is on this floor. Visits on other floors are left out.
 */
export function trailStops(visits: readonly TrailVisit[], rooms: readonly Room[], floorId: string, now?: AssetPosition | null): TrailStop[] {
  const roomsById = new Map(rooms.map((room) => [room.id, room]));
  const stops: TrailStop[] = [];
  for (const visit of visits) {
    const room = visit.floorId === floorId ? roomsById.get(visit.roomId) : undefined;
    if (!room) continue;
    const last = stops.at(-1);
    if (last?.roomId === room.id) last.label = `${last.label}, ${trailTime(visit.from)}`;
    else stops.push({ roomId: room.id, point: room.centroid, label: trailTime(visit.from) });
  }
  if (now && now.floorId === floorId && stops.length > 0) stops.push({ roomId: null, point: [now.x, now.y], label: 'Now' });
  return stops;
}

export class TrailLayer implements MapLayer {
  readonly stops: readonly TrailStop[];
  private readonly group = L.featureGroup();

  constructor(visits: readonly TrailVisit[], rooms: readonly Room[], floorId: string, now?: AssetPosition | null) {
    this.stops = trailStops(visits, rooms, floorId, now);
    const latLngs = this.stops.map((stop) => toLatLng(stop.point));
    if (latLngs.length > 1) {
      this.group.addLayer(
        L.polyline(latLngs, { className: 'asset-trail', color: TRAIL_COLOUR, weight: 3, opacity: 0.85, dashArray: '6 5', interactive: false }),
      );
    }
    this.stops.forEach((stop, index) => {
      const marker = L.circleMarker(latLngs[index], {
        radius: 4,
        color: '#fff',
        weight: 1.5,
        fillColor: TRAIL_COLOUR,
        fillOpacity: 1,
        className: 'trail-stop',
        interactive: false,
      });
      marker.bindTooltip(stop.label, { permanent: true, direction: 'right', offset: [6, 0], className: 'trail-label' });
      setAttributesOnAdd(marker, { 'data-testid': 'trail-stop' });
      this.group.addLayer(marker);
    });
  }

  /** Adds the trail and brings all of it into view. */
  addTo(map: L.Map): void {
    this.group.addTo(map);
    if (this.stops.length > 0) map.fitBounds(this.group.getBounds(), { padding: [40, 40], maxZoom: TRAIL_MAX_ZOOM, animate: false });
  }

  remove(): void {
    this.group.remove();
  }
}
