import * as L from 'leaflet';
import type { PlacedDevice, Room } from '../core/api/floorplan.models';
import { CLEANING_STATE_LABELS, type CleaningState } from '../core/api/hygiene.models';
import { percent } from '../shared/equipment-format';
import { CLEANING_STATE_COLOURS, EXCURSION_OUTLINE, complianceColour } from './hygiene-style';
import type { MapLayer } from './map-layer';
import { HOVER_TOOLTIP, setAttributesOnAdd } from './path-helpers';
import { toLatLng } from './plan-coordinates';

/** What the rooms are coloured by. */
export type HygieneColouring = 'compliance' | 'cleaning';

/** What the server says of the floor's rooms, by room id; rooms it says nothing of are left uncoloured. */
export interface RoomHygiene {
  /** Hand-hygiene compliance of the period (null: no opportunities), with its counts. */
  compliance: ReadonlyMap<string, { compliance: number | null; met: number; opportunities: number }>;
  cleaning: ReadonlyMap<string, { state: CleaningState; overdue: boolean }>;
  /** Rooms with an environment excursion going on. */
  openExcursions: ReadonlySet<string>;
}

export interface HygieneLayerOptions {
  /** A coloured room was clicked. */
  onSelect?: (roomId: string) => void;
}

/**
 * The map's hygiene layer: rooms filled by hand-hygiene compliance or by cleaning state (a toggle on
 * the page), rooms with an environment excursion going on outlined heavily, and the floor's
 * hand-hygiene dispensers. It draws over the rooms layer and colours only the rooms the server gave
 * figures for.
 */
export class HygieneLayer implements MapLayer {
  private readonly shapes = L.featureGroup();

  constructor(rooms: readonly Room[], devices: readonly PlacedDevice[], hygiene: RoomHygiene, colouring: HygieneColouring, options: HygieneLayerOptions = {}) {
    for (const room of rooms) {
      const look = roomLook(room, hygiene, colouring);
      const excursion = hygiene.openExcursions.has(room.id);
      if (look === null && !excursion) continue;
      const polygon = L.polygon(room.polygon.map(toLatLng), {
        fillColor: look?.colour ?? '#ffffff',
        fillOpacity: look === null ? 0 : 0.55,
        color: excursion ? EXCURSION_OUTLINE : '#ffffff',
        weight: excursion ? 4 : 1,
        dashArray: excursion ? '6 4' : undefined,
        className: ['hygiene-room', look?.className, excursion ? 'hygiene-excursion' : null].filter(Boolean).join(' '),
      });
      const facts = [room.name, look?.text, excursion ? 'environment excursion going on' : null].filter(Boolean).join(' · ');
      polygon.bindTooltip(facts, HOVER_TOOLTIP);
      setAttributesOnAdd(polygon, { 'data-testid': `hygiene-room-${room.id}`, 'data-hygiene': look?.text ?? 'excursion' });
      polygon.on('click', () => options.onSelect?.(room.id));
      this.shapes.addLayer(polygon);
    }
    for (const device of devices) {
      if (device.deviceType !== 'hand_hygiene_dispenser') continue;
      const marker = L.circleMarker(toLatLng([device.x, device.y]), { radius: 4, color: '#fff', weight: 1.5, fillColor: '#0b7d78', fillOpacity: 1, className: 'hygiene-dispenser' });
      marker.bindTooltip(`${device.name} · hand-hygiene dispenser`, HOVER_TOOLTIP);
      setAttributesOnAdd(marker, { 'data-device-id': device.id });
      this.shapes.addLayer(marker);
    }
  }

  addTo(map: L.Map): void {
    this.shapes.addTo(map);
  }

  remove(): void {
    this.shapes.remove();
  }
}

function roomLook(room: Room, hygiene: RoomHygiene, colouring: HygieneColouring): { colour: string; className: string; text: string } | null {
  if (colouring === 'compliance') {
    const figures = hygiene.compliance.get(room.id);
    if (!figures) return null;
    const text = figures.compliance === null ? 'no opportunities' : `${percent(figures.compliance)} compliance (${figures.met} of ${figures.opportunities})`;
    return { colour: complianceColour(figures.compliance), className: figures.compliance === null ? 'hygiene-compliance-none' : 'hygiene-compliance', text };
  }
  const cleaning = hygiene.cleaning.get(room.id);
  if (!cleaning) return null;
  const text = `${CLEANING_STATE_LABELS[cleaning.state]}${cleaning.overdue ? ', overdue' : ''}`;
  return { colour: CLEANING_STATE_COLOURS[cleaning.state], className: `hygiene-cleaning-${cleaning.state}${cleaning.overdue ? ' hygiene-overdue' : ''}`, text };
}
