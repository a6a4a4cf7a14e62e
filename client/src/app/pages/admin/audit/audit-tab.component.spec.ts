import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId, textOf } from '../../../../testing/dom';
import type { AuditEntry } from '../../../core/api/admin.models';
import { AUDIT_PAGE_SIZE, AuditTabComponent } from './audit-tab.component';

function entries(fromId: number, count: number): AuditEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    id: fromId - index,
    at: '2026-02-01T12:00:00Z',
    actor: 'user:ada',
    action: 'user.update',
    target: 'user:nina',
    details: { role: 'biomed' },
  }));
}

describe('AuditTabComponent', () => {
  let fixture: ComponentFixture<AuditTabComponent>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [AuditTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditTabComponent);
  });

  afterEach(() => backend.verify());

  const pageRequest = (query: string) =>
    backend.expectOne((request) => request.urlWithParams === `/api/admin/audit?${query}`);

  it('loads the latest page, then older entries before the last one shown', async () => {
    pageRequest(`limit=${AUDIT_PAGE_SIZE}`).flush(entries(200, AUDIT_PAGE_SIZE));
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelectorAll('tbody tr')).toHaveLength(AUDIT_PAGE_SIZE);
    expect(textOf(fixture)).toContain('role: biomed');
    expect(textOf(fixture)).not.toContain('Refused');

    byTestId(fixture, 'audit-load-more')?.click();
    pageRequest(`limit=${AUDIT_PAGE_SIZE}&before=151`).flush(entries(150, 3));
    await fixture.whenStable();

    const ids = [...fixture.nativeElement.querySelectorAll('tbody tr')].map((row) => (row as HTMLElement).dataset['testid']);
    expect(ids).toHaveLength(AUDIT_PAGE_SIZE + 3);
    expect(ids.slice(-3)).toEqual(['audit-row-150', 'audit-row-149', 'audit-row-148']);
    expect(byTestId(fixture, 'audit-load-more')).toBeNull();
    expect(textOf(fixture)).toContain('That is the oldest entry.');
  });

  it('marks actions the server refused', async () => {
    pageRequest(`limit=${AUDIT_PAGE_SIZE}`).flush([{ ...entries(9, 1)[0], action: 'auth.login', outcome: 'failure' }]);
    await fixture.whenStable();
    expect(byTestId(fixture, 'audit-row-9')?.textContent).toContain('Refused');
  });

  it('reports a failure and can try again', async () => {
    pageRequest(`limit=${AUDIT_PAGE_SIZE}`).flush({ statusCode: 403, message: 'Forbidden resource' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role="alert"]')?.textContent).toContain('Forbidden resource');

    (fixture.nativeElement.querySelector('.more button') as HTMLButtonElement).click();
    pageRequest(`limit=${AUDIT_PAGE_SIZE}`).flush([]);
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('Nothing has been recorded yet.');
  });
});
