import { complianceReadRange, daysFromTo, opportunitiesInRange } from './compliance-range.js';
import { DEFAULT_COMPLIANCE_RULES } from './compliance-rules.js';
import { opportunitiesOf } from './hand-hygiene-opportunities.js';
import { CARE_ROOMS, MINUTE, RULES, SECOND, T0, stay } from './testing/compliance-fixtures.js';

describe('what a compliance report reads', () => {
  const [from, to] = [T0, T0 + 60 * MINUTE];

  it('reads activations from the widest window before to the widest after (isolation entry 90 s, exit 60 s by default)', () => {
    expect(complianceReadRange(from, to, DEFAULT_COMPLIANCE_RULES, to + 60 * MINUTE)).toEqual({
      staysFrom: from,
      staysTo: to + 10 * SECOND,
      asOf: to + 10 * SECOND,
      activationsFrom: from - 90 * SECOND,
      activationsTo: to + 60 * SECOND,
    });
  });

  it('takes the widest window of whichever rule and kind has it', () => {
    const rules = { ...RULES, standard: { entry: { beforeMs: 5 * MINUTE, afterMs: 0 }, exit: { beforeMs: 0, afterMs: 7 * MINUTE } }, minimumStayMs: 0 };
    const range = complianceReadRange(from, to, rules, to + MINUTE);
    expect([range.activationsFrom, range.activationsTo, range.staysTo]).toEqual([from - 5 * MINUTE, to + 7 * MINUTE, to]);
  });

  it('judges stays still going no further than now', () => {
    expect(complianceReadRange(from, to, RULES, from + 5 * MINUTE).asOf).toBe(from + 5 * MINUTE);
  });
});

describe('opportunities of the range', () => {
  it('are the door crossings in [from, to): a stay entered before from gives its exit, one leaving at to gives its entry only', () => {
    const [from, to] = [T0, T0 + 10 * MINUTE];
    const stays = [stay('ann', 'room-1', from - MINUTE, from + MINUTE), stay('bob', 'room-2', from, to), stay('cat', 'room-1', to - MINUTE, to + MINUTE), stay('ann', 'room-2', to, to + MINUTE)];
    const inRange = opportunitiesInRange(opportunitiesOf(stays, CARE_ROOMS, RULES, to + MINUTE), from, to);
    expect(inRange.map((o) => [o.staffId, o.kind, o.at - from])).toEqual([
      ['bob', 'entry', 0],
      ['ann', 'exit', MINUTE],
      ['cat', 'entry', 9 * MINUTE],
    ]);
  });
});

describe('the days of a trend', () => {
  it('lists every day from the first to the last, across month, year and leap-day ends', () => {
    expect(daysFromTo('2026-03-30', '2026-04-02')).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']);
    expect(daysFromTo('2027-12-31', '2028-01-01')).toEqual(['2027-12-31', '2028-01-01']);
    expect(daysFromTo('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(daysFromTo('2026-05-05', '2026-05-05')).toEqual(['2026-05-05']);
  });
});
