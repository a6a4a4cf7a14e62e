import { replayLedger } from './bin-ledger.js';
import { resolutionIssues, wasteIssues } from './controlled-substances.js';

const pharmacist = { username: 'ppatel', role: 'pharmacy' };
const secondPharmacist = { username: 'jlee', role: 'pharmacy' };
const nurse = { username: 'nurse', role: 'viewer' };
const admin = { username: 'admin', role: 'admin' };
const reason = 'Ampoule broken at withdrawal, not documented as waste';

describe('a controlled-substance discrepancy (morphine 2 mg/mL, schedule II)', () => {
  // 10 restocked, 3 withdrawn, the sensor counts 6: one ampoule unaccounted for.
  const { mismatches } = replayLedger([
    { type: 'transaction', kind: 'restock', quantity: 10, at: 1, lot: { lotNumber: 'MS2401', expiry: '2027-01-31' } },
    { type: 'transaction', kind: 'withdraw', quantity: 3, at: 2, user: 'nurse' },
    { type: 'count', method: 'sensor', count: 6, at: 3 },
  ]);

  it('is found by the count', () => {
    expect(mismatches).toEqual([{ index: 2, expected: 7, counted: 6, delta: -1, method: 'sensor', at: 3 }]);
  });

  it('is resolved by a pharmacist with a reason and a second pharmacist as witness', () => {
    expect(resolutionIssues(true, { reason, resolver: pharmacist, witness: secondPharmacist })).toEqual([]);
  });

  it('is refused without a witness', () => {
    expect(resolutionIssues(true, { reason, resolver: pharmacist, witness: null })).toEqual([
      { field: 'witness', message: 'is required: a second pharmacy user witnesses every controlled-substance resolution' },
    ]);
  });

  it('is refused when the pharmacist witnesses their own resolution (any letter case)', () => {
    expect(resolutionIssues(true, { reason, resolver: pharmacist, witness: { username: 'PPatel', role: 'pharmacy' } })).toEqual([
      { field: 'witness', message: 'must be a different person from the one resolving' },
    ]);
  });

  it('is refused with a witness who is not pharmacy, or a resolver who is not (admins included)', () => {
    expect(resolutionIssues(true, { reason, resolver: pharmacist, witness: nurse })).toEqual([{ field: 'witness', message: 'must be a pharmacy user' }]);
    expect(resolutionIssues(true, { reason, resolver: admin, witness: secondPharmacist }).map((i) => i.field)).toEqual(['resolver']);
  });

  it('is refused without a reason', () => {
    expect(resolutionIssues(true, { reason: '  ', resolver: pharmacist, witness: secondPharmacist }).map((i) => i.field)).toEqual(['reason']);
  });
});

describe('a discrepancy on an uncontrolled item (saline flush)', () => {
  it('is resolved by one pharmacy or admin user with a reason, no witness needed', () => {
    expect(resolutionIssues(false, { reason: 'Restock not scanned', resolver: pharmacist, witness: null })).toEqual([]);
    expect(resolutionIssues(false, { reason: 'Restock not scanned', resolver: admin, witness: null })).toEqual([]);
    expect(resolutionIssues(false, { reason: 'Restock not scanned', resolver: nurse, witness: null }).map((i) => i.field)).toEqual(['resolver']);
  });
});

describe('wasting a controlled substance', () => {
  it('needs a witness who is not the one wasting', () => {
    expect(wasteIssues(true, 'nurse1', 'nurse2')).toEqual([]);
    expect(wasteIssues(true, 'nurse1', null)).toEqual([{ field: 'witness', message: 'is required to waste a controlled substance' }]);
    expect(wasteIssues(true, 'nurse1', 'NURSE1')).toEqual([{ field: 'witness', message: 'must be a different person from the one wasting' }]);
    expect(wasteIssues(false, 'nurse1', null)).toEqual([]);
  });
});
