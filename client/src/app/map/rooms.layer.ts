import * as L from 'leaflet';
import type { Room } from '../core/api/floorplan.models';
import type { MapLayer } from './map-layer';
import { HOVER_TOOLTIP, setAttributesOnAdd } from './path-helpers';
import { type PlanSize, boundingSize, pixelsPerMetre, toLatLng } from './plan-coordinates';
import { type RoomState, roomPathStyle } from './room-style';

export interface RoomsLayerOptions {
  /** A room polygon was clicked. */
  onSelect?: (roomId: string) => void;
  /**
   * Write room names inside rooms that are big enough on screen (default). Turn off when the plan
   * drawing already carries the names, so they are not printed twice; hover still shows them.
   */
  writeNames?: boolean;
}

// Rough metrics of the 0.72rem semibold label font; a label is written inside a room only
// when the room is at least this big on screen, so labels never spill over their walls.
const LABEL_CHAR_WIDTH_PX = 7;
const LABEL_PADDING_PX = 12;
const LABEL_MIN_HEIGHT_PX = 18;

/** Whether a room's name fits inside it at this zoom (otherwise it is shown on hover). */
export function labelFits(name: string, size: PlanSize, zoom: number): boolean {
  const scale = pixelsPerMetre(zoom);
  return (
    size.widthM * scale >= name.length * LABEL_CHAR_WIDTH_PX + LABEL_PADDING_PX &&
    size.heightM * scale >= LABEL_MIN_HEIGHT_PX
  );
}

interface RoomShape {
  room: Room;
  polygon: L.Polygon;
  label: L.Tooltip;
  size: PlanSize;
  labelShown: boolean;
  hovered: boolean;
}

/**
 * Room polygons, filled lightly by room type. A room's name is written inside it once the room
 * is big enough on screen and shown on hover before that; hovering highlights, clicking selects.
 */
export class RoomsLayer implements MapLayer {
  private readonly polygons = L.featureGroup();
  private readonly labels = L.layerGroup();
  private readonly shapes = new Map<string, RoomShape>();
  private readonly onSelect: RoomsLayerOptions['onSelect'];
  private readonly writeNames: boolean;
  private selectedId: string | null = null;
  private map: L.Map | null = null;

  constructor(rooms: readonly Room[], options: RoomsLayerOptions = {}) {
    this.onSelect = options.onSelect;
    this.writeNames = options.writeNames ?? true;
    for (const room of rooms) {
      const shape = this.createShape(room);
      this.shapes.set(room.id, shape);
      this.polygons.addLayer(shape.polygon);
    }
  }

  addTo(map: L.Map): void {
    this.map = map;
    this.polygons.addTo(map);
    this.labels.addTo(map);
    map.on('zoomend', this.updateLabels);
    this.updateLabels();
  }

  remove(): void {
    this.map?.off('zoomend', this.updateLabels);
    this.polygons.remove();
    this.labels.remove();
    this.map = null;
  }

  /** Outlines one room as selected (or none with `null`). */
  select(roomId: string | null): void {
    const previous = this.selectedId === null ? undefined : this.shapes.get(this.selectedId);
    this.selectedId = roomId;
    if (previous) this.restyle(previous);
    const next = roomId === null ? undefined : this.shapes.get(roomId);
    if (next) this.restyle(next);
  }

  /** Brings a room into view, for rooms chosen from a list rather than on the map. */
  reveal(roomId: string): void {
    const polygon = this.shapes.get(roomId)?.polygon;
    if (this.map && polygon) this.map.panTo(polygon.getBounds().getCenter());
  }

  polygonOf(roomId: string): L.Polygon | undefined {
    return this.shapes.get(roomId)?.polygon;
  }

  private createShape(room: Room): RoomShape {
    const polygon = L.polygon(room.polygon.map(toLatLng), {
      ...roomPathStyle(room.type),
      className: `room-polygon room-type-${room.type}`,
    });
    const label = L.tooltip({ permanent: true, direction: 'center', className: 'room-label', interactive: false })
      .setLatLng(toLatLng(room.centroid))
      .setContent(room.name);
    const shape: RoomShape = { room, polygon, label, size: boundingSize(room.polygon), labelShown: false, hovered: false };

    polygon.bindTooltip(room.name, HOVER_TOOLTIP);
    // One name per room: while it is written inside the room, the hover tooltip stays shut. (Leaflet
    // 1.9 cannot unbind a tooltip safely: the focus listener it leaves behind throws on the next focus.)
    polygon.on('tooltipopen', () => {
      if (shape.labelShown) polygon.closeTooltip();
    });
    setAttributesOnAdd(polygon, { 'data-room-id': room.id, 'data-testid': `room-${room.id}` });
    polygon.on('mouseover', () => this.setHovered(shape, true));
    polygon.on('mouseout', () => this.setHovered(shape, false));
    polygon.on('click', () => this.onSelect?.(room.id));
    return shape;
  }

  private setHovered(shape: RoomShape, hovered: boolean): void {
    shape.hovered = hovered;
    this.restyle(shape);
  }

  private restyle(shape: RoomShape): void {
    const state: RoomState = shape.room.id === this.selectedId ? 'selected' : shape.hovered ? 'hovered' : 'normal';
    shape.polygon.setStyle(roomPathStyle(shape.room.type, state));
  }

  private readonly updateLabels = (): void => {
    if (!this.map) return;
    const zoom = this.map.getZoom();
    for (const shape of this.shapes.values()) {
      const fits = this.writeNames && labelFits(shape.room.name, shape.size, zoom);
      if (fits === shape.labelShown) continue;
      shape.labelShown = fits;
      if (fits) {
        this.labels.addLayer(shape.label);
        shape.polygon.closeTooltip();
      } else {
        this.labels.removeLayer(shape.label);
      }
    }
  };
}
