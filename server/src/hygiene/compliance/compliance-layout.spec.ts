import { ComplianceLayout, FALLBACK_TIME_ZONE, type LayoutSite } from './compliance-layout.js';

function site(timezone: string, floorId: string, rooms: Array<[string, string | null]>): LayoutSite {
  return {
    timezone,
    floors: [
      {
        floor: { id: floorId },
        rooms: rooms.map(([id, unit]) => ({ id, name: `Name of ${id}`, type: 'patient_room' as const, unit, isolation: 'none' as const })),
        doors: [{ x: 0, y: 0, rooms: [rooms[0][0], `${floorId}-corridor`] }],
        devices: [
          { id: `${floorId}-hh`, deviceType: 'hand_hygiene_dispenser', roomId: null, x: 1, y: 1 },
          { id: `${floorId}-gw`, deviceType: 'ble_gateway', roomId: null, x: 0, y: 0 },
        ],
      },
    ],
  };
}

describe('the floor plans as compliance reads them', () => {
  const layout = new ComplianceLayout([site('Europe/London', 'a-0', [['a-1', 'Ward A'], ['a-2', null]]), site('America/New_York', 'b-0', [['b-1', 'Ward B']])]);

  it('days and shifts are in the unit’s site’s zone, else the first site’s, else UTC', () => {
    expect(layout.timeZone('Ward B')).toBe('America/New_York');
    expect(layout.timeZone('Ward A')).toBe('Europe/London');
    expect(layout.timeZone()).toBe('Europe/London');
    expect(new ComplianceLayout([]).timeZone()).toBe(FALLBACK_TIME_ZONE);
  });

  it('knows the units, room names and which dispensers serve which care rooms (gateways are no dispensers)', () => {
    expect([...layout.units].sort()).toEqual(['Ward A', 'Ward B']);
    expect(layout.roomNames.get('b-1')).toBe('Name of b-1');
    expect([...layout.dispenserRooms]).toEqual([
      ['a-0-hh', ['a-1']],
      ['b-0-hh', ['b-1']],
    ]);
  });
});
