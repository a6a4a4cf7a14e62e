import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AlertsApiService } from './alerts-api.service';

describe('AlertsApiService', () => {
  let api: AlertsApiService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AlertsApiService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists alerts by state, several kinds at once, a page at a time', () => {
    api.alerts({ state: 'acknowledged', kind: ['equipment.missing', 'gateway.offline'], limit: 50, before: 120 }).subscribe();
    backend.expectOne('/api/alerts?state=acknowledged&kind=equipment.missing,gateway.offline&limit=50&before=120');

    api.alerts({ state: 'open', kind: [] }).subscribe();
    backend.expectOne('/api/alerts?state=open');
  });

  it('reads the summary', () => {
    api.summary().subscribe();
    backend.expectOne('/api/alerts/summary');
  });

  it('acknowledges with an optional note and resolves with the note required', () => {
    api.acknowledge(7).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/alerts/7/acknowledge' }).request.body).toEqual({});
    api.acknowledge(7, 'Porter on the way').subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/alerts/7/acknowledge' }).request.body).toEqual({ note: 'Porter on the way' });

    api.resolve(7, 'Found in the dirty utility').subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/alerts/7/resolve' }).request.body).toEqual({ note: 'Found in the dirty utility' });
  });
});
