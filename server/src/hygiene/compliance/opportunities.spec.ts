import { opportunitiesOf } from './hand-hygiene-opportunities.js';
import { CARE_ROOMS, MINUTE, RULES, SECOND, stay, T0 } from './testing/compliance-fixtures.js';

describe('hand-hygiene opportunities', () => {
  it('are the entry and the exit of each stay in a care room, in time order, with the room’s rule', () => {
    const opportunities = opportunitiesOf(
      [stay('bob', 'room-3', T0 + MINUTE, T0 + 3 * MINUTE), stay('ann', 'room-1', T0, T0 + 2 * MINUTE)],
      CARE_ROOMS,
      RULES,
      T0 + 10 * MINUTE,
    );
    expect(opportunities.map((o) => [o.staffId, o.roomId, o.kind, o.at - T0, o.rule, o.unit])).toEqual([
      ['ann', 'room-1', 'entry', 0, 'standard', 'ward'],
      ['bob', 'room-3', 'entry', MINUTE, 'isolation', 'ward'],
      ['ann', 'room-1', 'exit', 2 * MINUTE, 'standard', 'ward'],
      ['bob', 'room-3', 'exit', 3 * MINUTE, 'isolation', 'ward'],
    ]);
    expect(opportunities[0]).toMatchObject({ id: `ann:room-1:entry:${T0}`, from: T0 - 30 * SECOND, to: T0 + 15 * SECOND, role: 'nurse', badgeId: 'badge-ann' });
  });

  it('ignore rooms that are not care rooms, and stays under the minimum (10 s)', () => {
    const opportunities = opportunitiesOf(
      [stay('ann', 'corridor', T0, T0 + MINUTE), stay('ann', 'room-1', T0, T0 + 9_999), stay('ann', 'room-2', T0, T0 + 10 * SECOND)],
      CARE_ROOMS,
      RULES,
      T0 + MINUTE,
    );
    expect(opportunities.map((o) => [o.roomId, o.kind])).toEqual([
      ['room-2', 'entry'],
      ['room-2', 'exit'],
    ]);
  });

  it('count a stay still going only by its entry, once it has lasted the minimum', () => {
    const ongoing = [stay('ann', 'room-1', T0, null)];
    expect(opportunitiesOf(ongoing, CARE_ROOMS, RULES, T0 + 9 * SECOND)).toEqual([]);
    expect(opportunitiesOf(ongoing, CARE_ROOMS, RULES, T0 + 10 * SECOND).map((o) => o.kind)).toEqual(['entry']);
  });
});
