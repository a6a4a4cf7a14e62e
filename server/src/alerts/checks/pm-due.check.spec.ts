import { pmDueConditions, type MaintenanceDue } from './pm-due.check.js';

const due = (assetId: string, daysUntilDue: number, dueDate = '2025-03-17'): MaintenanceDue => ({
  assetId,
  name: `Asset ${assetId}`,
  dueDate,
  daysUntilDue,
  floorId: 'f-1',
  roomId: 'r-1',
});
const bucket = (daysUntilDue: number) => pmDueConditions([due('1', daysUntilDue)])[0]?.severity ?? 'none';

describe('pmDueConditions', () => {
  it('puts due dates in three buckets: later, due within 14 days, overdue', () => {
    expect(bucket(15)).toBe('none');
    expect(bucket(14)).toBe('warning'); // the 14th day ahead is within
    expect(bucket(1)).toBe('warning');
    expect(bucket(0)).toBe('warning'); // due today: not yet overdue
    expect(bucket(-1)).toBe('critical'); // due yesterday
    expect(bucket(-400)).toBe('critical');
  });

  it('says when it is due and whether it is overdue', () => {
    expect(pmDueConditions([due('9', 3)])).toEqual([
      {
        kind: 'equipment.pm_due',
        key: 'equipment.pm_due:asset:9',
        severity: 'warning',
        title: 'Asset 9: preventive maintenance due',
        detail: { assetName: 'Asset 9', dueDate: '2025-03-17', overdue: false },
        subjectType: 'asset',
        subjectId: '9',
        floorId: 'f-1',
        roomId: 'r-1',
      },
    ]);
    expect(pmDueConditions([due('9', -13, '2025-03-01')])[0]).toMatchObject({
      severity: 'critical',
      title: 'Asset 9: preventive maintenance overdue',
      detail: { dueDate: '2025-03-01', overdue: true },
    });
  });

  it('escalates the same condition from warning to critical as the date passes', () => {
    const [before, after] = [pmDueConditions([due('9', 0)])[0], pmDueConditions([due('9', -1)])[0]];
    expect(after.key).toBe(before.key);
    expect([before.severity, after.severity]).toEqual(['warning', 'critical']);
  });

  it('uses another horizon when asked', () => {
    expect(pmDueConditions([due('1', 20)], 30)).toHaveLength(1);
    expect(pmDueConditions([due('1', 20)])).toEqual([]);
  });
});
