import * as L from 'leaflet';
import type { PlacedDevice } from '../core/api/floorplan.models';
import { DevicesLayer } from './devices.layer';
import { deviceTypeLook } from './device-style';

const gateway: PlacedDevice = { id: 'gw-1', deviceType: 'ble_gateway', name: 'Gateway 1', roomId: 'main-1-101', x: 12, y: 4 };
const dispenser: PlacedDevice = { id: 'hh-1', deviceType: 'hand_hygiene_dispenser', name: 'Dispenser 1', roomId: null, x: 3, y: 1 };

describe('DevicesLayer', () => {
  let map: L.Map;

  beforeEach(() => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    map = L.map(element, { crs: L.CRS.Simple, renderer: L.svg() }).setView([5, 5], 2);
  });

  afterEach(() => {
    map.remove();
    document.body.innerHTML = '';
  });

  it('draws a dot per device at lat = y, lng = x, coloured by type', () => {
    new DevicesLayer([gateway, dispenser]).addTo(map);

    const markers: L.CircleMarker[] = [];
    map.eachLayer((layer) => {
      if (layer instanceof L.CircleMarker) markers.push(layer);
    });
    expect(markers.map((marker) => [marker.getLatLng().lat, marker.getLatLng().lng])).toEqual([
      [4, 12],
      [1, 3],
    ]);
    expect(markers[0].options.fillColor).toBe(deviceTypeLook('ble_gateway').colour);
    expect(markers[1].options.fillColor).toBe(deviceTypeLook('hand_hygiene_dispenser').colour);
    expect(document.querySelector('path[data-device-id="hh-1"]')?.classList).toContain('device-marker');
  });

  it("selects the device's room on click, and does nothing for a device outside any room", () => {
    const onSelectRoom = jest.fn();
    new DevicesLayer([gateway, dispenser], { onSelectRoom }).addTo(map);

    map.eachLayer((layer) => {
      if (layer instanceof L.CircleMarker) layer.fire('click');
    });
    expect(onSelectRoom.mock.calls).toEqual([['main-1-101']]);
  });

  it('takes its markers off the map when removed', () => {
    const layer = new DevicesLayer([gateway, dispenser]);
    layer.addTo(map);
    layer.remove();
    expect(document.querySelectorAll('path.device-marker')).toHaveLength(0);
  });
});
