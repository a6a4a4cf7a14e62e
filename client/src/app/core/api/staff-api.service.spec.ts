import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { StaffApiService } from './staff-api.service';

describe('StaffApiService', () => {
  let api: StaffApiService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(StaffApiService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('searches staff with only the filters that are set', () => {
    api.staff({ q: 'okafor', role: '', active: true, limit: 50 }).subscribe();
    const request = backend.expectOne((r) => r.url === '/api/hygiene/staff');
    expect(request.request.params.keys()).toEqual(['q', 'active', 'limit']);
    expect(request.request.params.get('active')).toBe('true');
    request.flush({ total: 0, items: [] });
  });

  it('creates and edits people, and assigns, unassigns, deactivates and reactivates on their own routes', () => {
    api.create({ displayName: 'Amara Okafor', role: 'nurse', unit: 'Intensive care unit' }).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/hygiene/staff' }).request.body).toEqual({ displayName: 'Amara Okafor', role: 'nurse', unit: 'Intensive care unit' });
    api.update(7, { unit: null }).subscribe();
    expect(backend.expectOne({ method: 'PATCH', url: '/api/hygiene/staff/7' }).request.body).toEqual({ unit: null });
    api.assignBadge(7, 'ibeacon:x:2:7').subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/hygiene/staff/7/badge' }).request.body).toEqual({ tagId: 'ibeacon:x:2:7' });
    api.unassignBadge(7).subscribe();
    backend.expectOne({ method: 'DELETE', url: '/api/hygiene/staff/7/badge' });
    api.deactivate(7).subscribe();
    backend.expectOne({ method: 'POST', url: '/api/hygiene/staff/7/deactivate' });
    api.reactivate(7).subscribe();
    backend.expectOne({ method: 'POST', url: '/api/hygiene/staff/7/reactivate' });
  });
});
