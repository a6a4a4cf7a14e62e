import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, type TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { signInAs } from '../../../../testing/auth';
import { fakeCsvDownloads, type SavedCsv } from '../../../../testing/csv-downloads';
import { byTestId, enter } from '../../../../testing/dom';
import { INFECTION_NURSE, VIEWER } from '../../../../testing/fixtures';
import { complianceReport, serveHygienePlaces } from '../../../../testing/hygiene-fixtures';
import type { GroupLevelReport } from '../../../core/api/hygiene.models';
import { ComplianceTabComponent } from './compliance-tab.component';

const GROUP_LEVEL: GroupLevelReport = {
  from: '2026-11-20T00:00:00.000Z',
  to: '2026-11-26T09:30:00.000Z',
  unit: null,
  by: 'unit',
  total: { doorEntries: 200, estimatedOpportunities: 400, activations: 150, compliance: 0.375 },
  groups: [{ key: 'Ward 1', label: 'Ward 1', doorEntries: 200, estimatedOpportunities: 400, activations: 150, compliance: 0.375 }],
};

describe('ComplianceTabComponent', () => {
  let backend: HttpTestingController;
  let saved: SavedCsv[];

  const complianceRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/hygiene/compliance');
  const groupLevelRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/hygiene/compliance/group-level');

  async function open(user = INFECTION_NURSE): Promise<ComponentFixture<ComplianceTabComponent>> {
    const downloads = fakeCsvDownloads();
    saved = downloads.saved;
    TestBed.configureTestingModule({ imports: [ComplianceTabComponent], providers: [provideHttpClient(), provideHttpClientTesting(), downloads.provider] });
    backend = TestBed.inject(HttpTestingController);
    await signInAs(user);
    const fixture = TestBed.createComponent(ComplianceTabComponent);
    await fixture.whenStable();
    serveHygienePlaces(backend);
    return fixture;
  }

  afterEach(() => backend.verify());

  it('asks for the last 7 days by unit and shows the total, the daily bars and the groups, a dash where there were no opportunities', async () => {
    const fixture = await open();
    const request = complianceRequest();
    expect(request.request.params.get('by')).toBe('unit');
    expect(request.request.params.has('unit')).toBe(false);
    const from = new Date(request.request.params.get('from') ?? '');
    expect(Date.parse(request.request.params.get('to') ?? '') - from.getTime()).toBeGreaterThan(6 * 86_400_000);
    expect([from.getHours(), from.getMinutes()]).toEqual([0, 0]);
    request.flush(complianceReport());
    groupLevelRequest().flush(GROUP_LEVEL);
    await fixture.whenStable();

    expect(byTestId(fixture, 'compliance-total-percent')?.textContent).toBe('40 %');
    expect(['opportunities', 'met', 'by-badge', 'activations'].map((figure) => byTestId(fixture, `compliance-total-${figure}`)?.textContent)).toEqual(['45', '18', '12', '31']);
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="compliance-trend"] rect')).toHaveLength(1);
    expect(byTestId(fixture, 'compliance-no-trend')).toBeNull();
    const rows = [...(byTestId(fixture, 'compliance-groups')?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['Ward 1', '45 %', '40', '18', '12'],
      ['Intensive care unit', '0 %', '5', '0', '0'],
      ['Emergency department', '—', '0', '0', '0'],
    ]);
    expect(byTestId(fixture, 'compliance-rules')?.textContent?.replace(/\s+/g, ' ')).toContain('A room entry counts as met with a dispenser use from 2 min before to 1 min after it');
    expect([...(byTestId(fixture, 'group-level-Ward 1')?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.trim())).toEqual(['Ward 1', '38 %', '200', '400', '150']);
  });

  it('asks again by the unit and grouping chosen; group-level figures follow by room or day, and stay by unit otherwise', async () => {
    const fixture = await open();
    complianceRequest().flush(complianceReport());
    groupLevelRequest().flush(GROUP_LEVEL);
    await fixture.whenStable();

    enter(fixture, '[data-testid="compliance-unit"]', 'Ward 1');
    enter(fixture, '[data-testid="compliance-by"]', 'room');
    await fixture.whenStable();
    const byRoom = complianceRequest();
    expect([byRoom.request.params.get('unit'), byRoom.request.params.get('by')]).toEqual(['Ward 1', 'room']);
    expect(groupLevelRequest().request.params.get('by')).toBe('room');

    enter(fixture, '[data-testid="compliance-by"]', 'shift');
    await fixture.whenStable();
    expect(complianceRequest().request.params.get('by')).toBe('shift');
    expect(groupLevelRequest().request.params.get('by')).toBe('unit');
  });

  it('offers compliance by person to infection control only', async () => {
    const investigator = await open();
    const options = (fixture: ComponentFixture<unknown>) => [...(byTestId(fixture, 'compliance-by')?.querySelectorAll('option') ?? [])].map((option) => option.value);
    expect(options(investigator)).toContain('staff');
    complianceRequest().flush(complianceReport());
    groupLevelRequest().flush(GROUP_LEVEL);
    TestBed.resetTestingModule();

    const viewer = await open(VIEWER);
    expect(options(viewer)).toEqual(['unit', 'room', 'role', 'shift', 'day', 'kind']);
    complianceRequest().flush(complianceReport());
    groupLevelRequest().flush(GROUP_LEVEL);
  });

  it('says so when no day of the period had an opportunity', async () => {
    const fixture = await open();
    complianceRequest().flush(complianceReport({ trend: [{ day: '2026-11-26', opportunities: 0, met: 0, metByBadge: 0, compliance: null }] }));
    groupLevelRequest().flush(GROUP_LEVEL);
    await fixture.whenStable();
    expect(byTestId(fixture, 'compliance-no-trend')?.textContent).toBe('No day of the period had a hand-hygiene opportunity.');
  });

  it('exports the groups and the total as CSV', async () => {
    const fixture = await open();
    complianceRequest().flush(complianceReport());
    groupLevelRequest().flush(GROUP_LEVEL);
    await fixture.whenStable();
    byTestId(fixture, 'compliance-csv')?.click();
    expect(saved[0].fileName).toMatch(/^hand-hygiene-compliance-by-unit-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved[0].rows).toEqual([
      ['Unit', 'Opportunities', 'Met', 'Met by badge', 'Compliance'],
      ['Ward 1', 40, 18, 12, 0.45],
      ['Intensive care unit', 5, 0, 0, 0],
      ['Emergency department', 0, 0, 0, null],
      ['Total', 45, 18, 12, 0.4],
    ]);
  });

  it('says when compliance cannot be loaded, and keeps the group-level table apart', async () => {
    const fixture = await open();
    complianceRequest().flush({ statusCode: 400, error: 'Bad Request', message: 'to: the range can be at most 92 days' }, { status: 400, statusText: 'Bad Request' });
    groupLevelRequest().flush(GROUP_LEVEL);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('to: the range can be at most 92 days');
    expect(byTestId(fixture, 'group-level-table')).not.toBeNull();
  });
});
