import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { type SavedCsv, fakeCsvDownloads } from '../../../../testing/csv-downloads';
import { EQUIPMENT_TYPES, pmDue } from '../../../../testing/equipment-fixtures';
import { type RoutedPage, routedPage } from '../../../../testing/routed-page';
import type { PmDue } from '../../../core/api/equipment.models';
import { MaintenanceTabComponent, dueText } from './maintenance-tab.component';

const DUE: PmDue[] = [
  pmDue(12, '2026-02-20', -10, { name: 'Ventilator 12', typeCode: 'ventilator', homeUnit: 'Intensive care unit', status: 'in_use' }),
  pmDue(3, '2026-03-01', -1, { name: 'Pump, "spare"', homeUnit: null }),
  pmDue(40, '2026-03-02', 0),
  pmDue(41, '2026-03-20', 18, { status: 'maintenance' }),
];

describe('MaintenanceTabComponent', () => {
  let routed: RoutedPage;
  let backend: HttpTestingController;
  let saved: SavedCsv[];

  beforeEach(async () => {
    const downloads = fakeCsvDownloads();
    saved = downloads.saved;
    routed = await routedPage([{ path: 'equipment/maintenance', component: MaintenanceTabComponent }], [downloads.provider]);
    backend = routed.backend;
  });

  afterEach(() => backend.verify());

  const settle = () => routed.settle();
  const byTestId = (id: string) => routed.byTestId(id);
  const url = () => TestBed.inject(Router).url;
  const select = (value: string) => {
    const field = routed.element().querySelector('[data-testid="maintenance-horizon"]') as HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event('change'));
  };
  const dueRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/equipment/pm-due');
  const rowIds = () => [...(byTestId('maintenance-table')?.querySelectorAll('tbody tr') ?? [])].map((row) => row.getAttribute('data-testid'));

  async function open(due: PmDue[] = DUE, link = '/equipment/maintenance'): Promise<TestRequest> {
    await routed.harness.navigateByUrl(link);
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    const request = dueRequest();
    request.flush(due);
    await settle();
    return request;
  }

  it('asks for the server’s default horizon of 30 days, saying it is loading until the answer', async () => {
    await routed.harness.navigateByUrl('/equipment/maintenance');
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    const request = dueRequest();
    expect(request.request.params.get('withinDays')).toBe('30');
    expect(byTestId('maintenance-empty')?.textContent).toContain('Loading maintenance due…');
    request.flush(DUE);
    await settle();
    expect(byTestId('maintenance-empty')).toBeNull();
  });

  it('lists overdue assets first, as the server orders them, marked and linked to their records', async () => {
    await open();
    expect(rowIds()).toEqual(['maintenance-row-12', 'maintenance-row-3', 'maintenance-row-40', 'maintenance-row-41']);
    const ventilator = byTestId('maintenance-row-12');
    expect(ventilator?.classList).toContain('overdue');
    expect(ventilator?.textContent).toContain('Ventilator 12');
    expect(ventilator?.textContent).toContain('Intensive care unit');
    expect(ventilator?.textContent).toContain('In use');
    expect(ventilator?.textContent).toContain('2026-02-20');
    expect(ventilator?.querySelector('.badge-off')?.textContent).toContain('Overdue by 10 days');
    expect(ventilator?.querySelector('a')?.getAttribute('href')).toBe('/equipment/12');
    expect(byTestId('maintenance-row-3')?.textContent).toContain('Overdue by 1 day');
    expect(byTestId('maintenance-row-40')?.classList).not.toContain('overdue');
    expect(byTestId('maintenance-row-40')?.textContent).toContain('Due today');
    expect(byTestId('maintenance-row-41')?.textContent).toContain('Due in 18 days');
    expect(byTestId('maintenance-summary')?.textContent).toContain('4 due, 2 overdue.');
  });

  it('asks again for the horizon chosen, keeping it in the URL', async () => {
    await open();
    select('7');
    await settle();
    expect(url()).toBe('/equipment/maintenance?within=7');
    const week = dueRequest();
    expect(week.request.params.get('withinDays')).toBe('7');
    week.flush(DUE.slice(0, 3));
    await settle();
    expect(rowIds()).toHaveLength(3);

    select('0');
    await settle();
    expect(url()).toBe('/equipment/maintenance?within=0');
    dueRequest().flush([]);
    await settle();

    select('30');
    await settle();
    expect(url()).toBe('/equipment/maintenance');
    expect(dueRequest().request.params.get('withinDays')).toBe('30');
  });

  it('opens a bookmarked horizon, and the default for one it does not offer', async () => {
    await open(DUE, '/equipment/maintenance?within=90');
    expect((byTestId('maintenance-horizon') as HTMLSelectElement).value).toBe('90');
    await routed.harness.navigateByUrl('/equipment/maintenance?within=12');
    await settle();
    expect(dueRequest().request.params.get('withinDays')).toBe('30');
  });

  it('says when nothing is due, with nothing to export', async () => {
    await open([]);
    expect(byTestId('maintenance-empty')?.textContent).toContain('No maintenance is overdue or due within this horizon.');
    expect(byTestId('maintenance-summary')).toBeNull();
    expect((byTestId('maintenance-export') as HTMLButtonElement).disabled).toBe(true);
  });

  it('reports a failed load and tries again with the same horizon', async () => {
    await routed.harness.navigateByUrl('/equipment/maintenance');
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    dueRequest().flush(null, { status: 0, statusText: 'Unknown Error' });
    await settle();
    expect(routed.element().textContent).toContain('The Wardwatch server cannot be reached.');
    expect(byTestId('maintenance-empty')).toBeNull();

    routed.element().querySelector<HTMLButtonElement>('ww-retry-notice button')?.click();
    await settle();
    const again = dueRequest();
    expect(again.request.params.get('withinDays')).toBe('30');
    again.flush(DUE);
    await settle();
    expect(routed.element().querySelector('ww-retry-notice')).toBeNull();
    expect(rowIds()).toHaveLength(4);
  });

  it('exports the list as shown, one line per asset', async () => {
    await open();
    byTestId('maintenance-export')?.click();
    expect(saved).toEqual([
      {
        fileName: 'pm-due-within-30-days.csv',
        rows: [
          ['asset_id', 'asset_number', 'name', 'type', 'home_unit', 'status', 'pm_due_date', 'days_until_due', 'overdue'],
          [12, 'EQ-0012', 'Ventilator 12', 'Ventilator', 'Intensive care unit', 'in_use', '2026-02-20', -10, 'yes'],
          [3, 'EQ-0003', 'Pump, "spare"', 'Infusion pump', null, 'available', '2026-03-01', -1, 'yes'],
          [40, 'EQ-0040', 'Infusion pump 40', 'Infusion pump', 'Ward 1', 'available', '2026-03-02', 0, 'no'],
          [41, 'EQ-0041', 'Infusion pump 41', 'Infusion pump', 'Ward 1', 'maintenance', '2026-03-20', 18, 'no'],
        ],
      },
    ]);
  });

  it('says when maintenance falls due in words', () => {
    expect([-2, -1, 0, 1, 5].map((daysUntilDue) => dueText({ daysUntilDue }))).toEqual([
      'Overdue by 2 days',
      'Overdue by 1 day',
      'Due today',
      'Due tomorrow',
      'Due in 5 days',
    ]);
  });
});
