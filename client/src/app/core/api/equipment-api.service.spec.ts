import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { asset } from '../../../testing/equipment-fixtures';
import { EquipmentApiService } from './equipment-api.service';

describe('EquipmentApiService', () => {
  let api: EquipmentApiService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(EquipmentApiService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('searches assets with only the filters that are set', () => {
    api.assets({ type: 'ventilator', status: 'available', floor: undefined, unit: '', q: 'alaris', limit: 50, offset: 100 }).subscribe();
    const request = backend.expectOne((r) => r.url === '/api/equipment/assets');
    expect(request.request.params.keys()).toEqual(['type', 'status', 'q', 'limit', 'offset']);
    expect(request.request.params.get('offset')).toBe('100');
    request.flush({ total: 0, items: [] });
  });

  it('reads, registers and edits an asset', () => {
    api.asset(42).subscribe();
    backend.expectOne({ method: 'GET', url: '/api/equipment/assets/42' }).flush(asset({ id: 42 }));

    api.createAsset({ assetTag: 'EQ-0042', name: 'Pump', typeCode: 'infusion_pump' }).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/equipment/assets' }).request.body).toEqual({ assetTag: 'EQ-0042', name: 'Pump', typeCode: 'infusion_pump' });

    api.updateAsset(42, { homeUnit: null }).subscribe();
    expect(backend.expectOne({ method: 'PATCH', url: '/api/equipment/assets/42' }).request.body).toEqual({ homeUnit: null });
  });

  it('changes the status and pairs and unpairs tags on their own routes', () => {
    api.changeStatus(42, { status: 'soiled', reason: 'Used in bay 3' }).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/equipment/assets/42/status' }).request.body).toEqual({ status: 'soiled', reason: 'Used in bay 3' });

    api.pairTag(42, 'ibeacon:x:1:42').subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/equipment/assets/42/tag' }).request.body).toEqual({ tagId: 'ibeacon:x:1:42' });

    api.unpairTag(42).subscribe();
    backend.expectOne({ method: 'DELETE', url: '/api/equipment/assets/42/tag' });
  });

  it('asks for the trail over a time range and the nearest available of a type', () => {
    api.trail(42, { from: '2026-03-01T09:00:00.000Z', to: '2026-03-02T09:00:00.000Z' }).subscribe();
    backend.expectOne('/api/equipment/assets/42/trail?from=2026-03-01T09:00:00.000Z&to=2026-03-02T09:00:00.000Z');

    api.nearest('infusion_pump', 'main-1-101').subscribe();
    backend.expectOne('/api/equipment/nearest?type=infusion_pump&room=main-1-101&limit=5');
  });

  it('asks for utilization per type (all or one) and per asset over a range, and for PM due within a horizon', () => {
    const range = { from: '2026-03-01T09:00:00.000Z', to: '2026-03-08T09:00:00.000Z' };
    api.utilization(range).subscribe();
    backend.expectOne('/api/equipment/utilization?from=2026-03-01T09:00:00.000Z&to=2026-03-08T09:00:00.000Z');
    api.utilization({ ...range, type: 'ventilator' }).subscribe();
    backend.expectOne('/api/equipment/utilization?from=2026-03-01T09:00:00.000Z&to=2026-03-08T09:00:00.000Z&type=ventilator');

    api.assetUtilization(42, range).subscribe();
    backend.expectOne('/api/equipment/assets/42/utilization?from=2026-03-01T09:00:00.000Z&to=2026-03-08T09:00:00.000Z');

    api.pmDue(14).subscribe();
    backend.expectOne('/api/equipment/pm-due?withinDays=14');
  });

  it('reads types, unpaired tags and PAR levels, and replaces the PAR levels as a whole', () => {
    api.types().subscribe();
    backend.expectOne('/api/equipment/types');
    api.unpairedTags().subscribe();
    backend.expectOne('/api/equipment/unpaired-tags');
    api.parLevels().subscribe();
    backend.expectOne({ method: 'GET', url: '/api/equipment/par-levels' });

    api.replaceParLevels([{ unit: 'ICU', typeCode: 'ventilator', minAvailable: 2 }]).subscribe();
    expect(backend.expectOne({ method: 'PUT', url: '/api/equipment/par-levels' }).request.body).toEqual({
      levels: [{ unit: 'ICU', typeCode: 'ventilator', minAvailable: 2 }],
    });
  });

  it('fetches every page of a search', () => {
    let received: number[] = [];
    api.everyAsset({ floor: 'main-1' }).subscribe((assets) => (received = assets.map((a) => a.id)));

    const first = backend.expectOne('/api/equipment/assets?floor=main-1&limit=200&offset=0');
    first.flush({ total: 3, items: [asset({ id: 1 }), asset({ id: 2 })] });
    backend.expectOne('/api/equipment/assets?floor=main-1&limit=200&offset=2').flush({ total: 3, items: [asset({ id: 3 })] });

    expect(received).toEqual([1, 2, 3]);
  });
});
