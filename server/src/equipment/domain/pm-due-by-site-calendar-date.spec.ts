import { dateIn, daysBetween, pmDueWithin } from './pm-due.js';

describe('preventive maintenance due by calendar date', () => {
  const assets = [
    { id: 'overdue', pmDueDate: '2025-01-02' },
    { id: 'today', pmDueDate: '2025-01-06' },
    { id: 'in-30-days', pmDueDate: '2025-02-05' },
    { id: 'in-31-days', pmDueDate: '2025-02-06' },
    { id: 'no-date', pmDueDate: null },
  ];

  it('lists overdue and due-within assets, soonest first, and nothing without a date', () => {
    const due = pmDueWithin(assets, '2025-01-06', 30);
    expect(due.map((d) => [d.asset.id, d.daysUntilDue, d.overdue])).toEqual([
      ['overdue', -4, true],
      ['today', 0, false],
      ['in-30-days', 30, false],
    ]);
  });

  it('with 0 days lists what is due today or overdue', () => {
    expect(pmDueWithin(assets, '2025-01-06', 0).map((d) => d.asset.id)).toEqual(['overdue', 'today']);
  });

  it("takes today's date in the site's time zone, across a month and a clock change", () => {
    // 23:30 UTC on 31 March 2025 is already 1 April in London (BST began on 30 March).
    const instant = Date.UTC(2025, 2, 31, 23, 30);
    expect(dateIn('Europe/London', instant)).toBe('2025-04-01');
    expect(dateIn('UTC', instant)).toBe('2025-03-31');
    expect(daysBetween('2025-03-29', '2025-04-01')).toBe(3);
  });
});
