import {
  DEFAULT_EQUIPMENT_HYGIENE_RULES,
  UNKNOWN_EQUIPMENT_HYGIENE,
  applyEquipmentHygieneEvent,
  equipmentHygieneOf,
  settleCleanUtilityDwell,
  type EquipmentHygieneEvent,
  type RoomKindForHygiene,
} from './equipment-hygiene.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 2, 2, 8, 0, 0);
const rules = DEFAULT_EQUIPMENT_HYGIENE_RULES;

const room = (id: string, type: string, isolation = false): RoomKindForHygiene => ({ id, type, isolation });
const WARD_ROOM = room('room-4', 'patient_room');
const ISOLATION = room('room-15', 'patient_room', true);
const CORRIDOR = room('corridor', 'corridor');
const SOILED = room('soiled-1', 'soiled_utility');
const CLEAN = room('clean-1', 'clean_utility');
const moved = (at: number, from: RoomKindForHygiene | null, to: RoomKindForHygiene): EquipmentHygieneEvent => ({ type: 'moved', at, from, to });

describe('equipment hygiene', () => {
  it('is clean with nothing known, and moving between ordinary rooms changes nothing', () => {
    expect(equipmentHygieneOf([moved(T0, WARD_ROOM, CORRIDOR), moved(T0 + MINUTE, CORRIDOR, WARD_ROOM)], rules, T0 + 2 * MINUTE)).toEqual({
      soiled: false,
      since: null,
      reason: null,
      cleanedBy: null,
    });
  });

  it('is soiled once it leaves an isolation room, until a cleaning event', () => {
    const events = [moved(T0, CORRIDOR, ISOLATION), moved(T0 + 30 * MINUTE, ISOLATION, CORRIDOR)];
    expect(equipmentHygieneOf(events, rules, T0 + 10 * MINUTE).soiled).toBe(false);
    expect(equipmentHygieneOf(events, rules, T0 + 31 * MINUTE)).toMatchObject({ soiled: true, since: T0 + 30 * MINUTE, reason: 'left_isolation_room' });
    const cleaned: EquipmentHygieneEvent[] = [...events, { type: 'cleaned', at: T0 + 45 * MINUTE, by: 'evs-2' }];
    expect(equipmentHygieneOf(cleaned, rules, T0 + 46 * MINUTE)).toMatchObject({ soiled: false, since: T0 + 45 * MINUTE, cleanedBy: 'cleaning' });
  });

  it('is soiled on entering a soiled utility room', () => {
    expect(equipmentHygieneOf([moved(T0, CORRIDOR, SOILED)], rules, T0)).toMatchObject({ soiled: true, since: T0, reason: 'entered_soiled_utility' });
  });

  it('is clean after 10 min in a clean utility room, not after a pass through it', () => {
    const pass = [moved(T0, CORRIDOR, SOILED), moved(T0 + MINUTE, SOILED, CLEAN), moved(T0 + 5 * MINUTE, CLEAN, CORRIDOR)];
    expect(equipmentHygieneOf(pass, rules, T0 + 60 * MINUTE).soiled).toBe(true);
    const shelved = [moved(T0, CORRIDOR, SOILED), moved(T0 + MINUTE, SOILED, CLEAN)];
    expect(equipmentHygieneOf(shelved, rules, T0 + 11 * MINUTE - 1).soiled).toBe(true);
    expect(equipmentHygieneOf(shelved, rules, T0 + 11 * MINUTE)).toMatchObject({ soiled: false, since: T0 + 11 * MINUTE, cleanedBy: 'clean_utility' });
    // …and it stays clean when it leaves the clean utility room afterwards.
    expect(equipmentHygieneOf([...shelved, moved(T0 + 30 * MINUTE, CLEAN, WARD_ROOM)], rules, T0 + 40 * MINUTE).soiled).toBe(false);
  });

  it('is not cleaned by a stay in a clean utility room entered straight from an isolation room (an anteroom)', () => {
    const ANTEROOM = room('anteroom-15', 'clean_utility');
    const events = [moved(T0, ISOLATION, ANTEROOM)];
    expect(equipmentHygieneOf(events, rules, T0 + 60 * MINUTE)).toMatchObject({ soiled: true, reason: 'left_isolation_room' });
    // Carried on to a clean utility room from there, it is put away like any other.
    expect(equipmentHygieneOf([...events, moved(T0 + MINUTE, ANTEROOM, CLEAN)], rules, T0 + 11 * MINUTE)).toMatchObject({ soiled: false, cleanedBy: 'clean_utility' });
  });

  it('applies events by time whatever order they come in', () => {
    const events: EquipmentHygieneEvent[] = [{ type: 'cleaned', at: T0 + 20 * MINUTE, by: null }, moved(T0 + 10 * MINUTE, ISOLATION, CORRIDOR)];
    expect(equipmentHygieneOf(events, rules, T0 + 15 * MINUTE).soiled).toBe(true);
    expect(equipmentHygieneOf(events, rules, T0 + 25 * MINUTE).soiled).toBe(false);
  });
});

