import { computeUtilization, statusRecordsSince, sumUtilization, type RoomStay, type StatusRecord } from './utilization.js';

const MIN = 60_000;
/** 6 January 2025 at hh:mm UTC. */
const at = (hhmm: string) => Date.UTC(2025, 0, 6, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3)));
const window = { from: at('08:00'), to: at('20:00') };

describe('utilization from status history and room stays', () => {
  // One pump's day, hand-computed segment by segment (minutes):
  //  08:00-09:00 available, storage ........ idle 60
  //  09:00-09:30 in_use, storage ........... used 30
  //  09:30-10:45 in_use, patient room ...... used 75 (patient care)
  //  10:45-11:00 in_use, soiled utility .... used 15
  //  11:00-12:00 soiled .................... out 60
  //  12:00-12:15 cleaning, soiled utility .. out 15
  //  12:15-12:30 cleaning, not located ..... out 15
  //  12:30-14:00 available, not located .... idle 90
  //  14:00-16:00 available, ICU bay ........ used 120 (patient care: unrecorded use)
  //  16:00-18:00 available, corridor ....... idle 120
  //  18:00-20:00 maintenance ............... out 120
  const records: StatusRecord[] = [
    { at: at('12:30'), to: 'available' }, // given out of order on purpose
    { at: at('06:00'), to: 'available' },
    { at: at('09:00'), to: 'in_use' },
    { at: at('11:00'), to: 'soiled' },
    { at: at('12:00'), to: 'cleaning' },
    { at: at('18:00'), to: 'maintenance' },
  ];
  const stays: RoomStay[] = [
    { from: at('07:00'), to: at('09:30'), roomType: 'storage' },
    { from: at('09:30'), to: at('10:45'), roomType: 'patient_room' },
    { from: at('10:45'), to: at('12:15'), roomType: 'soiled_utility' },
    { from: at('14:00'), to: at('16:00'), roomType: 'icu_bay' },
    { from: at('16:00'), to: at('20:30'), roomType: 'corridor' },
  ];

  it('splits a day into used, idle and out-of-service time', () => {
    const u = computeUtilization(window, records, stays);
    expect(u.usedMs).toBe(240 * MIN);
    expect(u.idleMs).toBe(270 * MIN);
    expect(u.outOfServiceMs).toBe(210 * MIN);
    expect(u.registeredMs).toBe(720 * MIN);
    expect(u.utilization).toBeCloseTo(240 / 510, 12);
  });

  it('reports time per status, in patient care and located', () => {
    const u = computeUtilization(window, records, stays);
    expect(u.statusMs).toEqual({
      available: 390 * MIN,
      in_use: 120 * MIN,
      soiled: 60 * MIN,
      cleaning: 30 * MIN,
      maintenance: 120 * MIN,
      missing: 0,
      retired: 0,
    });
    expect(u.patientCareMs).toBe(195 * MIN);
    expect(u.locatedMs).toBe((720 - 15 - 90) * MIN);
  });

  it('counts nothing before the asset was registered', () => {
    const u = computeUtilization(window, [{ at: at('10:00'), to: 'in_use' }, { at: at('12:00'), to: 'available' }], []);
    expect(u.registeredMs).toBe(600 * MIN);
    expect(u.usedMs).toBe(120 * MIN);
    expect(u.idleMs).toBe(480 * MIN);
    expect(u.utilization).toBeCloseTo(0.2, 12);
  });

  it('takes the later of two overlapping stays as where the tag was', () => {
    const u = computeUtilization({ from: at('08:00'), to: at('10:00') }, [{ at: at('07:00'), to: 'available' }], [
      { from: at('08:00'), to: at('10:00'), roomType: 'storage' },
      { from: at('09:00'), to: at('09:30'), roomType: 'ed_bay' },
    ]);
    expect(u.patientCareMs).toBe(30 * MIN);
    expect(u.usedMs).toBe(30 * MIN);
    // The storage stay is cut at 09:00; the tag is not taken back to storage after the ED bay.
    expect(u.locatedMs).toBe(90 * MIN);
  });

  it('has no utilization ratio for an asset out of service all day, and zero for an empty window', () => {
    expect(computeUtilization(window, [{ at: at('00:00'), to: 'retired' }], []).utilization).toBeNull();
    expect(computeUtilization({ from: at('09:00'), to: at('09:00') }, records, stays).registeredMs).toBe(0);
  });

  it('sums a fleet by time, not by averaging ratios', () => {
    const busy = computeUtilization({ from: at('08:00'), to: at('10:00') }, [{ at: at('08:00'), to: 'in_use' }, { at: at('09:00'), to: 'available' }], []);
    const idle = computeUtilization({ from: at('08:00'), to: at('16:00') }, [{ at: at('08:00'), to: 'available' }], []);
    expect(busy.utilization).toBeCloseTo(0.5, 12);
    expect(idle.utilization).toBe(0);
    const fleet = sumUtilization([busy, idle]);
    expect(fleet.usedMs).toBe(60 * MIN);
    expect(fleet.idleMs).toBe(540 * MIN);
    expect(fleet.utilization).toBeCloseTo(0.1, 12);
  });

  describe('status records from the changes since the window began', () => {
    const from = at('08:00');

    it('takes the status at the start from the first later change', () => {
      const records = statusRecordsSince('cleaning', [
        { at: at('09:00'), fromStatus: 'available', toStatus: 'in_use' },
        { at: at('11:00'), fromStatus: 'in_use', toStatus: 'cleaning' },
      ], from);
      expect(records).toEqual([
        { at: from, to: 'available' },
        { at: at('09:00'), to: 'in_use' },
        { at: at('11:00'), to: 'cleaning' },
      ]);
    });

    it('takes the current status when nothing changed since', () => {
      expect(statusRecordsSince('maintenance', [], from)).toEqual([{ at: from, to: 'maintenance' }]);
    });

    it('starts at the registration of an asset registered during the window', () => {
      const records = statusRecordsSince('available', [{ at: at('10:00'), fromStatus: null, toStatus: 'available' }], from);
      expect(records).toEqual([{ at: at('10:00'), to: 'available' }]);
      expect(computeUtilization(window, records, []).registeredMs).toBe(600 * MIN);
    });
  });
});
