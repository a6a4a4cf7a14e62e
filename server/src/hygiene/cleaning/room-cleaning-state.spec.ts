import { DEFAULT_CLEANING_RULES, roomCleaningState, type RoomCleaningEvent } from './room-cleaning-state.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2026, 2, 2, 8, 0, 0);
const rules = DEFAULT_CLEANING_RULES;

const started = (at: number, kind: 'daily' | 'terminal' | 'uv' = 'daily'): RoomCleaningEvent => ({ type: 'cleaning_started', at, kind, by: 'evs-1' });
const completed = (at: number, kind: 'daily' | 'terminal' | 'uv' = 'daily'): RoomCleaningEvent => ({ type: 'cleaning_completed', at, kind, by: 'evs-1' });
const atp = (at: number, passed: boolean): RoomCleaningEvent => ({ type: 'verification', at, method: 'atp', passed, value: passed ? 80 : 450, by: 'ipc-1' });

describe('a room’s cleaning state', () => {
  it('is dirty with nothing on record, and no deadline to miss', () => {
    expect(roomCleaningState([], rules, T0)).toMatchObject({ state: 'dirty', dueBy: null, overdue: false, lastCleanedAt: null });
  });

  it('goes in progress, then clean; the daily clean falls due 24 h later and is overdue after that', () => {
    const events = [started(T0), completed(T0 + 20 * MINUTE)];
    expect(roomCleaningState(events, rules, T0 + 10 * MINUTE)).toMatchObject({ state: 'in_progress', overdue: false });
    expect(roomCleaningState(events, rules, T0 + HOUR)).toMatchObject({ state: 'clean', lastCleanedAt: T0 + 20 * MINUTE, dueBy: T0 + 20 * MINUTE + 24 * HOUR });
    expect(roomCleaningState(events, rules, T0 + 20 * MINUTE + 24 * HOUR).overdue).toBe(false);
    expect(roomCleaningState(events, rules, T0 + 20 * MINUTE + 24 * HOUR + 1).overdue).toBe(true);
  });

  it('needs a terminal clean after a discharge: a daily clean does not do, a terminal one does, due within 2 h', () => {
    const events = [completed(T0), { type: 'discharge', at: T0 + HOUR } as const, completed(T0 + 90 * MINUTE, 'daily')];
    expect(roomCleaningState(events, rules, T0 + 2 * HOUR)).toMatchObject({ state: 'needs_terminal_clean', terminalRequired: true, dueBy: T0 + 3 * HOUR, overdue: false });
    expect(roomCleaningState(events, rules, T0 + 3 * HOUR + 1).overdue).toBe(true);
    const terminal = [...events, started(T0 + 4 * HOUR, 'terminal'), completed(T0 + 5 * HOUR, 'terminal')];
    expect(roomCleaningState(terminal, rules, T0 + 4 * HOUR + MINUTE)).toMatchObject({ state: 'in_progress', overdue: false });
    expect(roomCleaningState(terminal, rules, T0 + 5 * HOUR)).toMatchObject({ state: 'clean', terminalRequired: false, lastTerminalCleanAt: T0 + 5 * HOUR, overdue: false });
  });

  it('needs a terminal clean when isolation ends, not while it lasts', () => {
    const events: RoomCleaningEvent[] = [completed(T0), { type: 'isolation_started', at: T0 + HOUR }];
    expect(roomCleaningState(events, rules, T0 + 2 * HOUR)).toMatchObject({ state: 'clean', isolation: true, terminalRequired: false });
    expect(roomCleaningState([...events, { type: 'isolation_ended', at: T0 + 30 * HOUR }], rules, T0 + 30 * HOUR)).toMatchObject({
      state: 'needs_terminal_clean',
      isolation: false,
      dueBy: T0 + 32 * HOUR,
    });
  });

  it('counts a UV cycle as no clean at all', () => {
    const events = [{ type: 'discharge', at: T0 } as const, started(T0 + MINUTE, 'uv'), completed(T0 + 20 * MINUTE, 'uv')];
    expect(roomCleaningState(events, rules, T0 + 10 * MINUTE).state).toBe('in_progress');
    expect(roomCleaningState(events, rules, T0 + HOUR)).toMatchObject({ state: 'needs_terminal_clean', lastCleanedAt: null });
  });

  it('is dirty again after a failed verification; after a terminal clean, it needs another terminal clean', () => {
    expect(roomCleaningState([completed(T0), atp(T0 + 10 * MINUTE, false)], rules, T0 + HOUR)).toMatchObject({
      state: 'dirty',
      lastVerification: { passed: false, value: 450 },
      terminalRequired: false,
    });
    expect(roomCleaningState([completed(T0), atp(T0 + 10 * MINUTE, true)], rules, T0 + HOUR)).toMatchObject({ state: 'clean', lastVerification: { passed: true } });
    const terminal = [{ type: 'discharge', at: T0 } as const, completed(T0 + HOUR, 'terminal'), atp(T0 + 70 * MINUTE, false)];
    expect(roomCleaningState(terminal, rules, T0 + 2 * HOUR)).toMatchObject({ state: 'needs_terminal_clean', dueBy: T0 + 70 * MINUTE + 2 * HOUR });
  });

  it('applies events by time whatever order they are given in, and ignores those after the question', () => {
    const events = [completed(T0 + 20 * MINUTE), started(T0), { type: 'discharge', at: T0 + 3 * HOUR } as const];
    expect(roomCleaningState(events, rules, T0 + HOUR).state).toBe('clean');
    expect(roomCleaningState(events, rules, T0 + 4 * HOUR).state).toBe('needs_terminal_clean');
  });
});
