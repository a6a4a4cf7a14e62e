import { isolationPeriodsOf, withIsolationFlags } from './isolation-periods.js';
import { opportunitiesOf } from './hand-hygiene-opportunities.js';
import { CARE_ROOMS, MINUTE, RULES, SECOND, T0, stay } from './testing/compliance-fixtures.js';

describe('isolation periods from the cleaning log', () => {
  it('open at a start and close at an end, per room, in time order whatever order the events come in', () => {
    const periods = isolationPeriodsOf([
      { roomId: 'room-1', type: 'isolation_ended', at: T0 + 30 * MINUTE },
      { roomId: 'room-1', type: 'isolation_started', at: T0 },
      { roomId: 'room-2', type: 'isolation_started', at: T0 + 5 * MINUTE },
      { roomId: 'room-1', type: 'isolation_started', at: T0 + 60 * MINUTE },
    ]);
    expect(periods).toEqual(
      new Map([
        ['room-1', [{ from: T0, to: T0 + 30 * MINUTE }, { from: T0 + 60 * MINUTE, to: null }]],
        ['room-2', [{ from: T0 + 5 * MINUTE, to: null }]],
      ]),
    );
  });

  it('ignore a second start while flagged and an end with no flag', () => {
    const periods = isolationPeriodsOf([
      { roomId: 'room-1', type: 'isolation_ended', at: T0 - MINUTE },
      { roomId: 'room-1', type: 'isolation_started', at: T0 },
      { roomId: 'room-1', type: 'isolation_started', at: T0 + MINUTE },
      { roomId: 'room-1', type: 'isolation_ended', at: T0 + 2 * MINUTE },
      { roomId: 'room-1', type: 'isolation_ended', at: T0 + 3 * MINUTE },
      { roomId: 'room-2', type: 'isolation_ended', at: T0 },
    ]);
    expect(periods).toEqual(new Map([['room-1', [{ from: T0, to: T0 + 2 * MINUTE }]]]));
  });

  it('move the door crossings made while flagged to the isolation windows, the start inclusive and the end exclusive', () => {
    const opportunities = opportunitiesOf([stay('ann', 'room-1', T0, T0 + MINUTE), stay('bob', 'room-3', T0, T0 + MINUTE)], CARE_ROOMS, RULES, T0 + MINUTE);
    const flagged = withIsolationFlags(opportunities, new Map([['room-1', [{ from: T0, to: T0 + MINUTE }]]]), RULES);
    expect(flagged.map((o) => [o.staffId, o.kind, o.rule, o.from - o.at, o.to - o.at])).toEqual([
      ['ann', 'entry', 'isolation', -90 * SECOND, 5 * SECOND],
      ['bob', 'entry', 'isolation', -90 * SECOND, 5 * SECOND], // room 3 is an isolation room by plan
      ['ann', 'exit', 'standard', -15 * SECOND, 30 * SECOND],
      ['bob', 'exit', 'isolation', -5 * SECOND, 60 * SECOND],
    ]);
  });
});
