/**
 * A room's cleaning state from its events. Pure: events and the time of the question come in as data.
 *
 *   dirty ──cleaning started──▶ in_progress ──completed──▶ clean ──24 h──▶ (daily clean overdue)
 *     ▲                                                      │
 *     └─────────────── verification failed ◀─────────────────┘
 *   discharge, end of isolation ──▶ needs_terminal_clean (only a terminal clean, verified or not, clears it)
 */

export const CLEANING_KINDS = ['daily', 'terminal', 'uv'] as const;
export type CleaningKind = (typeof CLEANING_KINDS)[number];

export type RoomCleaningEvent =
  | { type: 'cleaning_started'; at: number; kind: CleaningKind; by: string | null }
  | { type: 'cleaning_completed'; at: number; kind: CleaningKind; by: string | null }
  /** ATP swab or fluorescent-marker check after a clean. */
  | { type: 'verification'; at: number; method: 'atp' | 'fluorescent'; passed: boolean; value: number | null; by: string | null }
  /** The patient left: the room needs a terminal clean before the next one. */
  | { type: 'discharge'; at: number }
  | { type: 'isolation_started'; at: number }
  /** Isolation precautions ended: the room needs a terminal clean (CDC/HICPAC 2007). */
  | { type: 'isolation_ended'; at: number };

export type CleaningStateName = 'clean' | 'dirty' | 'in_progress' | 'needs_terminal_clean';

export interface CleaningRules {
  /** A daily clean is due this long after the last completed clean. */
  dailyCleanIntervalMs: number;
  /** A terminal clean is due this long after it became required (bed turnaround). */
  terminalCleanDueMs: number;
}

const HOUR = 3_600_000;

/** Daily cleaning of occupied rooms every 24 h; a discharge clean within 2 h keeps beds flowing. */
export const DEFAULT_CLEANING_RULES: Readonly<CleaningRules> = Object.freeze({ dailyCleanIntervalMs: 24 * HOUR, terminalCleanDueMs: 2 * HOUR });

export interface RoomCleaningState {
  state: CleaningStateName;
  /** A terminal clean is required (after a discharge or isolation) and not yet done. */
  terminalRequired: boolean;
  isolation: boolean;
  lastCleanedAt: number | null;
  lastTerminalCleanAt: number | null;
  /** When the next clean is due: the terminal deadline, or the daily one; null while nothing is known. */
  dueBy: number | null;
  overdue: boolean;
  lastVerification: { at: number; method: 'atp' | 'fluorescent'; passed: boolean; value: number | null } | null;
}

/**
 * Folds the room's events (any order; applied by time, ties in the given order) into its state at `now`.
 * A room with no completed clean on record is dirty: nobody can vouch for it.
 */
export function roomCleaningState(events: readonly RoomCleaningEvent[], rules: CleaningRules, now: number): RoomCleaningState {
  const ordered = events.map((event, index) => ({ event, index })).sort((a, b) => a.event.at - b.event.at || a.index - b.index);
  let base: 'clean' | 'dirty' = 'dirty';
  let inProgress: CleaningKind | null = null;
  let terminalRequired = false;
  let terminalRequiredAt: number | null = null;
  let isolation = false;
  let lastCleanedAt: number | null = null;
  let lastTerminalCleanAt: number | null = null;
  let lastVerification: RoomCleaningState['lastVerification'] = null;
  const requireTerminal = (at: number) => {
    if (!terminalRequired) terminalRequiredAt = at;
    terminalRequired = true;
  };

  for (const { event } of ordered) {
    if (event.at > now) break;
    switch (event.type) {
      case 'cleaning_started':
        inProgress = event.kind;
        break;
      case 'cleaning_completed':
        inProgress = null;
        // UV is an adjunct to a clean, not one: it is recorded, and changes nothing.
        if (event.kind === 'uv') break;
        if (event.kind === 'terminal') {
          terminalRequired = false;
          terminalRequiredAt = null;
          lastTerminalCleanAt = event.at;
        }
        lastCleanedAt = event.at;
        base = 'clean';
        break;
      case 'verification':
        lastVerification = { at: event.at, method: event.method, passed: event.passed, value: event.value };
        if (!event.passed) {
          base = 'dirty';
          // A failed check after a terminal clean means the terminal clean was not good enough.
          if (lastTerminalCleanAt !== null && lastTerminalCleanAt === lastCleanedAt) requireTerminal(event.at);
        }
        break;
      case 'discharge':
        requireTerminal(event.at);
        break;
      case 'isolation_started':
        isolation = true;
        break;
      case 'isolation_ended':
        isolation = false;
        requireTerminal(event.at);
        break;
    }
  }

  const state: CleaningStateName = inProgress !== null ? 'in_progress' : terminalRequired ? 'needs_terminal_clean' : base;
  const dueBy =
    terminalRequired && terminalRequiredAt !== null
      ? terminalRequiredAt + rules.terminalCleanDueMs
      : lastCleanedAt !== null
        ? lastCleanedAt + rules.dailyCleanIntervalMs
        : null;
  // A clean under way is not overdue; a dirty room with nothing on record is due now but has no deadline to miss.
  const overdue = state !== 'in_progress' && dueBy !== null && now > dueBy;
  return { state, terminalRequired, isolation, lastCleanedAt, lastTerminalCleanAt, dueBy, overdue, lastVerification };
}
