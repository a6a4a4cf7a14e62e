import type { ContactInvestigation } from '../../../core/api/hygiene.models';
import { contactsCsvRows, contactsFileName, roomsByUnit, stayTime } from './contact-rows';

const FOUND: ContactInvestigation = {
  room: { id: 'main-1-101', name: 'Room 101', unit: 'Ward 1' },
  from: new Date(2026, 10, 25, 9, 30).toISOString(),
  to: new Date(2026, 10, 26, 9, 5).toISOString(),
  staff: [{ staffId: 12, name: 'Amara Okafor', role: 'nurse', badgeId: 'ibeacon:a', enteredAt: '2026-11-25T10:00:00.000Z', leftAt: '2026-11-25T10:09:00.000Z', overlapMs: 540_000 }],
  equipment: [{ assetId: 42, name: 'Pump 42', type: 'infusion_pump', tagId: 'ibeacon:b', enteredAt: '2026-11-25T08:00:00.000Z', leftAt: null, overlapMs: 5_430_000 }],
};

describe('contact rows', () => {
  it('groups rooms by unit in name order, numbers counted as numbers, rooms without a unit last', () => {
    const groups = roomsByUnit([
      { id: 'r10', name: 'Room 10', unit: 'Ward 1' },
      { id: 'plant', name: 'Plant room', unit: null },
      { id: 'ed', name: 'Majors', unit: 'Emergency department' },
      { id: 'r9', name: 'Room 9', unit: 'Ward 1' },
    ]);
    expect(groups.map((group) => [group.unit, group.rooms.map((room) => room.id)])).toEqual([
      ['Emergency department', ['ed']],
      ['Ward 1', ['r9', 'r10']],
      ['No unit', ['plant']],
    ]);
  });

  it('writes staff then equipment in one sheet, ISO times, an empty left for a stay going on, whole minutes', () => {
    expect(contactsCsvRows(FOUND)).toEqual([
      ['Contact', 'Name', 'Role or type', 'Badge or tag', 'Entered', 'Left', 'Minutes in room within the period'],
      ['staff', 'Amara Okafor', 'nurse', 'ibeacon:a', '2026-11-25T10:00:00.000Z', '2026-11-25T10:09:00.000Z', 9],
      ['equipment', 'Pump 42', 'infusion_pump', 'ibeacon:b', '2026-11-25T08:00:00.000Z', null, 91],
    ]);
  });

  it('names the file after the room and the period in local time to the minute', () => {
    expect(contactsFileName(FOUND)).toBe('wardwatch-contacts-main-1-101-2026-11-25-0930-2026-11-26-0905.csv');
  });

  it('says a stay’s time in hours and minutes', () => {
    expect([20_000, 540_000, 3_600_000, 5_430_000, 26 * 3_600_000 + 300_000].map(stayTime)).toEqual(['under 1 min', '9 min', '1 h', '1 h 31 min', '26 h 5 min']);
  });
});