describe('equipment hygiene, stepped live', () => {
  it('steps event by event to the same state as the fold, and the dwell ends with time alone', () => {
    const events = [moved(T0, CORRIDOR, ISOLATION), moved(T0 + 5 * MINUTE, ISOLATION, CORRIDOR), moved(T0 + 7 * MINUTE, CORRIDOR, CLEAN)];
    let track = UNKNOWN_EQUIPMENT_HYGIENE;
    for (const event of events) track = applyEquipmentHygieneEvent(track, event, rules);
    expect(track).toEqual({ hygiene: { soiled: true, since: T0 + 5 * MINUTE, reason: 'left_isolation_room', cleanedBy: null }, inCleanUtilitySince: T0 + 7 * MINUTE });
    expect(settleCleanUtilityDwell(track, rules, T0 + 17 * MINUTE - 1)).toBe(track);
    const settled = settleCleanUtilityDwell(track, rules, T0 + 17 * MINUTE);
    expect(settled.hygiene).toEqual({ soiled: false, since: T0 + 17 * MINUTE, reason: null, cleanedBy: 'clean_utility' });
    expect(settled.hygiene).toEqual(equipmentHygieneOf(events, rules, T0 + 17 * MINUTE));
  });

  it('counts a dwell that ended before the next event, dated at its end', () => {
    const inClean = applyEquipmentHygieneEvent(applyEquipmentHygieneEvent(UNKNOWN_EQUIPMENT_HYGIENE, moved(T0, CORRIDOR, SOILED), rules), moved(T0 + MINUTE, SOILED, CLEAN), rules);
    const left = applyEquipmentHygieneEvent(inClean, moved(T0 + 20 * MINUTE, CLEAN, WARD_ROOM), rules);
    expect(left).toEqual({ hygiene: { soiled: false, since: T0 + 11 * MINUTE, reason: null, cleanedBy: 'clean_utility' }, inCleanUtilitySince: null });
  });

  it('a cleaning event cleans wherever the equipment is, and leaving isolation soils it again', () => {
    const soiled = applyEquipmentHygieneEvent(UNKNOWN_EQUIPMENT_HYGIENE, moved(T0, ISOLATION, CORRIDOR), rules);
    const cleaned = applyEquipmentHygieneEvent(soiled, { type: 'cleaned', at: T0 + MINUTE, by: 'user:biomed' }, rules);
    expect(cleaned.hygiene).toEqual({ soiled: false, since: T0 + MINUTE, reason: null, cleanedBy: 'cleaning' });
    const enteredAgain = applyEquipmentHygieneEvent(cleaned, moved(T0 + 2 * MINUTE, CORRIDOR, ISOLATION), rules);
    expect(enteredAgain.hygiene.soiled).toBe(false);
    expect(applyEquipmentHygieneEvent(enteredAgain, moved(T0 + 3 * MINUTE, ISOLATION, SOILED), rules).hygiene).toMatchObject({ soiled: true, reason: 'left_isolation_room' });
  });
});
