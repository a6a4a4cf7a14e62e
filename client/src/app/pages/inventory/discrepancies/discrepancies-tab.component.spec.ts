import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { signInAs } from '../../../../testing/auth';
import { byTestId, enter, textOf } from '../../../../testing/dom';
import { PHARMACIST, VIEWER } from '../../../../testing/fixtures';
import { MORPHINE_DISCREPANCY } from '../../../../testing/inventory-fixtures';
import type { User } from '../../../core/api/auth.models';
import { DiscrepanciesTabComponent } from './discrepancies-tab.component';

describe('DiscrepanciesTabComponent', () => {
  let fixture: ComponentFixture<DiscrepanciesTabComponent>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [DiscrepanciesTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function openAs(user: User): Promise<void> {
    await signInAs(user);
    fixture = TestBed.createComponent(DiscrepanciesTabComponent);
    backend.expectOne('/api/inventory/discrepancies?state=open').flush([MORPHINE_DISCREPANCY]);
    await fixture.whenStable();
  }

  async function fillIn(reason: string, witness: string, password: string): Promise<void> {
    byTestId(fixture, 'resolve-7')?.click();
    await fixture.whenStable();
    enter(fixture, '[data-testid="resolve-reason"]', reason);
    enter(fixture, '[data-testid="resolve-witness-username"]', witness);
    enter(fixture, '[data-testid="resolve-witness-password"]', password);
    byTestId(fixture, 'resolve-submit')?.click();
    await fixture.whenStable();
  }

  it('shows the queue to every role; only pharmacy and admins resolve', async () => {
    await openAs(VIEWER);
    expect(byTestId(fixture, 'discrepancy-row-7')?.textContent).toContain('Morphine sulfate 10 mg/mL ampoule');
    expect(byTestId(fixture, 'discrepancy-row-7')?.textContent).toContain('-1');
    expect(byTestId(fixture, 'resolve-7')).toBeNull();
  });

  it('refuses the pharmacist as their own witness before asking the server', async () => {
    await openAs(PHARMACIST);
    await fillIn('Ampoule broken at withdrawal', 'PIA', 'own-password');
    expect(byTestId(fixture, 'resolve-problem')?.textContent).toContain('The witness must be someone else.');
  });

  it('resolves with the reason and the second pharmacist’s credentials, and shows the server’s refusal otherwise', async () => {
    await openAs(PHARMACIST);
    await fillIn('Ampoule broken at withdrawal', 'jlee', 'wrong');
    const refused = backend.expectOne({ method: 'POST', url: '/api/inventory/discrepancies/7/resolve' });
    expect(refused.request.body).toEqual({ reason: 'Ampoule broken at withdrawal', witnessUsername: 'jlee', witnessPassword: 'wrong' });
    refused.flush(
      { statusCode: 400, error: 'Bad Request', message: 'witnessPassword does not match the witness username (or the account is inactive)' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(byTestId(fixture, 'resolve-error')?.textContent).toContain('does not match the witness username');
    expect((byTestId(fixture, 'resolve-witness-password') as HTMLInputElement).value).toBe('');

    enter(fixture, '[data-testid="resolve-witness-password"]', 'right');
    byTestId(fixture, 'resolve-submit')?.click();
    backend
      .expectOne({ method: 'POST', url: '/api/inventory/discrepancies/7/resolve' })
      .flush({ ...MORPHINE_DISCREPANCY, resolvedAt: '2026-11-26T09:00:00.000Z', resolvedBy: 'pia', witnessedBy: 'jlee', reason: 'Ampoule broken at withdrawal' });
    backend.expectOne('/api/inventory/discrepancies?state=open').flush([]);
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('Resolved: Morphine sulfate 10 mg/mL ampoule, witnessed by jlee.');
    expect(textOf(fixture)).toContain('No open discrepancies.');
  });
});
