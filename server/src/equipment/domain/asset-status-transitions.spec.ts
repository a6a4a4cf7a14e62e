import { ASSET_STATUSES, allowedTargets, transitionProblem, type AssetStatus } from './asset-status.js';

/**
 * Every (from, to) pair, written out by hand as a matrix so the table in asset-status.ts is checked
 * against an independent statement of the rules. Rows: from; columns: to; `x` allowed, `.` refused.
 */
const COLUMNS: AssetStatus[] = ['available', 'in_use', 'soiled', 'cleaning', 'maintenance', 'missing', 'retired'];
const MATRIX: Record<AssetStatus, string> = {
  //            av in so cl ma mi re
  available: '  .  x  x  .  x  x  x',
  in_use: '     x  .  x  .  .  x  .',
  soiled: '     .  .  .  x  .  x  .',
  cleaning: '   x  .  x  .  .  .  .',
  maintenance: 'x  .  .  .  .  .  x',
  missing: '    x  .  x  .  x  .  .',
  retired: '    .  .  .  .  .  .  .',
};

const pairs = ASSET_STATUSES.flatMap((from) =>
  COLUMNS.map((to, column) => ({ from, to, allowed: MATRIX[from].trim().split(/\s+/)[column] === 'x' })),
);

describe('asset status transitions', () => {
  it('covers all 49 pairs of the seven statuses', () => {
    expect(COLUMNS).toEqual([...ASSET_STATUSES]);
    expect(pairs).toHaveLength(49);
  });

  it.each(pairs.filter((p) => p.allowed))('allows $from → $to', ({ from, to }) => {
    expect(transitionProblem(from, to)).toBeNull();
    expect(allowedTargets(from)).toContain(to);
  });

  it.each(pairs.filter((p) => !p.allowed))('refuses $from → $to, naming what is allowed instead', ({ from, to }) => {
    const problem = transitionProblem(from, to);
    expect(problem).not.toBeNull();
    expect(allowedTargets(from)).not.toContain(to);
    for (const target of allowedTargets(from)) expect(problem).toContain(target);
  });

  it('says plainly that a status is already set, and that retired is final', () => {
    expect(transitionProblem('soiled', 'soiled')).toBe('is already soiled (allowed from soiled: cleaning, missing)');
    expect(transitionProblem('retired', 'available')).toBe('cannot change from retired to available (retired is final: no status change is allowed)');
  });

  it('sends soiled equipment through cleaning before service or biomed', () => {
    for (const target of ['available', 'in_use', 'maintenance'] as const) expect(transitionProblem('soiled', target)).not.toBeNull();
    expect(transitionProblem('in_use', 'cleaning')).not.toBeNull();
  });
});
