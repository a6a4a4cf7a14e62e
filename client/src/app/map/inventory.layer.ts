import * as L from 'leaflet';
import type { PlacedDevice } from '../core/api/floorplan.models';
import { BIN_STATUS_LABELS, type CabinetStock } from '../core/api/inventory.models';
import { BIN_STATUS_COLOURS, STOCKED_BADGE_COLOUR } from './inventory-style';
import type { MapLayer } from './map-layer';
import { HOVER_TOOLTIP } from './path-helpers';
import { toLatLng } from './plan-coordinates';

export interface InventoryLayerOptions {
  /** A cabinet badge was clicked. */
  onSelect?: (cabinetId: string) => void;
}

/** The badge's look: red for a stock-out, amber below the reorder point, otherwise neutral with the fill level. */
export function cabinetBadgeTone(cabinet: Pick<CabinetStock, 'worst'>): 'stock-out' | 'below-reorder' | 'stocked' {
  if (cabinet.worst === 'stock_out') return 'stock-out';
  if (cabinet.worst === 'below_reorder') return 'below-reorder';
  return 'stocked';
}

/**
 * Medication cabinets on the floor as badges with their fill level (units on hand over par, as the
 * server counts): red when a bin is stocked out, amber when one is at or below its reorder point.
 * Placed where the floor plan puts the cabinet's device; cabinets of other floors are left out.
 */
export class InventoryLayer implements MapLayer {
  private readonly badges = L.featureGroup();

  constructor(cabinets: readonly CabinetStock[], devices: readonly PlacedDevice[], options: InventoryLayerOptions = {}) {
    const placed = new Map(devices.map((device) => [device.id, device]));
    for (const cabinet of cabinets) {
      const device = placed.get(cabinet.id);
      if (device === undefined) continue;
      const tone = cabinetBadgeTone(cabinet);
      const fill = Math.round(cabinet.fill * 100);
      const colour = cabinet.worst === 'stock_out' || cabinet.worst === 'below_reorder' ? BIN_STATUS_COLOURS[cabinet.worst] : STOCKED_BADGE_COLOUR;
      const marker = L.marker(toLatLng([device.x, device.y]), {
        icon: L.divIcon({
          className: `cabinet-badge cabinet-badge-${tone}`,
          html: `<span data-cabinet-id="${cabinet.id}" style="background:${colour}">℞ ${fill}%</span>`,
          iconSize: [52, 20],
          iconAnchor: [26, 10],
        }),
        keyboard: true,
        title: `${cabinet.name}: ${fill}% of par`,
      });
      const problems = [
        cabinet.byStatus.stock_out > 0 ? `${cabinet.byStatus.stock_out} ${BIN_STATUS_LABELS.stock_out.toLowerCase()}` : null,
        cabinet.byStatus.below_reorder > 0 ? `${cabinet.byStatus.below_reorder} ${BIN_STATUS_LABELS.below_reorder.toLowerCase()}` : null,
        cabinet.openDiscrepancies > 0 ? `${cabinet.openDiscrepancies} open discrepancies` : null,
      ].filter((problem) => problem !== null);
      marker.bindTooltip(`${cabinet.name} · ${fill}% of par${problems.length > 0 ? ` · ${problems.join(', ')}` : ''}`, HOVER_TOOLTIP);
      marker.on('click', () => options.onSelect?.(cabinet.id));
      this.badges.addLayer(marker);
    }
  }

  addTo(map: L.Map): void {
    this.badges.addTo(map);
  }

  remove(): void {
    this.badges.remove();
  }
}
