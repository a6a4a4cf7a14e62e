import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import { EQUIPMENT_TYPES, asset, locatedAsset, serveSitePlaces } from '../../../../testing/equipment-fixtures';
import { type RoutedPage, routedPage } from '../../../../testing/routed-page';
import type { Asset } from '../../../core/api/equipment.models';
import { ASSET_PAGE_SIZE, AssetsTabComponent, TEXT_FILTER_DEBOUNCE_MS } from './assets-tab.component';

describe('AssetsTabComponent', () => {
  let routed: RoutedPage;
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    routed = await routedPage([{ path: 'equipment', component: AssetsTabComponent }]);
    ({ backend, harness } = routed);
  });

  afterEach(() => backend.verify());

  const page = () => routed.element();
  const settle = () => routed.settle();
  const url = () => TestBed.inject(Router).url;
  const assetRequest = (): TestRequest => backend.expectOne((request) => request.url === '/api/equipment/assets');

  async function open(path: string, assets: Asset[] = [], total = assets.length): Promise<TestRequest> {
    await harness.navigateByUrl(path, AssetsTabComponent);
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    serveSitePlaces(backend);
    const request = assetRequest();
    request.flush({ total, items: assets });
    await settle();
    return request;
  }

  async function choose(testId: string, value: string): Promise<void> {
    const select = page().querySelector(`[data-testid="${testId}"]`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  }

  it('lists the first page of equipment with its type, status and where it is', async () => {
    const request = await open('/equipment', [
      locatedAsset({ id: 1 }, { roomName: 'Room 101', floorId: 'main-1' }),
      locatedAsset({ id: 2, typeCode: 'ventilator', status: 'missing' }, { roomName: 'ICU bay 2', fresh: false }),
      asset({ id: 3, tagId: null }),
    ]);

    expect(request.request.params.toString()).toBe(`limit=${ASSET_PAGE_SIZE}&offset=0`);
    const rows = [...page().querySelectorAll('[data-testid="equipment-table"] tbody tr')].map((row) => row.textContent ?? '');
    expect(rows[0]).toContain('EQ-0001');
    expect(rows[0]).toContain('Infusion pump');
    expect(rows[0]).toContain('Room 101 · First floor');
    expect(rows[1]).toContain('Ventilator');
    expect(rows[1]).toContain('Missing');
    expect(rows[1]).toContain('ICU bay 2 · First floor (last seen)');
    expect(rows[2]).toContain('Not located');
    expect(rows[2]).toContain('None');
    expect(page().querySelector('[data-testid="asset-row-3"] a')?.getAttribute('href')).toBe('/equipment/3');
  });

  it('turns each filter into a URL query parameter and a server query, from the first page again', async () => {
    await open('/equipment?page=3', [], 0);

    await choose('filter-status', 'missing');
    expect(url()).toBe('/equipment?status=missing');
    expect(assetRequest().request.params.toString()).toBe('status=missing&limit=50&offset=0');

    await choose('filter-type', 'ventilator');
    expect(assetRequest().request.params.toString()).toBe('type=ventilator&status=missing&limit=50&offset=0');

    await choose('filter-floor', 'main-0');
    await choose('filter-unit', 'Intensive care unit');
    expect(url()).toBe('/equipment?status=missing&type=ventilator&floor=main-0&unit=Intensive%20care%20unit');
    backend.match((request) => request.url === '/api/equipment/assets');

    await choose('filter-status', '');
    expect(url()).toBe('/equipment?type=ventilator&floor=main-0&unit=Intensive%20care%20unit');
    expect(assetRequest().request.params.toString()).toBe('type=ventilator&floor=main-0&unit=Intensive%20care%20unit&limit=50&offset=0');
  });

  it('searches text once typing pauses', async () => {
    await open('/equipment', [], 0);
    const input = page().querySelector('[data-testid="filter-q"]') as HTMLInputElement;
    input.value = 'alar';
    input.dispatchEvent(new Event('input'));
    input.value = 'alaris';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, TEXT_FILTER_DEBOUNCE_MS + 20));
    await settle();

    expect(url()).toBe('/equipment?q=alaris');
    expect(assetRequest().request.params.get('q')).toBe('alaris');
  });

  it('opens with the filters in the URL selected', async () => {
    const request = await open('/equipment?type=ventilator&status=in_use&page=2', [], 0);
    expect(request.request.params.toString()).toBe('type=ventilator&status=in_use&limit=50&offset=50');
    expect((page().querySelector('[data-testid="filter-type"]') as HTMLSelectElement).value).toBe('ventilator');
    expect((page().querySelector('[data-testid="filter-status"]') as HTMLSelectElement).value).toBe('in_use');
  });

  it('pages through the results', async () => {
    const assets = Array.from({ length: ASSET_PAGE_SIZE }, (_, index) => asset({ id: index + 1 }));
    await open('/equipment?status=available', assets, 120);
    expect(page().querySelector('[data-testid="equipment-range"]')?.textContent).toBe('1–50 of 120');
    expect((page().querySelector('[data-testid="page-previous"]') as HTMLButtonElement).disabled).toBe(true);

    (page().querySelector('[data-testid="page-next"]') as HTMLButtonElement).click();
    await settle();
    expect(url()).toBe('/equipment?status=available&page=2');
    expect(assetRequest().request.params.get('offset')).toBe('50');
  });

  it("shows the server's message for a bad filter and tries again on request", async () => {
    await harness.navigateByUrl('/equipment?floor=gone', AssetsTabComponent);
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    serveSitePlaces(backend);
    assetRequest().flush({ statusCode: 400, message: 'floor: must be a floor of the floor plans: main-0, main-1' }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('must be a floor of the floor plans');

    (page().querySelector('[role="alert"] button') as HTMLButtonElement).click();
    assetRequest().flush({ total: 0, items: [] });
    await settle();
    expect(page().querySelector('[role="alert"]')).toBeNull();
  });
});
