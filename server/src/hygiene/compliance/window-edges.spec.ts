import { attributeActivations } from './attribute-activations.js';
import { opportunitiesOf } from './hand-hygiene-opportunities.js';
import { activation, CARE_ROOMS, DISPENSER_ROOMS, MINUTE, RULES, SECOND, stay, T0 } from './testing/compliance-fixtures.js';

/** Whether one activation at `offsetMs` from the door crossing meets the entry or exit of a stay in `roomId`. */
function meets(roomId: string, kind: 'entry' | 'exit', offsetMs: number): boolean {
  const enteredAt = T0;
  const leftAt = T0 + 5 * MINUTE;
  const [entry, exit] = opportunitiesOf([stay('ann', roomId, enteredAt, leftAt)], CARE_ROOMS, RULES, leftAt + MINUTE);
  const dispenser = roomId === 'room-3' ? 'disp-3' : 'disp-1';
  const opportunity = kind === 'entry' ? entry : exit;
  const [attribution] = attributeActivations([opportunity], [activation(dispenser, opportunity.at + offsetMs)], DISPENSER_ROOMS);
  return attribution.activationId !== null;
}

describe('the windows, at their edges', () => {
  it.each([
    // Standard room, entry: 30 s before to 15 s after the door crossing.
    ['room-1', 'entry', -30 * SECOND, true],
    ['room-1', 'entry', -30 * SECOND - 1, false],
    ['room-1', 'entry', 15 * SECOND, true],
    ['room-1', 'entry', 15 * SECOND + 1, false],
    ['room-1', 'entry', 0, true],
    // Standard room, exit: 15 s before to 30 s after.
    ['room-1', 'exit', -15 * SECOND, true],
    ['room-1', 'exit', -15 * SECOND - 1, false],
    ['room-1', 'exit', 30 * SECOND, true],
    ['room-1', 'exit', 30 * SECOND + 1, false],
    // Isolation room, entry: 90 s before (outside, before PPE) to 5 s after.
    ['room-3', 'entry', -90 * SECOND, true],
    ['room-3', 'entry', -90 * SECOND - 1, false],
    ['room-3', 'entry', 5 * SECOND, true],
    ['room-3', 'entry', 6 * SECOND, false],
    // Isolation room, exit: 5 s before to 60 s after (after taking PPE off).
    ['room-3', 'exit', -5 * SECOND, true],
    ['room-3', 'exit', -6 * SECOND, false],
    ['room-3', 'exit', 60 * SECOND, true],
    ['room-3', 'exit', 60 * SECOND + 1, false],
  ] as const)('%s %s, activation at %i ms: met %s', (roomId, kind, offsetMs, expected) => {
    expect(meets(roomId, kind, offsetMs)).toBe(expected);
  });
});
