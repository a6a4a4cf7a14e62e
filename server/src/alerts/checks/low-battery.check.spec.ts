import { COIN_CELL_THRESHOLDS, lowTagBatteries, type BatteryReading } from './low-battery.check.js';

const READ_AT = new Date('2025-03-14T08:00:00.000Z');
const reading = (tagId: string, batteryMv: number): BatteryReading => ({ tagId, batteryMv, readAt: READ_AT });
const lowTags = (readings: BatteryReading[], alerting: string[] = []) =>
  lowTagBatteries(readings, new Set(alerting), COIN_CELL_THRESHOLDS).map((c) => c.subjectId);

describe('lowTagBatteries', () => {
  it('raises below 2,500 mV, not at 2,500', () => {
    expect(lowTags([reading('a', 2_499), reading('b', 2_500), reading('c', 3_000)])).toEqual(['a']);
  });

  it('keeps an open alert until the reading is above 2,600 mV (hysteresis)', () => {
    // Readings between the thresholds keep whatever state the tag is in.
    expect(lowTags([reading('a', 2_550)], [])).toEqual([]);
    expect(lowTags([reading('a', 2_550)], ['a'])).toEqual(['a']);
    expect(lowTags([reading('a', 2_600)], ['a'])).toEqual(['a']);
    expect(lowTags([reading('a', 2_601)], ['a'])).toEqual([]);
  });

  it('does not flap for a cell that hovers around the threshold', () => {
    const series = [2_520, 2_490, 2_530, 2_580, 2_499, 2_590, 2_610, 2_540, 2_480];
    let alerting: string[] = [];
    const states: boolean[] = [];
    for (const mv of series) {
      alerting = lowTags([reading('a', mv)], alerting);
      states.push(alerting.length === 1);
    }
    // One raise at 2,490, one clear at 2,610, one raise again at 2,480.
    expect(states).toEqual([false, true, true, true, true, true, false, false, true]);
  });

  it('describes the tag by its asset and place, and carries the reading', () => {
    const [condition] = lowTagBatteries([reading('ibeacon:x:1:2', 2_410)], new Set(), COIN_CELL_THRESHOLDS, () => ({
      label: 'Infusion pump IP-042',
      floorId: 'f-1',
      roomId: 'r-101',
    }));
    expect(condition).toEqual({
      kind: 'tag.low_battery',
      key: 'tag.low_battery:tag:ibeacon:x:1:2',
      severity: 'warning',
      title: 'Tag battery low: Infusion pump IP-042',
      detail: { tagId: 'ibeacon:x:1:2', batteryMv: 2_410, readAt: '2025-03-14T08:00:00.000Z' },
      subjectType: 'tag',
      subjectId: 'ibeacon:x:1:2',
      floorId: 'f-1',
      roomId: 'r-101',
    });
  });

  it('names a tag no asset carries by its id', () => {
    expect(lowTagBatteries([reading('t-9', 2_000)], new Set(), COIN_CELL_THRESHOLDS)[0]).toMatchObject({ title: 'Tag battery low: t-9', floorId: null });
  });
});
