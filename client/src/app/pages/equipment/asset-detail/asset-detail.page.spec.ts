import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { signInAs } from '../../../../testing/auth';
import { EQUIPMENT_TYPES, assetUtilization, locatedAsset, serveSitePlaces } from '../../../../testing/equipment-fixtures';
import { BIOMED, VIEWER } from '../../../../testing/fixtures';
import { type RoutedPage, routedPage } from '../../../../testing/routed-page';
import type { User } from '../../../core/api/auth.models';
import type { Asset } from '../../../core/api/equipment.models';
import { AssetDetailPage } from './asset-detail.page';

const pump = locatedAsset({ id: 42, name: 'Infusion pump 42', status: 'in_use', nextStatuses: ['available', 'soiled', 'missing'] }, { roomName: 'ICU bay 3' });

describe('AssetDetailPage', () => {
  let routed: RoutedPage;
  let backend: HttpTestingController;

  beforeEach(async () => {
    routed = await routedPage([{ path: 'equipment/:id', component: AssetDetailPage }]);
    backend = routed.backend;
  });

  afterEach(() => backend.verify());

  const page = () => routed.element();
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => routed.byTestId<T>(id);
  const settle = () => routed.settle();

  async function openAs(user: User, asset: Asset = pump): Promise<void> {
    await signInAs(user);
    await routed.harness.navigateByUrl(`/equipment/${asset.id}`, AssetDetailPage);
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    serveSitePlaces(backend);
    backend.expectOne(`/api/equipment/assets/${asset.id}`).flush(asset);
    await settle();
    utilizationRequest(asset.id).flush(assetUtilization(asset.id));
    await settle();
  }

  const utilizationRequest = (assetId = pump.id): TestRequest => backend.expectOne((request) => request.url === `/api/equipment/assets/${assetId}/utilization`);
  const spanOf = (request: TestRequest) => Date.parse(request.request.params.get('to') ?? '') - Date.parse(request.request.params.get('from') ?? '');
  const HOUR_MS = 3_600_000;

  async function type(selector: string, value: string): Promise<void> {
    const field = page().querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  }

  it('shows the fields, where it is, and links to it and its trail on the map', async () => {
    await openAs(VIEWER);

    expect(byTestId('asset-name')?.textContent).toContain('Infusion pump 42');
    expect(byTestId('asset-status')?.textContent).toContain('In use');
    expect(byTestId('asset-facts')?.textContent).toContain('Alaris GP');
    expect(byTestId('asset-where')?.textContent).toContain('ICU bay 3 · First floor');
    expect(byTestId('asset-where')?.textContent).toContain('90 %');
    expect(byTestId('show-on-map')?.getAttribute('href')).toBe('/map?floor=main-1&asset=42');
    expect(byTestId('trail-on-map')?.getAttribute('href')).toBe('/map?floor=main-1&asset=42&trail=24h');
  });

  it('offers no changes to a viewer', async () => {
    await openAs(VIEWER);
    for (const action of ['change-status', 'edit-asset', 'tag-choose', 'tag-unpair']) expect(byTestId(action)).toBeNull();
    expect(byTestId('paired-tag')?.textContent).toContain(pump.tagId);
  });

  it('lets biomed edit the fields, sending only what changed', async () => {
    await openAs(BIOMED);
    byTestId('edit-asset')?.click();
    await settle();
    await type('#asset-name', 'Infusion pump 42 (ICU)');
    await type('#asset-model', '  ');
    byTestId('asset-form-submit')?.click();

    const request = backend.expectOne({ method: 'PATCH', url: '/api/equipment/assets/42' });
    expect(request.request.body).toEqual({ name: 'Infusion pump 42 (ICU)', model: null });
    request.flush({ ...pump, name: 'Infusion pump 42 (ICU)', model: null });
    await settle();

    expect(byTestId('asset-form')).toBeNull();
    expect(byTestId('asset-name')?.textContent).toContain('Infusion pump 42 (ICU)');
    expect(byTestId('asset-message')?.textContent).toContain('Details saved.');
  });

  it('keeps the form open with the server’s message when it refuses the change', async () => {
    await openAs(BIOMED);
    byTestId('edit-asset')?.click();
    await settle();
    await type('#asset-tag', 'EQ-0001');
    byTestId('asset-form-submit')?.click();
    backend
      .expectOne({ method: 'PATCH', url: '/api/equipment/assets/42' })
      .flush({ statusCode: 409, message: 'Asset number "EQ-0001" is already registered' }, { status: 409, statusText: 'Conflict' });
    await settle();

    expect(byTestId('asset-form-error')?.textContent).toContain('is already registered');
  });

  describe('status change', () => {
    async function openDialog(asset: Asset = pump): Promise<void> {
      await openAs(BIOMED, asset);
      byTestId('change-status')?.click();
      await settle();
    }

    const options = () => [...page().querySelectorAll('[data-testid="status-allowed"] input')].map((input) => (input as HTMLInputElement).value);

    it('offers the statuses allowed from the current one and records the reason', async () => {
      await openDialog();
      expect(options()).toEqual(['available', 'soiled', 'missing']);
      expect(byTestId<HTMLButtonElement>('status-submit')?.disabled).toBe(true);

      byTestId('status-option-soiled')?.click();
      await type('[data-testid="status-reason"]', ' Used on bed 3 ');
      byTestId('status-submit')?.click();

      const request = backend.expectOne({ method: 'POST', url: '/api/equipment/assets/42/status' });
      expect(request.request.body).toEqual({ status: 'soiled', reason: 'Used on bed 3' });
      request.flush({ ...pump, status: 'soiled', nextStatuses: ['cleaning', 'missing'] });
      await settle();

      expect(byTestId('status-dialog')).toBeNull();
      expect(byTestId('asset-status')?.textContent).toContain('Soiled');
      expect(byTestId('asset-message')?.textContent).toContain('Status changed to Soiled.');
    });

    it('on a 409 shows why and the statuses allowed now, read again from the server', async () => {
      await openDialog();
      byTestId('status-option-available')?.click();
      await settle();
      byTestId('status-submit')?.click();
      backend.expectOne({ method: 'POST', url: '/api/equipment/assets/42/status' }).flush(
        {
          statusCode: 409,
          error: 'Conflict',
          message: 'Asset EQ-0042: status cannot change from soiled to available (allowed from soiled: cleaning, missing)',
          issues: [{ field: 'status', message: 'cannot change from soiled to available (allowed from soiled: cleaning, missing)' }],
        },
        { status: 409, statusText: 'Conflict' },
      );
      backend.expectOne({ method: 'GET', url: '/api/equipment/assets/42' }).flush({ ...pump, status: 'soiled', nextStatuses: ['cleaning', 'missing'] });
      await settle();

      expect(byTestId('status-error')?.textContent).toContain('allowed from soiled: cleaning, missing');
      expect(options()).toEqual(['cleaning', 'missing']);
      expect(byTestId('status-dialog')?.textContent).toContain('Now: Soiled');
      expect(byTestId('asset-status')?.textContent).toContain('Soiled');
      expect(byTestId('asset-message')).toBeNull();
    });

    it('proposes soiled for equipment found after going missing', async () => {
      await openDialog({ ...pump, status: 'missing', nextStatuses: ['available', 'soiled', 'maintenance'] });
      expect(byTestId<HTMLInputElement>('status-option-soiled')?.checked).toBe(true);
      expect(byTestId<HTMLButtonElement>('status-submit')?.disabled).toBe(false);
    });

    it('says a retired asset is final', async () => {
      await openDialog({ ...pump, status: 'retired', nextStatuses: [] });
      expect(byTestId('status-dialog')?.textContent).toContain('Retired is final');
      expect(byTestId('status-submit')).toBeNull();
    });
  });

  describe('tag', () => {
    it('pairs a tag heard lately that no asset has', async () => {
      await openAs(BIOMED, { ...pump, tagId: null, tagPairedAt: null });
      byTestId('tag-choose')?.click();
      backend.expectOne('/api/equipment/unpaired-tags').flush([
        { tagId: 'ibeacon:5a1e:1:200', lastSeenAt: '2026-03-02T09:00:00Z', floorId: 'main-1', roomId: 'main-1-101', roomName: 'Room 101' },
      ]);
      await settle();
      const choice = byTestId<HTMLSelectElement>('tag-choice') as HTMLSelectElement;
      choice.value = 'ibeacon:5a1e:1:200';
      choice.dispatchEvent(new Event('change'));
      await settle();
      byTestId('tag-pair')?.click();

      const request = backend.expectOne({ method: 'POST', url: '/api/equipment/assets/42/tag' });
      expect(request.request.body).toEqual({ tagId: 'ibeacon:5a1e:1:200' });
      request.flush({ ...pump, tagId: 'ibeacon:5a1e:1:200' });
      await settle();
      expect(byTestId('paired-tag')?.textContent).toContain('ibeacon:5a1e:1:200');
    });

    it('says which asset has a tag already, and unpairs', async () => {
      await openAs(BIOMED);
      byTestId('tag-choose')?.click();
      backend.expectOne('/api/equipment/unpaired-tags').flush([]);
      await settle();
      await type('[data-testid="tag-typed"]', 'IBEACON:5A1E:1:7');
      byTestId('tag-pair')?.click();
      const pairing = backend.expectOne({ method: 'POST', url: '/api/equipment/assets/42/tag' });
      expect(pairing.request.body).toEqual({ tagId: 'ibeacon:5a1e:1:7' });
      pairing.flush({ statusCode: 409, message: 'Tag ibeacon:5a1e:1:7 is paired with asset EQ-0007' }, { status: 409, statusText: 'Conflict' });
      await settle();
      expect(byTestId('tag-error')?.textContent).toContain('is paired with asset EQ-0007');

      page().querySelector<HTMLButtonElement>('[data-testid="tag-pairing"] form button[type="button"]')?.click();
      await settle();
      byTestId('tag-unpair')?.click();
      backend.expectOne({ method: 'DELETE', url: '/api/equipment/assets/42/tag' }).flush({ ...pump, tagId: null, tagPairedAt: null });
      await settle();
      expect(byTestId('paired-tag')?.textContent).toContain('No tag');
    });
  });
  describe('utilization', () => {
    it('shows the last 7 days at first: the share used, a bar and the times', async () => {
      await signInAs(VIEWER);
      await routed.harness.navigateByUrl('/equipment/42', AssetDetailPage);
      backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
      serveSitePlaces(backend);
      backend.expectOne('/api/equipment/assets/42').flush(pump);
      await settle();
      expect(byTestId('asset-utilization-loading')).not.toBeNull();

      const request = utilizationRequest();
      expect(spanOf(request)).toBe(7 * 24 * HOUR_MS);
      expect(Math.abs(Date.parse(request.request.params.get('to') ?? '') - Date.now())).toBeLessThan(60_000);
      request.flush(assetUtilization(42));
      await settle();

      expect(byTestId('asset-utilization-share')?.textContent).toContain('60 %');
      const facts = byTestId('asset-utilization')?.textContent ?? '';
      expect(facts).toContain('Used2 d 12 h');
      expect(facts).toContain('Idle1 d 16 h');
      expect(facts).toContain('Out of service2 d 20 h');
      expect(facts).toContain('In patient-care rooms2 d 2 h');
      expect(page().querySelector('ww-asset-utilization [role="img"]')?.getAttribute('aria-label')).toBe('used 36 %, idle 24 %, out of service 40 %');
    });

    it('asks again for the range chosen: last 24 h, 30 days, or custom', async () => {
      await openAs(VIEWER);

      byTestId('asset-range-24h')?.click();
      await settle();
      const day = utilizationRequest();
      expect(spanOf(day)).toBe(24 * HOUR_MS);
      day.flush(assetUtilization(42));

      byTestId('asset-range-30d')?.click();
      await settle();
      const month = utilizationRequest();
      expect(spanOf(month)).toBe(30 * 24 * HOUR_MS);
      month.flush(assetUtilization(42));

      byTestId('asset-range-custom')?.click();
      await settle();
      await type('[data-testid="asset-range-from"]', '2026-03-01T08:00');
      await type('[data-testid="asset-range-to"]', '2026-03-03T20:00');
      byTestId('asset-range-apply')?.click();
      await settle();
      const custom = utilizationRequest();
      expect(custom.request.params.get('from')).toBe(new Date('2026-03-01T08:00').toISOString());
      expect(custom.request.params.get('to')).toBe(new Date('2026-03-03T20:00').toISOString());
      custom.flush(assetUtilization(42));
    });

    it('refuses a custom range that ends before it starts or is longer than the server allows, without asking', async () => {
      await openAs(VIEWER);
      byTestId('asset-range-custom')?.click();
      await settle();
      await type('[data-testid="asset-range-from"]', '2026-03-05T08:00');
      await type('[data-testid="asset-range-to"]', '2026-03-01T08:00');
      byTestId('asset-range-apply')?.click();
      await settle();
      expect(byTestId('asset-range-error')?.textContent).toContain('must end after it starts');

      await type('[data-testid="asset-range-from"]', '2025-11-01T08:00');
      byTestId('asset-range-apply')?.click();
      await settle();
      expect(byTestId('asset-range-error')?.textContent).toContain('at most 92 days');
      backend.expectNone((request) => request.url.endsWith('/utilization'));
    });

    it('says when the asset was not registered in the range, and when it was never in service', async () => {
      await openAs(VIEWER);
      byTestId('asset-range-24h')?.click();
      await settle();
      utilizationRequest().flush(assetUtilization(42, { utilization: null, usedSeconds: 0, idleSeconds: 0, outOfServiceSeconds: 0, registeredSeconds: 0 }));
      await settle();
      expect(byTestId('asset-utilization-empty')?.textContent).toContain('Not registered during this range.');

      byTestId('asset-range-7d')?.click();
      await settle();
      utilizationRequest().flush(assetUtilization(42, { utilization: null, usedSeconds: 0, idleSeconds: 0, outOfServiceSeconds: 7 * 24 * 3600 }));
      await settle();
      expect(byTestId('asset-utilization-share')?.textContent).toContain('—');
      expect(page().textContent).toContain('never in service in this range');
    });

    it('reports a failed load and tries again', async () => {
      await openAs(VIEWER);
      byTestId('asset-range-24h')?.click();
      await settle();
      utilizationRequest().flush({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' }, { status: 500, statusText: 'Internal Server Error' });
      await settle();
      const notice = page().querySelector('ww-asset-utilization ww-retry-notice');
      expect(notice?.textContent).toContain('Internal server error');

      notice?.querySelector('button')?.click();
      await settle();
      const again = utilizationRequest();
      expect(spanOf(again)).toBe(24 * HOUR_MS);
      again.flush(assetUtilization(42));
      await settle();
      expect(page().querySelector('ww-asset-utilization ww-retry-notice')).toBeNull();
      expect(byTestId('asset-utilization-share')?.textContent).toContain('60 %');
    });
  });
});
