import { trendPoints } from './trend-points';

describe('trendPoints', () => {
  it('gives each day a bar of its compliance, and a day without opportunities none', () => {
    expect(
      trendPoints([
        { day: '2026-11-24', opportunities: 20, met: 9, metByBadge: 6, compliance: 0.45 },
        { day: '2026-11-25', opportunities: 0, met: 0, metByBadge: 0, compliance: null },
      ]),
    ).toEqual([
      { x: 0, value: 0.45, label: '2026-11-24: 45 % (9 of 20 met)' },
      { x: 1, value: null, label: '2026-11-25: no opportunities' },
    ]);
  });
});
