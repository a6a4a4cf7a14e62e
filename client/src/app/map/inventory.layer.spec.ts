import * as L from 'leaflet';
import { mountTestMap } from '../../testing/leaflet-map';
import type { PlacedDevice } from '../core/api/floorplan.models';
import type { CabinetStock } from '../core/api/inventory.models';
import { InventoryLayer, cabinetBadgeTone } from './inventory.layer';

const device = (id: string, x: number, y: number): PlacedDevice => ({ id, deviceType: 'medication_cabinet', name: id, roomId: 'main-1-icu-medication', x, y });
const cabinet = (id: string, overrides: Partial<CabinetStock> = {}): CabinetStock => ({
  id,
  name: `Cabinet ${id}`,
  kind: 'automated_dispensing_cabinet',
  floorId: 'main-1',
  roomId: 'main-1-icu-medication',
  unit: 'Intensive care unit',
  bins: 20,
  byStatus: { stock_out: 0, below_reorder: 0, below_par: 2, ok: 18, overstock: 0 },
  worst: 'below_par',
  fill: 0.92,
  openDiscrepancies: 0,
  ...overrides,
});

describe('InventoryLayer', () => {
  let map: L.Map;
  let unmount: () => void;

  beforeEach(() => ({ map, unmount } = mountTestMap()));
  afterEach(() => unmount());

  it('badges each cabinet of the floor where its device is, red for a stock-out and amber below reorder, with its fill level', () => {
    new InventoryLayer(
      [
        cabinet('cab-1', { worst: 'stock_out', byStatus: { stock_out: 1, below_reorder: 0, below_par: 0, ok: 19, overstock: 0 } }),
        cabinet('cab-2', { worst: 'below_reorder', fill: 0.5 }),
        cabinet('cab-3'),
        cabinet('cab-elsewhere'),
      ],
      [device('cab-1', 10, 4), device('cab-2', 20, 8), device('cab-3', 30, 2)],
    ).addTo(map);

    const badges = [...document.querySelectorAll<HTMLElement>('.cabinet-badge')];
    expect(badges.map((badge) => [badge.querySelector('span')?.dataset['cabinetId'], badge.className.match(/cabinet-badge-[a-z-]+/)?.[0], badge.textContent])).toEqual([
      ['cab-1', 'cabinet-badge-stock-out', '℞ 92%'],
      ['cab-2', 'cabinet-badge-below-reorder', '℞ 50%'],
      ['cab-3', 'cabinet-badge-stocked', '℞ 92%'],
    ]);
    const positions: number[][] = [];
    map.eachLayer((layer) => {
      if (layer instanceof L.Marker) positions.push([layer.getLatLng().lat, layer.getLatLng().lng]);
    });
    expect(positions).toEqual([
      [4, 10],
      [8, 20],
      [2, 30],
    ]);
  });

  it('tells the cabinet apart on click, and leaves the map when removed', () => {
    const onSelect = jest.fn();
    const layer = new InventoryLayer([cabinet('cab-1')], [device('cab-1', 1, 1)], { onSelect });
    layer.addTo(map);
    map.eachLayer((each) => {
      if (each instanceof L.Marker) each.fire('click');
    });
    expect(onSelect).toHaveBeenCalledWith('cab-1');
    layer.remove();
    expect(document.querySelectorAll('.cabinet-badge')).toHaveLength(0);
  });

  it('is red only for a stock-out and amber only below reorder', () => {
    expect(['stock_out', 'below_reorder', 'below_par', 'ok', 'overstock', null].map((worst) => cabinetBadgeTone({ worst: worst as CabinetStock['worst'] }))).toEqual([
      'stock-out',
      'below-reorder',
      'stocked',
      'stocked',
      'stocked',
      'stocked',
    ]);
  });
});
