import { alertCondition, type AlertCondition } from '../alert-condition.js';
import { diffConditions, type OpenAlertState } from './diff-conditions.js';

const condition = (subjectId: string, overrides: Partial<AlertCondition> = {}): AlertCondition => ({
  ...alertCondition({
    kind: 'equipment.pm_due',
    subjectType: 'asset',
    subjectId,
    severity: 'warning',
    title: `Asset ${subjectId}: preventive maintenance due`,
    detail: { dueAt: '2025-03-20T00:00:00.000Z', overdue: false },
    floorId: 'f-1',
    roomId: 'r-1',
  }),
  ...overrides,
});
const openAlert = (id: number, c: AlertCondition): OpenAlertState => ({
  id,
  key: c.key,
  severity: c.severity,
  title: c.title,
  detail: c.detail,
  floorId: c.floorId,
  roomId: c.roomId,
});

describe('diffConditions', () => {
  it('raises new conditions, confirms unchanged ones and clears the ones that are gone', () => {
    const open = [openAlert(1, condition('a')), openAlert(2, condition('b'))];
    const diff = diffConditions([condition('a'), condition('c')], open);
    expect(diff.raise.map((c) => c.subjectId)).toEqual(['c']);
    expect(diff.confirm).toEqual([1]);
    expect(diff.update).toEqual([]);
    expect(diff.clear.map((a) => a.id)).toEqual([2]);
  });

  it('changes nothing when the same conditions are found again (a check that runs twice)', () => {
    const active = [condition('a'), condition('b')];
    const first = diffConditions(active, []);
    const open = first.raise.map((c, i) => openAlert(i + 1, c));
    expect(diffConditions(active, open)).toEqual({ raise: [], update: [], confirm: [1, 2], clear: [] });
  });

  it('updates an open alert whose severity, title, place or detail changed', () => {
    const before = condition('a');
    const open = [openAlert(5, before)];
    for (const changed of [
      condition('a', { severity: 'critical' }),
      condition('a', { title: 'other' }),
      condition('a', { floorId: 'f-2' }),
      condition('a', { roomId: null }),
      condition('a', { detail: { dueAt: '2025-03-20T00:00:00.000Z', overdue: true } }),
    ]) {
      expect(diffConditions([changed], open)).toEqual({ raise: [], update: [{ id: 5, condition: changed }], confirm: [], clear: [] });
    }
  });

  it('does not see a change in a detail whose keys come back in another order', () => {
    const open = [{ ...openAlert(5, condition('a')), detail: { overdue: false, dueAt: '2025-03-20T00:00:00.000Z' } }];
    expect(diffConditions([condition('a')], open).confirm).toEqual([5]);
  });

  it('counts a key listed twice once', () => {
    const diff = diffConditions([condition('a'), condition('a', { severity: 'critical' })], []);
    expect(diff.raise).toEqual([condition('a')]);
  });

  it('clears everything when nothing is active', () => {
    const open = [openAlert(1, condition('a')), openAlert(2, condition('b'))];
    expect(diffConditions([], open).clear.map((a) => a.id)).toEqual([1, 2]);
  });
});
