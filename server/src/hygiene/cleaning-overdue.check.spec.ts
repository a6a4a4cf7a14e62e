import { roomCleaningState, DEFAULT_CLEANING_RULES, type RoomCleaningEvent } from './cleaning/room-cleaning-state.js';
import { cleaningOverdueConditions } from './cleaning-overdue.check.js';
import type { RoomCleaningEntry } from './room-cleaning.service.js';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 26, 8, 0, 0);
const room = (id: string) => ({ id, floorId: 'f-0', name: `Room ${id}`, type: 'patient_room' as const, unit: 'Ward 7', isolation: 'none' as const, pressure: 'neutral' as const });
const entry = (id: string, events: RoomCleaningEvent[], now: number): RoomCleaningEntry => ({ room: room(id), state: roomCleaningState(events, DEFAULT_CLEANING_RULES, now) });

describe('cleaning-overdue conditions', () => {
  it('raise a warning for a daily clean past 24 h and a critical one for a terminal clean past 2 h, nothing for rooms on time or never cleaned', () => {
    const now = T0 + 25 * HOUR;
    const conditions = cleaningOverdueConditions([
      entry('daily-late', [{ type: 'cleaning_completed', at: T0, kind: 'daily', by: null }], now),
      entry('daily-on-time', [{ type: 'cleaning_completed', at: T0 + 2 * HOUR, kind: 'daily', by: null }], now),
      entry('discharged', [{ type: 'cleaning_completed', at: T0 + 10 * HOUR, kind: 'daily', by: null }, { type: 'discharge', at: now - 2 * HOUR - 1 }], now),
      entry('discharged-just-now', [{ type: 'discharge', at: now - HOUR }], now),
      entry('never-cleaned', [], now),
    ]);
    expect(conditions.map(({ key, severity, title, detail }) => ({ key, severity, title, dueBy: detail['dueBy'] }))).toEqual([
      { key: 'hygiene.cleaning_overdue:room:daily-late', severity: 'warning', title: 'Room daily-late: daily clean overdue', dueBy: new Date(T0 + 24 * HOUR).toISOString() },
      { key: 'hygiene.cleaning_overdue:room:discharged', severity: 'critical', title: 'Room discharged: terminal clean overdue', dueBy: new Date(now - 1).toISOString() },
    ]);
  });

  it('raise nothing for a clean under way, however late', () => {
    const now = T0 + 30 * HOUR;
    expect(cleaningOverdueConditions([entry('cleaning', [{ type: 'discharge', at: T0 }, { type: 'cleaning_started', at: T0 + 29 * HOUR, kind: 'terminal', by: null }], now)])).toEqual([]);
  });
});
