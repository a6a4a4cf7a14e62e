import { DEFAULT_CLEANING_RULES, roomCleaningState, type RoomCleaningEvent } from '../../hygiene/cleaning/room-cleaning-state.js';
import { LEFT_DIRTY_AT_FIRST_START, cleaningOfVisit, pastCleans, type CleanerVisit, type RoomDeviceEvent } from './demo-cleaning-rounds.js';

const SEED = 3;
const MINUTE = 60_000;
const T = Date.UTC(2026, 10, 26, 9, 0, 0);
const visitAt = (enteredAt: number, roomType: CleanerVisit['roomType'] = 'patient_room'): CleanerVisit => ({
  by: 'SM-0028',
  roomId: 'main-1-ward-room-03',
  roomType,
  enteredAt,
  leftAt: enteredAt + 20 * MINUTE,
});
/** The first of many visits whose cleaning passes `test`. */
function findVisit(test: (events: RoomDeviceEvent[], discharge: boolean) => boolean, roomType: CleanerVisit['roomType'] = 'patient_room') {
  for (let i = 0; i < 2000; i++) {
    const visit = visitAt(T + i * 37 * MINUTE, roomType);
    const cleaning = cleaningOfVisit(visit, SEED, T);
    if (test(cleaning.events, cleaning.discharge !== null)) return { visit, ...cleaning };
  }
  throw new Error('no such visit');
}
function asRoomEvents(events: readonly RoomDeviceEvent[], discharge: { at: number } | null): RoomCleaningEvent[] {
  const folded: RoomCleaningEvent[] = events.map((event) =>
    event.type === 'cleaning'
      ? { type: event.phase === 'started' ? 'cleaning_started' : 'cleaning_completed', at: event.ts, kind: event.kind, by: event.by ?? null }
      : { type: 'verification', at: event.ts, method: event.method, passed: event.passed, value: event.value ?? null, by: event.by ?? null },
  );
  return discharge === null ? folded : [{ type: 'discharge', at: discharge.at }, ...folded];
}
const stateAt = (events: RoomCleaningEvent[], at: number) => roomCleaningState(events, DEFAULT_CLEANING_RULES, at).state;

describe('cleaningOfVisit', () => {
  it('makes no clean of a cleaner passing through (under 5 min)', () => {
    expect(cleaningOfVisit({ ...visitAt(T), leftAt: T + 4 * MINUTE }, SEED, T)).toEqual({ events: [], discharge: null });
  });

  it('makes a daily clean of a visit: started 20–60 s in, completed a minute or so before leaving, signed by the cleaner', () => {
    const { visit, events } = findVisit((list, discharge) => !discharge && list.length === 2);
    const [started, completed] = events;
    expect(started).toMatchObject({ type: 'cleaning', kind: 'daily', phase: 'started', roomId: visit.roomId, by: 'SM-0028' });
    expect(started.ts - visit.enteredAt).toBeGreaterThanOrEqual(20_000);
    expect(started.ts - visit.enteredAt).toBeLessThanOrEqual(60_000);
    expect(completed).toMatchObject({ phase: 'completed', kind: 'daily' });
    expect(visit.leftAt - completed.ts).toBeGreaterThanOrEqual(60_000);
    expect(visit.leftAt - completed.ts).toBeLessThanOrEqual(90_000);
    expect(stateAt(asRoomEvents(events, null), visit.enteredAt + 5 * MINUTE)).toBe('in_progress');
    expect(stateAt(asRoomEvents(events, null), visit.leftAt)).toBe('clean');
  });

  it('cleans again after a failed ATP swab, so the room is clean when the cleaner leaves', () => {
    const { visit, events } = findVisit((list) => list.some((event) => event.type === 'verification' && !event.passed));
    expect(events.map((event) => (event.type === 'cleaning' ? event.phase : `atp ${event.passed ? 'pass' : 'fail'}`))).toEqual(['started', 'completed', 'atp fail', 'started', 'completed']);
    const failed = events[2];
    expect(failed.type === 'verification' && failed.value !== undefined && failed.value >= 300).toBe(true);
    const folded = asRoomEvents(events, null);
    expect(stateAt(folded, failed.ts + 1)).toBe('dirty');
    expect(stateAt(folded, visit.leftAt)).toBe('clean');
  });

  it('follows a discharge 20–50 min earlier with a terminal clean, and the room needs one until then', () => {
    const { visit, events, discharge } = findVisit((_, withDischarge) => withDischarge);
    expect(discharge?.roomId).toBe(visit.roomId);
    const before = visit.enteredAt - (discharge?.at ?? 0);
    expect(before).toBeGreaterThanOrEqual(20 * MINUTE);
    expect(before).toBeLessThanOrEqual(50 * MINUTE);
    expect(events.filter((event) => event.type === 'cleaning' && event.kind !== 'uv').every((event) => event.type === 'cleaning' && event.kind === 'terminal')).toBe(true);
    const folded = asRoomEvents(events, discharge);
    expect(stateAt(folded, visit.enteredAt - 1)).toBe('needs_terminal_clean');
    expect(roomCleaningState(folded, DEFAULT_CLEANING_RULES, visit.leftAt).lastTerminalCleanAt).not.toBeNull();
  });

  it('runs a 25-minute UV cycle after some terminal cleans, once the cleaner has left', () => {
    const { visit, events } = findVisit((list) => list.some((event) => event.type === 'cleaning' && event.kind === 'uv'));
    const uv = events.filter((event) => event.type === 'cleaning' && event.kind === 'uv');
    expect(uv.map((event) => event.type === 'cleaning' && event.phase)).toEqual(['started', 'completed']);
    expect(uv[0].ts - visit.leftAt).toBeGreaterThanOrEqual(2 * MINUTE);
    expect(uv[1].ts - uv[0].ts).toBe(25 * MINUTE);
  });

  it('never discharges before the simulation started, nor in imaging rooms', () => {
    // Visits entering up to an hour before a start at T + 120 min: their discharges would be before it.
    for (let i = 0; i < 300; i++) {
      const visit = visitAt(T + 60 * MINUTE + (i % 60) * MINUTE + i, 'ed_bay');
      expect(cleaningOfVisit(visit, SEED, T + 120 * MINUTE).discharge).toBeNull();
      expect(cleaningOfVisit(visitAt(T + i * 37 * MINUTE, 'imaging'), SEED, T).discharge).toBeNull();
    }
  });
});

describe('pastCleans', () => {
  it('dates room k of n about (n − k) × 27 min ago, leaving the first two dirty', () => {
    const roomIds = ['a', 'b', 'c', 'd'];
    const events = pastCleans({ by: 'SM-0014', roomIds }, T, SEED);
    expect(LEFT_DIRTY_AT_FIRST_START).toBe(2);
    expect([...new Set(events.map((event) => event.roomId))]).toEqual(['c', 'd']);
    for (const [roomId, k] of [['c', 2], ['d', 3]] as const) {
      const [started, completed] = events.filter((event) => event.roomId === roomId);
      expect(completed.ts - (T - (4 - k) * 27 * MINUTE)).toBeGreaterThanOrEqual(0);
      expect(completed.ts - (T - (4 - k) * 27 * MINUTE)).toBeLessThanOrEqual(5 * MINUTE);
      expect(completed.ts - started.ts).toBeGreaterThanOrEqual(15 * MINUTE);
      expect(completed.ts).toBeLessThan(T);
      expect(started).toMatchObject({ kind: 'daily', phase: 'started', by: 'SM-0014' });
    }
  });
});
