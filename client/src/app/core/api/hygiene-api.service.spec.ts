import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HygieneApiService } from './hygiene-api.service';

const PERIOD = { from: '2026-11-20T00:00:00.000Z', to: '2026-11-26T09:30:00.000Z' };

describe('HygieneApiService', () => {
  let api: HygieneApiService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(HygieneApiService);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for compliance and group-level compliance with the filters set, leaving out the unset ones', () => {
    api.compliance({ ...PERIOD, by: 'room', unit: 'Ward 1', roomId: undefined }).subscribe();
    backend.expectOne('/api/hygiene/compliance?from=2026-11-20T00:00:00.000Z&to=2026-11-26T09:30:00.000Z&by=room&unit=Ward%201');
    api.groupLevelCompliance({ ...PERIOD, by: 'day' }).subscribe();
    backend.expectOne('/api/hygiene/compliance/group-level?from=2026-11-20T00:00:00.000Z&to=2026-11-26T09:30:00.000Z&by=day');
  });

  it('reads the cleaning board and records a room event', () => {
    api.cleaningBoard().subscribe();
    backend.expectOne('/api/hygiene/rooms/cleaning');
    api.recordRoomEvent('main-1-room 4', { type: 'cleaning_completed', kind: 'terminal' }).subscribe();
    expect(backend.expectOne({ method: 'POST', url: '/api/hygiene/rooms/main-1-room%204/events' }).request.body).toEqual({ type: 'cleaning_completed', kind: 'terminal' });
  });

  it('reads a sensor’s readings and the excursions of a period', () => {
    api.readings({ ...PERIOD, deviceId: 'main-1-env-001', measure: 'pressure_differential', resolution: 'hour' }).subscribe();
    backend.expectOne('/api/hygiene/environment/readings?from=2026-11-20T00:00:00.000Z&to=2026-11-26T09:30:00.000Z&deviceId=main-1-env-001&measure=pressure_differential&resolution=hour');
    api.excursions({ ...PERIOD, unit: '' }).subscribe();
    backend.expectOne('/api/hygiene/environment/excursions?from=2026-11-20T00:00:00.000Z&to=2026-11-26T09:30:00.000Z');
  });

  it('downloads the audit report as a file with its headers', () => {
    let fileName: string | null = null;
    let size = 0;
    api.auditReport({ ...PERIOD, unit: 'Ward 1', format: 'pdf' }).subscribe((response) => {
      fileName = response.headers.get('Content-Disposition');
      size = response.body?.size ?? 0;
    });
    const request = backend.expectOne('/api/hygiene/audit-report?from=2026-11-20T00:00:00.000Z&to=2026-11-26T09:30:00.000Z&unit=Ward%201&format=pdf');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF-1.7']), { headers: { 'Content-Disposition': 'attachment; filename="a.pdf"' } });
    expect(fileName).toBe('attachment; filename="a.pdf"');
    expect(size).toBe(8);
  });

  it('asks who and what was in a room during a period', () => {
    let staff: string[] = [];
    api.contacts({ ...PERIOD, roomId: 'main-1-room 4' }).subscribe((result) => (staff = result.staff.map((contact) => contact.name)));
    const request = backend.expectOne('/api/hygiene/contacts?from=2026-11-20T00:00:00.000Z&to=2026-11-26T09:30:00.000Z&roomId=main-1-room%204');
    expect(request.request.method).toBe('GET');
    request.flush({ room: { id: 'main-1-room 4', name: 'Room 4', unit: 'Ward 1' }, ...PERIOD, staff: [{ staffId: 1, name: 'Amara Okafor', role: 'nurse', badgeId: 'b1', enteredAt: PERIOD.from, leftAt: null, overlapMs: 60_000 }], equipment: [] });
    expect(staff).toEqual(['Amara Okafor']);
  });
});
