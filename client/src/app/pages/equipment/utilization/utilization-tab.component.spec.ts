import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { type SavedCsv, fakeCsvDownloads } from '../../../../testing/csv-downloads';
import { EQUIPMENT_TYPES, assetUtilization, typeUtilization } from '../../../../testing/equipment-fixtures';
import { type RoutedPage, routedPage } from '../../../../testing/routed-page';
import type { TypeUtilization } from '../../../core/api/equipment.models';
import { UtilizationTabComponent, fileStamp } from './utilization-tab.component';

const HOUR = 3600;
const HOUR_MS = HOUR * 1000;

const PUMPS = typeUtilization('infusion_pump', [assetUtilization(1, { utilization: 0.25 }), assetUtilization(2, { utilization: 0.9, usedSeconds: 90 * HOUR })], {
  utilization: 0.55,
});
const VENTILATORS = typeUtilization('ventilator', [assetUtilization(7, { utilization: null, usedSeconds: 0, idleSeconds: 0 })], {
  utilization: null,
  usedSeconds: 0,
  idleSeconds: 0,
});
const WHEELCHAIRS = typeUtilization('wheelchair', [assetUtilization(9, { utilization: 0.7 })], { utilization: 0.7 });

describe('UtilizationTabComponent', () => {
  let routed: RoutedPage;
  let backend: HttpTestingController;
  let saved: SavedCsv[];

  beforeEach(async () => {
    const downloads = fakeCsvDownloads();
    saved = downloads.saved;
    routed = await routedPage([{ path: 'equipment/utilization', component: UtilizationTabComponent }], [downloads.provider]);
    backend = routed.backend;
  });

  afterEach(() => backend.verify());

  const settle = () => routed.settle();
  const byTestId = (id: string) => routed.byTestId(id);
  const url = () => TestBed.inject(Router).url;
  const enter = (selector: string, value: string) => {
    const field = routed.element().querySelector(selector) as HTMLInputElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  };
  const utilizationRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/equipment/utilization');
  const spanOf = (request: TestRequest) => Date.parse(request.request.params.get('to') ?? '') - Date.parse(request.request.params.get('from') ?? '');
  const rowIds = (table: string) =>
    [...(byTestId(table)?.querySelectorAll('tbody tr') ?? [])].map((row) => row.getAttribute('data-testid'));

  async function open(types: TypeUtilization[] = [PUMPS, VENTILATORS, WHEELCHAIRS], link = '/equipment/utilization'): Promise<TestRequest> {
    await routed.harness.navigateByUrl(link);
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    const request = utilizationRequest();
    request.flush(types);
    await settle();
    return request;
  }

  it('asks for every type over the last 7 days, and says it is loading until the answer', async () => {
    await routed.harness.navigateByUrl('/equipment/utilization');
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    const request = utilizationRequest();
    expect(request.request.params.has('type')).toBe(false);
    expect(spanOf(request)).toBe(7 * 24 * HOUR_MS);
    expect(Math.abs(Date.parse(request.request.params.get('to') ?? '') - Date.now())).toBeLessThan(60_000);
    await settle();
    expect(byTestId('utilization-empty')?.textContent).toContain('Loading utilization…');
    request.flush([PUMPS]);
    await settle();
    expect(byTestId('utilization-empty')).toBeNull();
  });

  it('shows each type and each asset with its share used, bar and times, highest utilization first', async () => {
    await open();
    const pumps = byTestId('utilization-type-infusion_pump')?.textContent ?? '';
    expect(pumps).toContain('Infusion pump');
    expect(pumps).toContain('55 %');
    expect(pumps).toContain('2 d 12 h'); // used
    expect(pumps).toContain('1 d 16 h'); // idle
    expect(pumps).toContain('2 d 20 h'); // out of service
    expect(pumps).toContain('2 d 2 h'); // in patient-care rooms
    expect(byTestId('utilization-type-infusion_pump')?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      'used 36 %, idle 24 %, out of service 40 %',
    );
    // Never in service: no share, listed last.
    expect(byTestId('utilization-type-ventilator')?.textContent).toContain('—');
    expect(rowIds('utilization-types')).toEqual(['utilization-type-wheelchair', 'utilization-type-infusion_pump', 'utilization-type-ventilator']);
    expect(rowIds('utilization-assets')).toEqual(['utilization-asset-2', 'utilization-asset-9', 'utilization-asset-1', 'utilization-asset-7']);
    expect(byTestId('utilization-asset-2')?.querySelector('a')?.getAttribute('href')).toBe('/equipment/2');
  });

  it('sorts by the column chosen, and reverses on a second click', async () => {
    await open();
    byTestId('utilization-sort-utilization')?.click();
    await settle();
    expect(rowIds('utilization-types')).toEqual(['utilization-type-infusion_pump', 'utilization-type-wheelchair', 'utilization-type-ventilator']);
    expect(byTestId('utilization-sort-utilization')?.closest('th')?.getAttribute('aria-sort')).toBe('ascending');

    byTestId('utilization-sort-name')?.click();
    await settle();
    expect(rowIds('utilization-types')).toEqual(['utilization-type-infusion_pump', 'utilization-type-ventilator', 'utilization-type-wheelchair']);

    byTestId('utilization-sort-usedSeconds')?.click();
    await settle();
    expect(rowIds('utilization-assets')).toEqual(['utilization-asset-2', 'utilization-asset-1', 'utilization-asset-9', 'utilization-asset-7']);
  });

  it('asks again for the range and the type chosen, keeping them in the URL', async () => {
    await open();
    expect(byTestId('utilization-range-7d')?.getAttribute('aria-pressed')).toBe('true');
    byTestId('utilization-range-24h')?.click();
    await settle();
    expect(url()).toBe('/equipment/utilization?range=24h');
    const day = utilizationRequest();
    expect(spanOf(day)).toBe(24 * HOUR_MS);
    day.flush([PUMPS]);
    await settle();
    expect(byTestId('utilization-range-24h')?.getAttribute('aria-pressed')).toBe('true');

    enter('[data-testid="utilization-type"]', 'ventilator');
    await settle();
    expect(url()).toBe('/equipment/utilization?range=24h&type=ventilator');
    const ventilators = utilizationRequest();
    expect(ventilators.request.params.get('type')).toBe('ventilator');
    expect(spanOf(ventilators)).toBe(24 * HOUR_MS);
    ventilators.flush([VENTILATORS]);

    byTestId('utilization-range-30d')?.click();
    await settle();
    const month = utilizationRequest();
    expect(spanOf(month)).toBe(30 * 24 * HOUR_MS);
    expect(month.request.params.get('type')).toBe('ventilator');
    month.flush([VENTILATORS]);

    byTestId('utilization-range-7d')?.click();
    await settle();
    expect(url()).toBe('/equipment/utilization?type=ventilator');
    expect(spanOf(utilizationRequest())).toBe(7 * 24 * HOUR_MS);
  });

  it('asks again, ending at the new now, when the range shown is chosen again', async () => {
    await open();
    byTestId('utilization-range-7d')?.click();
    await settle();
    const again = utilizationRequest();
    expect(spanOf(again)).toBe(7 * 24 * HOUR_MS);
    expect(url()).toBe('/equipment/utilization');
  });

  it('asks for a custom range typed in, and opens one from a link', async () => {
    await open();
    byTestId('utilization-range-custom')?.click();
    await settle();
    expect(byTestId('utilization-range-custom')?.getAttribute('aria-pressed')).toBe('true');
    enter('[data-testid="utilization-range-from"]', '2026-02-01T00:00');
    enter('[data-testid="utilization-range-to"]', '2026-03-01T00:00');
    byTestId('utilization-range-apply')?.click();
    await settle();
    const from = new Date('2026-02-01T00:00').toISOString();
    const to = new Date('2026-03-01T00:00').toISOString();
    const custom = utilizationRequest();
    expect(custom.request.params.get('from')).toBe(from);
    expect(custom.request.params.get('to')).toBe(to);
    custom.flush([VENTILATORS]);
    await settle();
    expect(url()).toBe(`/equipment/utilization?range=custom&from=${from}&to=${to}`);

    // The same link, opened afresh: the same question, and the fields show the range.
    const link = url();
    await routed.harness.navigateByUrl('/');
    await routed.harness.navigateByUrl(link);
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    const reopened = utilizationRequest();
    expect([reopened.request.params.get('from'), reopened.request.params.get('to')]).toEqual([from, to]);
    reopened.flush([VENTILATORS]);
    await settle();
    expect((byTestId('utilization-range-from') as HTMLInputElement).value).toBe('2026-02-01T00:00');
    expect((byTestId('utilization-range-to') as HTMLInputElement).value).toBe('2026-03-01T00:00');
  });

  it('opens a bookmarked type and preset, and falls back to a week for a range it cannot read', async () => {
    await open([VENTILATORS], '/equipment/utilization?range=30d&type=ventilator');
    expect((byTestId('utilization-type') as HTMLSelectElement).value).toBe('ventilator');
    expect(byTestId('utilization-range-30d')?.getAttribute('aria-pressed')).toBe('true');

    await routed.harness.navigateByUrl('/equipment/utilization?range=custom&from=yesterday');
    await settle();
    const fallback = utilizationRequest();
    expect(spanOf(fallback)).toBe(7 * 24 * HOUR_MS);
    expect(fallback.request.params.has('type')).toBe(false);
  });

  it('refuses a custom range that ends before it starts or is longer than the server allows, without asking', async () => {
    await open();
    byTestId('utilization-range-custom')?.click();
    await settle();
    enter('[data-testid="utilization-range-from"]', '2026-03-05T08:00');
    enter('[data-testid="utilization-range-to"]', '2026-03-01T08:00');
    byTestId('utilization-range-apply')?.click();
    await settle();
    expect(byTestId('utilization-range-error')?.textContent).toContain('must end after it starts');

    enter('[data-testid="utilization-range-from"]', '2025-11-01T08:00');
    byTestId('utilization-range-apply')?.click();
    await settle();
    expect(byTestId('utilization-range-error')?.textContent).toContain('at most 92 days');

    enter('[data-testid="utilization-range-from"]', '');
    byTestId('utilization-range-apply')?.click();
    await settle();
    expect(byTestId('utilization-range-error')?.textContent).toContain('Choose when the range starts.');
    backend.expectNone((request) => request.url === '/api/equipment/utilization');
    expect(url()).toBe('/equipment/utilization');
  });

  it('says when no equipment was registered in the range, with nothing to export', async () => {
    await open([]);
    expect(byTestId('utilization-empty')?.textContent).toContain('No equipment was registered during this range.');
    expect(byTestId('utilization-assets')).toBeNull();
    expect((byTestId('utilization-export') as HTMLButtonElement).disabled).toBe(true);
  });

  it('reports a failed load with the server’s message and tries again', async () => {
    await routed.harness.navigateByUrl('/equipment/utilization');
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    utilizationRequest().flush(
      { statusCode: 400, error: 'Bad Request', message: 'from must be at most 92 days before to' },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(routed.element().textContent).toContain('from must be at most 92 days before to');
    expect(byTestId('utilization-empty')).toBeNull();

    routed.element().querySelector<HTMLButtonElement>('ww-retry-notice button')?.click();
    await settle();
    const again = utilizationRequest();
    expect(spanOf(again)).toBe(7 * 24 * HOUR_MS);
    again.flush([PUMPS]);
    await settle();
    expect(routed.element().querySelector('ww-retry-notice')).toBeNull();
    expect(byTestId('utilization-type-infusion_pump')).not.toBeNull();
  });

  it('exports a line per type and per asset, in the order shown, with the server’s unrounded figures', async () => {
    await open();
    byTestId('utilization-sort-name')?.click();
    await settle();
    byTestId('utilization-export')?.click();

    expect(saved).toHaveLength(1);
    const { fileName, rows } = saved[0];
    expect(fileName).toMatch(/^utilization-\d{8}T\d{4}Z-\d{8}T\d{4}Z\.csv$/);
    expect(rows[0]).toEqual([
      'level',
      'type_code',
      'type',
      'asset_id',
      'asset_number',
      'from',
      'to',
      'utilization',
      'used_seconds',
      'idle_seconds',
      'out_of_service_seconds',
      'patient_care_seconds',
      'located_seconds',
      'registered_seconds',
    ]);
    const range = ['2026-03-01T09:00:00.000Z', '2026-03-08T09:00:00.000Z'];
    expect(rows.slice(1, 4)).toEqual([
      ['type', 'infusion_pump', 'Infusion pump', null, null, ...range, 0.55, 216000, 144000, 244800, 180000, 576000, 604800],
      ['type', 'ventilator', 'Ventilator', null, null, ...range, null, 0, 0, 244800, 180000, 576000, 604800],
      ['type', 'wheelchair', 'Wheelchair', null, null, ...range, 0.7, 216000, 144000, 244800, 180000, 576000, 604800],
    ]);
    expect(rows.slice(4).map((row) => [row[0], row[1], row[3], row[4], row[7], row[8]])).toEqual([
      ['asset', 'infusion_pump', 1, 'EQ-0001', 0.25, 216000],
      ['asset', 'infusion_pump', 2, 'EQ-0002', 0.9, 324000],
      ['asset', 'ventilator', 7, 'EQ-0007', null, 0],
      ['asset', 'wheelchair', 9, 'EQ-0009', 0.7, 216000],
    ]);
  });

  it('names the file after the range, safely for every file system', () => {
    expect(fileStamp('2026-03-02T09:05:00.000Z')).toBe('20260302T0905Z');
  });
});
