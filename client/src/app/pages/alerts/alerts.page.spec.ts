import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { alert, alertSummary } from '../../../testing/alert-fixtures';
import { signInAs } from '../../../testing/auth';
import { type FakeEventSources, provideFakeEventSources } from '../../../testing/fake-event-source';
import { BIOMED, VIEWER } from '../../../testing/fixtures';
import { type RoutedPage, routedPage } from '../../../testing/routed-page';
import type { Alert } from '../../core/api/alerts.models';
import type { User } from '../../core/api/auth.models';
import { LiveEventsService } from '../../core/realtime/live-events.service';
import { ALERTS_PAGE_SIZE, AlertsPage } from './alerts.page';

const missing = alert({ id: 12, title: 'Infusion pump EQ-0042 missing' });
const acknowledged = alert({
  id: 11,
  kind: 'gateway.offline',
  title: 'Gateway ICU offline',
  subjectType: 'gateway',
  state: 'acknowledged',
  acknowledgedBy: 'bo',
  acknowledgedAt: '2026-03-02T08:10:00Z',
  acknowledgeNote: 'Electrician called',
});

describe('AlertsPage', () => {
  let routed: RoutedPage;
  let backend: HttpTestingController;
  let sources: FakeEventSources;

  beforeEach(async () => {
    const fake = provideFakeEventSources();
    sources = fake.sources;
    routed = await routedPage([{ path: 'alerts', component: AlertsPage }], [fake.provider]);
    backend = routed.backend;
  });

  afterEach(() => backend.verify());

  const page = () => routed.element();
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => routed.byTestId<T>(id);
  const settle = () => routed.settle();
  const rowIds = () => [...page().querySelectorAll('[data-testid="alerts-table"] tbody tr[data-testid]')].map((row) => row.getAttribute('data-testid'));
  const row = (id: number) => byTestId(`alert-row-${id}`);

  async function openAs(user: User, url = '/alerts', alerts: Alert[] = [missing, acknowledged]): Promise<void> {
    await signInAs(user);
    TestBed.inject(LiveEventsService).start();
    await routed.harness.navigateByUrl(url, AlertsPage);
    backend.expectOne('/api/alerts/summary').flush(alertSummary(2));
    backend.expectOne((request) => request.url === '/api/alerts').flush(alerts);
    await settle();
  }

  it('lists open alerts newest first, with who acknowledged them, when, and their note', async () => {
    await openAs(BIOMED);

    expect(rowIds()).toEqual(['alert-row-12', 'alert-row-11']);
    expect(row(12)?.textContent).toContain('Equipment missing');
    expect(row(12)?.querySelector('[data-testid="alert-who"]')?.textContent).toContain('Not acknowledged');
    expect(row(11)?.querySelector('[data-testid="alert-who"]')?.textContent).toContain('Acknowledged by bo');
    expect(row(11)?.textContent).toContain('Electrician called');
    expect(row(12)?.querySelector('a[href^="/map"]')?.getAttribute('href')).toBe('/map?floor=main-1&asset=12');
  });

  it('switches between open, acknowledged and resolved in the URL and the query', async () => {
    await openAs(BIOMED);

    byTestId('alerts-tab-resolved')?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/alerts?tab=resolved');
    backend.expectOne('/api/alerts?state=resolved&limit=50').flush([
      alert({ id: 9, state: 'resolved', resolution: 'resolved', resolvedBy: 'bo', resolvedAt: '2026-03-02T09:00:00Z', resolutionNote: 'Found in the sluice' }),
      alert({ id: 8, state: 'resolved', resolution: 'auto_cleared', resolvedBy: 'system', resolvedAt: '2026-03-02T09:00:00Z' }),
    ]);
    await settle();
    expect(row(9)?.textContent).toContain('Resolved by bo');
    expect(row(9)?.textContent).toContain('Found in the sluice');
    expect(row(8)?.textContent).toContain('Cleared by itself');
    expect(byTestId('alert-resolve')).toBeNull();
    expect(byTestId('alerts-tab-resolved')?.getAttribute('aria-current')).toBe('page');

    byTestId('alerts-tab-acknowledged')?.click();
    await settle();
    backend.expectOne('/api/alerts?state=acknowledged&limit=50').flush([acknowledged]);
    await settle();
    expect(rowIds()).toEqual(['alert-row-11']);
  });

  it('filters by kind', async () => {
    await openAs(BIOMED);
    const select = byTestId<HTMLSelectElement>('alert-kind') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent?.trim())).toEqual(['All kinds', 'Equipment missing', 'Gateway offline', 'Room cleaning overdue']);

    select.value = 'gateway.offline';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/alerts?kind=gateway.offline');
    backend.expectOne('/api/alerts?state=open&kind=gateway.offline&limit=50').flush([acknowledged]);
    await settle();
    expect(rowIds()).toEqual(['alert-row-11']);
  });

  it('shows alerts as they are raised, and takes away those resolved elsewhere', async () => {
    await openAs(BIOMED);
    const raised = alert({ id: 13, title: 'Ventilator EQ-0007 missing', severity: 'critical' });

    sources.latest().emit('alert', { action: 'raised', alert: raised });
    await settle();
    expect(rowIds()).toEqual(['alert-row-13', 'alert-row-12', 'alert-row-11']);
    expect(row(13)?.textContent).toContain('New');
    expect(byTestId('alerts-announcement')?.textContent).toBe('New alert: Ventilator EQ-0007 missing');

    sources.latest().emit('alert', { action: 'resolved', alert: { ...missing, state: 'resolved', resolvedBy: 'ada', resolvedAt: '2026-03-02T10:00:00Z' } });
    sources.latest().emit('alert', { action: 'acknowledged', alert: { ...raised, state: 'acknowledged', acknowledgedBy: 'ada', acknowledgedAt: '2026-03-02T10:00:00Z' } });
    await settle();
    expect(rowIds()).toEqual(['alert-row-13', 'alert-row-11']);
    expect(row(13)?.textContent).toContain('Acknowledged by ada');
  });

  it('reads the list again after the stream reconnected, since missed events are not replayed', async () => {
    await openAs(BIOMED);
    sources.latest().fail();
    sources.latest().emit('ready', {});
    backend.expectOne('/api/alerts?state=open&limit=50').flush([alert({ id: 14 }), missing]);
    backend.expectOne('/api/alerts/summary').flush(alertSummary(2));
    await settle();

    expect(rowIds()).toEqual(['alert-row-14', 'alert-row-12']);
  });

  it('acknowledges with an optional note', async () => {
    await openAs(BIOMED);
    row(12)?.querySelector<HTMLButtonElement>('[data-testid="alert-ack"]')?.click();
    await settle();
    expect(byTestId('alert-acknowledge-dialog')?.textContent).toContain('Infusion pump EQ-0042 missing');

    const note = byTestId<HTMLTextAreaElement>('alert-note') as HTMLTextAreaElement;
    note.value = 'Porter checking the sluice';
    note.dispatchEvent(new Event('input'));
    byTestId('alert-action-submit')?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/alerts/12/acknowledge' });
    expect(request.request.body).toEqual({ note: 'Porter checking the sluice' });
    request.flush({ ...missing, state: 'acknowledged', acknowledgedBy: 'bo', acknowledgedAt: '2026-03-02T10:00:00Z', acknowledgeNote: 'Porter checking the sluice' });
    await settle();

    expect(byTestId('alert-acknowledge-dialog')).toBeNull();
    expect(row(12)?.textContent).toContain('Acknowledged by bo');
    expect(row(12)?.querySelector('[data-testid="alert-ack"]')).toBeNull();
    expect(row(12)?.querySelector('[data-testid="alert-resolve"]')).not.toBeNull();
  });

  it('resolves only with a note saying what was done', async () => {
    await openAs(BIOMED);
    row(11)?.querySelector<HTMLButtonElement>('[data-testid="alert-resolve"]')?.click();
    await settle();

    byTestId('alert-action-submit')?.click();
    await settle();
    backend.expectNone('/api/alerts/11/resolve');
    expect(byTestId('alert-resolve-dialog')?.textContent).toContain('Say what was done');

    const note = byTestId<HTMLTextAreaElement>('alert-note') as HTMLTextAreaElement;
    note.value = 'Gateway power supply replaced';
    note.dispatchEvent(new Event('input'));
    byTestId('alert-action-submit')?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/alerts/11/resolve' });
    expect(request.request.body).toEqual({ note: 'Gateway power supply replaced' });
    request.flush({ ...acknowledged, state: 'resolved', resolution: 'resolved', resolvedBy: 'bo', resolvedAt: '2026-03-02T10:00:00Z' });
    await settle();

    expect(rowIds()).toEqual(['alert-row-12']);
    expect(page().textContent).toContain('Resolved: Gateway ICU offline.');
  });

  it("shows the server's reason when it refuses", async () => {
    await openAs(BIOMED);
    row(12)?.querySelector<HTMLButtonElement>('[data-testid="alert-ack"]')?.click();
    await settle();
    byTestId('alert-action-submit')?.click();
    backend
      .expectOne('/api/alerts/12/acknowledge')
      .flush({ statusCode: 409, message: 'Alert 12 was acknowledged by ada at 2026-03-02T09:59:00.000Z' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(byTestId('alert-action-error')?.textContent).toContain('acknowledged by ada');
  });

  it('offers no actions to a viewer', async () => {
    await openAs(VIEWER);
    expect(rowIds()).toHaveLength(2);
    expect(byTestId('alert-ack')).toBeNull();
    expect(byTestId('alert-resolve')).toBeNull();
  });

  it('offers actions only on the kinds the role may act on', async () => {
    const overdue = alert({ id: 20, kind: 'hygiene.room_overdue', title: 'Ward room 4 cleaning overdue', subjectType: 'room' });
    await openAs({ id: 4, username: 'ines', displayName: 'Ines Infection', role: 'infection_control' }, '/alerts', [overdue, missing]);
    expect(rowIds()).toEqual(['alert-row-20', 'alert-row-12']);
    expect(row(20)?.querySelector('[data-testid="alert-ack"]')).not.toBeNull();
    expect(row(12)?.querySelector('[data-testid="alert-ack"]')).toBeNull();
    expect(row(12)?.querySelector('[data-testid="alert-resolve"]')).toBeNull();
  });

  it('loads older alerts a page at a time', async () => {
    const full = Array.from({ length: ALERTS_PAGE_SIZE }, (_, index) => alert({ id: 200 - index }));
    await openAs(BIOMED, '/alerts', full);
    byTestId('alerts-load-more')?.click();
    backend.expectOne('/api/alerts?state=open&limit=50&before=151').flush([alert({ id: 150 })]);
    await settle();

    expect(rowIds()).toHaveLength(ALERTS_PAGE_SIZE + 1);
    expect(byTestId('alerts-load-more')).toBeNull();
  });
});
