import * as L from 'leaflet';
import { mountTestMap } from '../../testing/leaflet-map';
import { floorDetail, room } from '../../testing/fixtures';
import type { PlacedDevice } from '../core/api/floorplan.models';
import { HygieneLayer, type RoomHygiene } from './hygiene.layer';
import { COMPLIANCE_BANDS, complianceColour } from './hygiene-style';

const ROOMS = [room({ id: 'r1', name: 'Room 1' }), room({ id: 'r2', name: 'Room 2' }), room({ id: 'r3', name: 'Room 3' }), room({ id: 'corridor', name: 'Corridor', type: 'corridor' })];
const DEVICES: PlacedDevice[] = [
  { id: 'hh-1', deviceType: 'hand_hygiene_dispenser', name: 'Dispenser 1', roomId: 'r1', x: 1, y: 1 },
  { id: 'env-1', deviceType: 'environment_sensor', name: 'Sensor 1', roomId: 'r1', x: 2, y: 1 },
];
const HYGIENE: RoomHygiene = {
  compliance: new Map([
    ['r1', { compliance: 0.85, met: 17, opportunities: 20 }],
    ['r2', { compliance: 0.3, met: 3, opportunities: 10 }],
    ['r3', { compliance: null, met: 0, opportunities: 0 }],
  ]),
  cleaning: new Map([
    ['r1', { state: 'clean', overdue: false }],
    ['r2', { state: 'needs_terminal_clean', overdue: true }],
  ]),
  openExcursions: new Set(['r3']),
};

describe('HygieneLayer', () => {
  let map: L.Map;
  let unmount: () => void;

  beforeEach(() => ({ map, unmount } = mountTestMap()));
  afterEach(() => unmount());

  const drawn = () =>
    [...document.querySelectorAll<SVGPathElement>('.hygiene-room')].map((path) => [path.getAttribute('data-testid'), path.getAttribute('class')?.replace(/\s*leaflet-interactive/, ''), path.getAttribute('fill')]);

  it('fills the rooms with figures by compliance band, grey without opportunities, and outlines the one with an excursion going on', () => {
    new HygieneLayer(ROOMS, DEVICES, HYGIENE, 'compliance').addTo(map);
    expect(drawn()).toEqual([
      ['hygiene-room-r1', 'hygiene-room hygiene-compliance', '#1a7f37'],
      ['hygiene-room-r2', 'hygiene-room hygiene-compliance', '#b42318'],
      ['hygiene-room-r3', 'hygiene-room hygiene-compliance-none hygiene-excursion', '#c5ccd4'],
    ]);
    expect(document.querySelector('[data-testid="hygiene-room-r3"]')?.getAttribute('stroke-dasharray')).toBe('6 4');
    expect(document.querySelector('[data-testid="hygiene-room-r1"]')?.getAttribute('data-hygiene')).toBe('85 % compliance (17 of 20)');
  });

  it('fills the rooms on the board by cleaning state, overdue marked, and still outlines an excursion in a room without a state', () => {
    new HygieneLayer(ROOMS, DEVICES, HYGIENE, 'cleaning').addTo(map);
    expect(drawn()).toEqual([
      ['hygiene-room-r1', 'hygiene-room hygiene-cleaning-clean', '#1a7f37'],
      ['hygiene-room-r2', 'hygiene-room hygiene-cleaning-needs_terminal_clean hygiene-overdue', '#b42318'],
      ['hygiene-room-r3', 'hygiene-room hygiene-excursion', '#ffffff'],
    ]);
    expect(document.querySelector('[data-testid="hygiene-room-r3"]')?.getAttribute('fill-opacity')).toBe('0');
  });

  it('shows the dispensers, tells the room apart on click, and leaves the map when removed', () => {
    const onSelect = jest.fn();
    const layer = new HygieneLayer(floorDetail('main-1').rooms.concat(ROOMS), DEVICES, HYGIENE, 'cleaning', { onSelect });
    layer.addTo(map);
    expect([...document.querySelectorAll('.hygiene-dispenser')].map((marker) => marker.getAttribute('data-device-id'))).toEqual(['hh-1']);
    map.eachLayer((each) => {
      if (each instanceof L.Polygon) each.fire('click');
    });
    expect(onSelect.mock.calls.map(([roomId]) => roomId)).toEqual(['r1', 'r2', 'r3']);
    layer.remove();
    expect(document.querySelectorAll('.hygiene-room, .hygiene-dispenser')).toHaveLength(0);
  });
});

describe('complianceColour', () => {
  it('bands at 80, 60 and 40 %, the lower edge in the band', () => {
    expect([1, 0.8, 0.79, 0.6, 0.5, 0.4, 0.39, 0, null].map(complianceColour)).toEqual([
      COMPLIANCE_BANDS[0].colour,
      COMPLIANCE_BANDS[0].colour,
      COMPLIANCE_BANDS[1].colour,
      COMPLIANCE_BANDS[1].colour,
      COMPLIANCE_BANDS[2].colour,
      COMPLIANCE_BANDS[2].colour,
      COMPLIANCE_BANDS[3].colour,
      COMPLIANCE_BANDS[3].colour,
      '#c5ccd4',
    ]);
  });
});
