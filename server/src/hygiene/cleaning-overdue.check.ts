import { alertCondition, type AlertCondition } from '../alerts/alert-condition.js';
import { CLEANING_OVERDUE } from './hygiene-alert-kinds.js';
import type { RoomCleaningEntry } from './room-cleaning.service.js';

/**
 * One `hygiene.cleaning_overdue` condition per room whose clean is overdue at the time of the board:
 * critical for a terminal clean (a discharged or isolation room waiting), warning for a daily one. Pure.
 */
export function cleaningOverdueConditions(board: readonly RoomCleaningEntry[]): AlertCondition[] {
  return board
    .filter(({ state }) => state.overdue && state.dueBy !== null)
    .map(({ room, state }) =>
      alertCondition({
        kind: CLEANING_OVERDUE,
        subjectType: 'room',
        subjectId: room.id,
        severity: state.terminalRequired ? 'critical' : 'warning',
        title: `${room.name}: ${state.terminalRequired ? 'terminal' : 'daily'} clean overdue`,
        detail: { roomName: room.name, unit: room.unit, state: state.state, terminalRequired: state.terminalRequired, dueBy: new Date(state.dueBy as number).toISOString() },
        floorId: room.floorId,
        roomId: room.id,
      }),
    );
}
