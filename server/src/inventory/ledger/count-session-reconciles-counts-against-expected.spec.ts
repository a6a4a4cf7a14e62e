import { reconcileSession } from './count-session.js';

describe('a count session reconciles its counts against what the ledger expected', () => {
  const bins = [
    { binId: 1, expectedNow: 10 },
    { binId: 2, expectedNow: 4 },
    { binId: 3, expectedNow: 7 },
  ];

  it('matches, flags mismatches with units missing and found, and lists what is not counted yet', () => {
    const result = reconcileSession(bins, [
      { binId: 1, expected: 10, counted: 10, at: 1 },
      { binId: 2, expected: 5, counted: 3, at: 2 },
    ]);
    expect(result).toEqual({
      lines: [
        { binId: 1, expected: 10, counted: 10, delta: 0, state: 'match' },
        { binId: 2, expected: 5, counted: 3, delta: -2, state: 'mismatch' },
        { binId: 3, expected: 7, counted: null, delta: null, state: 'not_counted' },
      ],
      counted: 2,
      matched: 1,
      mismatched: 1,
      notCounted: 1,
      unitsMissing: 2,
      unitsFound: 0,
      complete: false,
    });
  });

  it('takes the latest recount of a bin, and is complete once every bin is counted', () => {
    const result = reconcileSession(bins, [
      { binId: 1, expected: 10, counted: 9, at: 1 },
      { binId: 1, expected: 9, counted: 9, at: 5 },
      { binId: 2, expected: 4, counted: 4, at: 2 },
      { binId: 3, expected: 7, counted: 8, at: 3 },
    ]);
    expect(result).toMatchObject({ matched: 2, mismatched: 1, unitsFound: 1, complete: true });
  });
});
