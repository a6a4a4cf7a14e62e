import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId, enter } from '../../../../testing/dom';
import { flushPromises } from '../../../../testing/fixtures';
import { serveHygienePlaces } from '../../../../testing/hygiene-fixtures';
import * as files from '../../../shared/save-file';
import { AuditReportTabComponent } from './audit-report-tab.component';

describe('AuditReportTabComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<AuditReportTabComponent>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [AuditReportTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AuditReportTabComponent);
    await fixture.whenStable();
    serveHygienePlaces(backend);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('waits for a unit, then downloads the PDF of the unit and period under the name the server gives', async () => {
    const save = jest.spyOn(files, 'saveFile').mockImplementation(() => undefined);
    expect((byTestId(fixture, 'audit-download-pdf') as HTMLButtonElement).disabled).toBe(true);
    enter(fixture, '[data-testid="audit-unit"]', 'Ward 1');
    await fixture.whenStable();
    byTestId(fixture, 'audit-download-pdf')?.click();
    const request = backend.expectOne((candidate) => candidate.url === '/api/hygiene/audit-report');
    const params = request.request.params;
    expect([params.get('unit'), params.get('format')]).toEqual(['Ward 1', 'pdf']);
    expect(Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '')).toBeGreaterThan(6 * 86_400_000);
    const pdf = new Blob(['%PDF-1.7']);
    request.flush(pdf, { headers: { 'Content-Disposition': 'attachment; filename="wardwatch-audit-Ward 1-2026-11-20-2026-11-26.pdf"' } });
    await flushPromises();
    await fixture.whenStable();
    expect(save).toHaveBeenCalledWith('wardwatch-audit-Ward 1-2026-11-20-2026-11-26.pdf', pdf, expect.anything());
    expect(byTestId(fixture, 'audit-saved')?.textContent).toContain('Saved wardwatch-audit-Ward 1-2026-11-20-2026-11-26.pdf.');
  });

  it('reads the server’s error out of the blob it answers', async () => {
    const save = jest.spyOn(files, 'saveFile').mockImplementation(() => undefined);
    enter(fixture, '[data-testid="audit-unit"]', 'Ward 1');
    await fixture.whenStable();
    byTestId(fixture, 'audit-download-csv')?.click();
    const request = backend.expectOne((candidate) => candidate.url === '/api/hygiene/audit-report');
    expect(request.request.params.get('format')).toBe('csv');
    request.flush(new Blob([JSON.stringify({ statusCode: 400, error: 'Bad Request', message: 'unit: no rooms belong to this unit' })]), { status: 400, statusText: 'Bad Request' });
    // Reading the blob's text takes a few turns of the event loop.
    for (let turn = 0; turn < 5 && !byTestId(fixture, 'audit-error'); turn++) {
      await flushPromises();
      await fixture.whenStable();
    }
    expect(byTestId(fixture, 'audit-error')?.textContent).toBe('unit: no rooms belong to this unit');
    expect(save).not.toHaveBeenCalled();
  });
});
