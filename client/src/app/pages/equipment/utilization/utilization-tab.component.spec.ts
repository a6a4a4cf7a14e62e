import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { byTestId, enter, textOf } from '../../../../testing/dom';
import { EQUIPMENT_TYPES, assetUtilization, typeUtilization } from '../../../../testing/equipment-fixtures';
import { type SavedCsv, tabHarness } from '../../../../testing/tab-harness';
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
  let fixture: ComponentFixture<UtilizationTabComponent>;
  let backend: HttpTestingController;
  let saved: SavedCsv[];
  let settle: () => Promise<void>;
  let create: () => ComponentFixture<UtilizationTabComponent>;

  beforeEach(() => {
    ({ backend, saved, settle, create } = tabHarness(UtilizationTabComponent));
  });

  afterEach(() => backend.verify());

  const utilizationRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/equipment/utilization');
  const spanOf = (request: TestRequest) => Date.parse(request.request.params.get('to') ?? '') - Date.parse(request.request.params.get('from') ?? '');
  const rowIds = (table: string) =>
    [...(byTestId(fixture, table)?.querySelectorAll('tbody tr') ?? [])].map((row) => row.getAttribute('data-testid'));

  async function open(types: TypeUtilization[] = [PUMPS, VENTILATORS, WHEELCHAIRS]): Promise<TestRequest> {
    fixture = create();
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    const request = utilizationRequest();
    request.flush(types);
    await settle();
    return request;
  }

  it('asks for every type over the last 7 days, and says it is loading until the answer', async () => {
    fixture = create();
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    const request = utilizationRequest();
    expect(request.request.params.has('type')).toBe(false);
    expect(spanOf(request)).toBe(7 * 24 * HOUR_MS);
    expect(Math.abs(Date.parse(request.request.params.get('to') ?? '') - Date.now())).toBeLessThan(60_000);
    await settle();
    expect(byTestId(fixture, 'utilization-empty')?.textContent).toContain('Loading utilization…');
    request.flush([PUMPS]);
    await settle();
    expect(byTestId(fixture, 'utilization-empty')).toBeNull();
  });

  it('shows each type and each asset with its share used, bar and times, highest utilization first', async () => {
    await open();
    const pumps = byTestId(fixture, 'utilization-type-infusion_pump')?.textContent ?? '';
    expect(pumps).toContain('Infusion pump');
    expect(pumps).toContain('55 %');
    expect(pumps).toContain('2 d 12 h'); // used
    expect(pumps).toContain('1 d 16 h'); // idle
    expect(pumps).toContain('2 d 20 h'); // out of service
    expect(pumps).toContain('2 d 2 h'); // in patient-care rooms
    expect(byTestId(fixture, 'utilization-type-infusion_pump')?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      'used 36 %, idle 24 %, out of service 40 %',
    );
    // Never in service: no share, listed last.
    expect(byTestId(fixture, 'utilization-type-ventilator')?.textContent).toContain('—');
    expect(rowIds('utilization-types')).toEqual(['utilization-type-wheelchair', 'utilization-type-infusion_pump', 'utilization-type-ventilator']);
    expect(rowIds('utilization-assets')).toEqual(['utilization-asset-2', 'utilization-asset-9', 'utilization-asset-1', 'utilization-asset-7']);
    expect(byTestId(fixture, 'utilization-asset-2')?.querySelector('a')?.getAttribute('href')).toBe('/equipment/2');
  });

  it('sorts by the column chosen, and reverses on a second click', async () => {
    await open();
    byTestId(fixture, 'utilization-sort-utilization')?.click();
    await settle();
    expect(rowIds('utilization-types')).toEqual(['utilization-type-infusion_pump', 'utilization-type-wheelchair', 'utilization-type-ventilator']);
    expect(byTestId(fixture, 'utilization-sort-utilization')?.closest('th')?.getAttribute('aria-sort')).toBe('ascending');

    byTestId(fixture, 'utilization-sort-name')?.click();
    await settle();
    expect(rowIds('utilization-types')).toEqual(['utilization-type-infusion_pump', 'utilization-type-ventilator', 'utilization-type-wheelchair']);

    byTestId(fixture, 'utilization-sort-usedSeconds')?.click();
    await settle();
    expect(rowIds('utilization-assets')).toEqual(['utilization-asset-2', 'utilization-asset-1', 'utilization-asset-9', 'utilization-asset-7']);
  });

  it('asks again for the range and the type chosen', async () => {
    await open();
    byTestId(fixture, 'utilization-range-24h')?.click();
    await settle();
    const day = utilizationRequest();
    expect(spanOf(day)).toBe(24 * HOUR_MS);
    day.flush([PUMPS]);
    await settle();

    enter(fixture, '[data-testid="utilization-type"]', 'ventilator');
    await settle();
    const ventilators = utilizationRequest();
    expect(ventilators.request.params.get('type')).toBe('ventilator');
    expect(spanOf(ventilators)).toBe(24 * HOUR_MS);
    ventilators.flush([VENTILATORS]);

    byTestId(fixture, 'utilization-range-30d')?.click();
    await settle();
    const month = utilizationRequest();
    expect(spanOf(month)).toBe(30 * 24 * HOUR_MS);
    expect(month.request.params.get('type')).toBe('ventilator');
    month.flush([VENTILATORS]);

    byTestId(fixture, 'utilization-range-custom')?.click();
    await settle();
    enter(fixture, '[data-testid="utilization-range-from"]', '2026-02-01T00:00');
    enter(fixture, '[data-testid="utilization-range-to"]', '2026-03-01T00:00');
    byTestId(fixture, 'utilization-range-apply')?.click();
    await settle();
    const custom = utilizationRequest();
    expect(custom.request.params.get('from')).toBe(new Date('2026-02-01T00:00').toISOString());
    expect(custom.request.params.get('to')).toBe(new Date('2026-03-01T00:00').toISOString());
    custom.flush([VENTILATORS]);
  });

  it('says when no equipment was registered in the range, with nothing to export', async () => {
    await open([]);
    expect(byTestId(fixture, 'utilization-empty')?.textContent).toContain('No equipment was registered during this range.');
    expect(byTestId(fixture, 'utilization-assets')).toBeNull();
    expect((byTestId(fixture, 'utilization-export') as HTMLButtonElement).disabled).toBe(true);
  });

  it('reports a failed load with the server’s message and tries again', async () => {
    fixture = create();
    await settle();
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    utilizationRequest().flush(
      { statusCode: 400, error: 'Bad Request', message: 'from must be at most 92 days before to' },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(textOf(fixture)).toContain('from must be at most 92 days before to');
    expect(byTestId(fixture, 'utilization-empty')).toBeNull();

    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('ww-retry-notice button')?.click();
    await settle();
    const again = utilizationRequest();
    expect(spanOf(again)).toBe(7 * 24 * HOUR_MS);
    again.flush([PUMPS]);
    await settle();
    expect((fixture.nativeElement as HTMLElement).querySelector('ww-retry-notice')).toBeNull();
    expect(byTestId(fixture, 'utilization-type-infusion_pump')).not.toBeNull();
  });

  it('exports a line per type and per asset, in the order shown, with the server’s unrounded figures', async () => {
    await open();
    byTestId(fixture, 'utilization-sort-name')?.click();
    await settle();
    byTestId(fixture, 'utilization-export')?.click();

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
