import * as L from 'leaflet';
import { position } from '../../testing/equipment-fixtures';
import { room } from '../../testing/fixtures';
import type { TrailVisit } from '../core/api/equipment.models';
import { TrailLayer, trailStops, trailTime } from './trail.layer';

const icu = room({ id: 'main-1-icu1', centroid: [20, 10] });
const ward = room({ id: 'main-1-101', centroid: [2, 1.5] });
const corridor = room({ id: 'main-1-c1', centroid: [10, 1] });

function visit(roomId: string, from: string, floorId = 'main-1'): TrailVisit {
  return { floorId, roomId, roomName: null, roomType: null, unit: null, from, to: null };
}

const visits = [
  visit('main-1-101', '2026-03-02T08:00:00Z'),
  visit('main-1-c1', '2026-03-02T08:30:00Z'),
  visit('main-0-lift', '2026-03-02T08:35:00Z', 'main-0'),
  visit('main-1-c1', '2026-03-02T09:10:00Z'),
  visit('main-1-icu1', '2026-03-02T09:15:00Z'),
];

describe('trailStops', () => {
  it('puts a stop in the middle of each room on this floor, oldest first, labelled with the time it arrived', () => {
    const stops = trailStops(visits, [icu, ward, corridor], 'main-1');
    expect(stops.map((stop) => [stop.roomId, stop.point])).toEqual([
      ['main-1-101', [2, 1.5]],
      ['main-1-c1', [10, 1]],
      ['main-1-icu1', [20, 10]],
    ]);
    expect(stops[0].label).toBe(trailTime('2026-03-02T08:00:00Z'));
    // Back in the corridor after a trip to another floor: one stop, both times.
    expect(stops[1].label).toBe(`${trailTime('2026-03-02T08:30:00Z')}, ${trailTime('2026-03-02T09:10:00Z')}`);
  });

  it('ends where the asset is now when it is on this floor', () => {
    const stops = trailStops(visits, [icu, ward, corridor], 'main-1', position({ x: 21, y: 11 }));
    expect(stops.at(-1)).toEqual({ roomId: null, point: [21, 11], label: 'Now' });
    expect(trailStops(visits, [icu], 'main-1', position({ floorId: 'main-0' })).at(-1)?.label).not.toBe('Now');
  });

  it('writes times as hours and minutes', () => {
    expect(trailTime('2026-03-02T08:05:00Z')).toMatch(/^\d\d:\d\d$/);
  });
});

describe('TrailLayer', () => {
  let map: L.Map;

  beforeEach(() => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    map = L.map(element, { crs: L.CRS.Simple, renderer: L.svg() }).setView([5, 5], 1);
  });

  afterEach(() => {
    map.remove();
    document.body.innerHTML = '';
  });

  it('draws a line through the stops with a time label at each, and brings it into view', () => {
    const fit = jest.spyOn(map, 'fitBounds');
    const layer = new TrailLayer(visits, [icu, ward, corridor], 'main-1');
    layer.addTo(map);

    const line = document.querySelector('path.asset-trail');
    expect(line).not.toBeNull();
    expect(document.querySelectorAll('[data-testid="trail-stop"]')).toHaveLength(3);
    expect([...document.querySelectorAll('.leaflet-tooltip.trail-label')].map((label) => label.textContent)).toEqual(layer.stops.map((stop) => stop.label));
    expect(fit).toHaveBeenCalledWith(L.latLngBounds([1, 2], [10, 20]), expect.anything());
  });

  it('draws nothing, and leaves the view alone, when the asset was not on this floor', () => {
    const fit = jest.spyOn(map, 'fitBounds');
    new TrailLayer(visits, [icu, ward, corridor], 'main-2').addTo(map);

    expect(document.querySelector('path.asset-trail')).toBeNull();
    expect(fit).not.toHaveBeenCalled();
  });

  it('takes everything off the map when removed', () => {
    const layer = new TrailLayer(visits, [icu, ward, corridor], 'main-1');
    layer.addTo(map);
    layer.remove();
    expect(document.querySelectorAll('.leaflet-overlay-pane path')).toHaveLength(0);
    expect(document.querySelectorAll('.trail-label')).toHaveLength(0);
  });
});
