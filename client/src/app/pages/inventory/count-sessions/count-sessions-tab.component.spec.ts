import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { signInAs } from '../../../../testing/auth';
import { byTestId, enter, textOf } from '../../../../testing/dom';
import { PHARMACIST } from '../../../../testing/fixtures';
import { ICU_CABINET, bin } from '../../../../testing/inventory-fixtures';
import type { CountSession, Reconciliation } from '../../../core/api/inventory.models';
import { CountSessionsTabComponent } from './count-sessions-tab.component';

const session = (reconciliation: Reconciliation, overrides: Partial<CountSession> = {}): CountSession => ({
  id: 3,
  scope: 'Unit: Intensive care unit',
  cabinetIds: [ICU_CABINET.id],
  status: 'open',
  startedBy: 'pia',
  startedAt: '2026-11-26T09:00:00.000Z',
  signedOffBy: null,
  signedOffAt: null,
  reconciliation,
  ...overrides,
});
const summary = (lines: Reconciliation['lines']): Reconciliation => ({
  lines,
  counted: lines.filter((l) => l.state !== 'not_counted').length,
  matched: lines.filter((l) => l.state === 'match').length,
  mismatched: lines.filter((l) => l.state === 'mismatch').length,
  notCounted: lines.filter((l) => l.state === 'not_counted').length,
  unitsMissing: 1,
  unitsFound: 0,
  complete: lines.every((l) => l.state !== 'not_counted'),
});

describe('CountSessionsTabComponent', () => {
  let fixture: ComponentFixture<CountSessionsTabComponent>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [CountSessionsTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    await signInAs(PHARMACIST);
    fixture = TestBed.createComponent(CountSessionsTabComponent);
    backend.expectOne('/api/inventory/cabinets').flush([ICU_CABINET]);
    backend.expectOne('/api/inventory/bins').flush([bin(1), bin(2)]);
    backend.expectOne('/api/inventory/count-sessions').flush([]);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('starts a count for a unit, takes blind counts, shows the reconciliation and signs off once all are counted', async () => {
    enter(fixture, '[data-testid="session-unit"]', 'Intensive care unit');
    await fixture.whenStable();
    byTestId(fixture, 'session-start')?.click();
    const started = backend.expectOne({ method: 'POST', url: '/api/inventory/count-sessions' });
    expect(started.request.body).toEqual({ unit: 'Intensive care unit' });
    started.flush(session(summary([{ binId: 1, expected: 6, counted: null, delta: null, state: 'not_counted' }, { binId: 2, expected: 6, counted: null, delta: null, state: 'not_counted' }])));
    backend.expectOne('/api/inventory/count-sessions').flush([]);
    await fixture.whenStable();
    // Blind: the expected count is not shown before the bin is counted.
    expect(byTestId(fixture, 'session-line-1')?.textContent).not.toContain('6');
    expect((byTestId(fixture, 'session-sign-off') as HTMLButtonElement).disabled).toBe(true);

    enter(fixture, '[data-testid="session-count-1"]', '5');
    enter(fixture, '[data-testid="session-count-2"]', '6');
    await fixture.whenStable();
    byTestId(fixture, 'session-save-counts')?.click();
    const counts = backend.expectOne({ method: 'POST', url: '/api/inventory/count-sessions/3/counts' });
    expect(counts.request.body).toEqual({ counts: [{ binId: 1, count: 5, method: 'blind' }, { binId: 2, count: 6, method: 'blind' }] });
    counts.flush(session(summary([{ binId: 1, expected: 6, counted: 5, delta: -1, state: 'mismatch' }, { binId: 2, expected: 6, counted: 6, delta: 0, state: 'match' }])));
    backend.expectOne('/api/inventory/count-sessions').flush([]);
    await fixture.whenStable();
    expect(byTestId(fixture, 'session-summary')?.textContent).toContain('2 of 2 counted · 1 match · 1 differ');
    expect(byTestId(fixture, 'session-line-1')?.textContent).toContain('-1');

    byTestId(fixture, 'session-sign-off')?.click();
    backend.expectOne({ method: 'POST', url: '/api/inventory/count-sessions/3/sign-off' }).flush(
      session(summary([{ binId: 1, expected: 6, counted: 5, delta: -1, state: 'mismatch' }]), { status: 'signed_off', signedOffBy: 'pia', signedOffAt: '2026-11-26T09:30:00.000Z' }),
    );
    backend.expectOne('/api/inventory/count-sessions').flush([]);
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('signed off by pia');
    expect(byTestId(fixture, 'session-sign-off')).toBeNull();
  });
});
