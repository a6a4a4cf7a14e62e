import * as L from 'leaflet';
import type { PlacedDevice } from '../core/api/floorplan.models';
import { deviceTypeLook } from './device-style';
import type { MapLayer } from './map-layer';
import { HOVER_TOOLTIP, setAttributesOnAdd } from './path-helpers';
import { toLatLng } from './plan-coordinates';

export interface DevicesLayerOptions {
  /** A device marker was clicked; it stands for the room it is in. */
  onSelectRoom?: (roomId: string) => void;
}

/** Fixed devices (gateways, dispensers, sensors, cabinets) as small dots coloured by type. */
export class DevicesLayer implements MapLayer {
  private readonly markers = L.featureGroup();

  constructor(devices: readonly PlacedDevice[], options: DevicesLayerOptions = {}) {
    for (const device of devices) {
      const look = deviceTypeLook(device.deviceType);
      const marker = L.circleMarker(toLatLng([device.x, device.y]), {
        radius: 5,
        color: '#fff',
        weight: 1.5,
        fillColor: look.colour,
        fillOpacity: 1,
        className: `device-marker device-type-${device.deviceType}`,
      });
      marker.bindTooltip(`${device.name} · ${look.label}`, HOVER_TOOLTIP);
      setAttributesOnAdd(marker, { 'data-device-id': device.id });
      const roomId = device.roomId;
      if (roomId !== null) marker.on('click', () => options.onSelectRoom?.(roomId));
      this.markers.addLayer(marker);
    }
  }

  addTo(map: L.Map): void {
    this.markers.addTo(map);
  }

  remove(): void {
    this.markers.remove();
  }
}
