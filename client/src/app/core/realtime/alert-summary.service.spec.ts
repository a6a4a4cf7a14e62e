import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { alertSummary } from '../../../testing/alert-fixtures';
import { type FakeEventSources, provideFakeEventSources } from '../../../testing/fake-event-source';
import { AlertSummaryService, SUMMARY_REFRESH_MS } from './alert-summary.service';
import { LiveEventsService } from './live-events.service';

describe('AlertSummaryService', () => {
  let backend: HttpTestingController;
  let sources: FakeEventSources;
  let service: AlertSummaryService;

  beforeEach(() => {
    const fake = provideFakeEventSources();
    sources = fake.sources;
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), fake.provider] });
    backend = TestBed.inject(HttpTestingController);
    service = TestBed.inject(AlertSummaryService);
    TestBed.inject(LiveEventsService).start();
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  it('counts open alerts and names their kinds', () => {
    service.refresh();
    backend.expectOne('/api/alerts/summary').flush(alertSummary(3));

    expect(service.openCount()).toBe(3);
    expect(service.kindLabel('equipment.missing')).toBe('Equipment missing');
    expect(service.kindLabel('hygiene.new_kind')).toBe('hygiene.new_kind');
  });

  it('asks again once after a burst of live alerts, and after a reconnection', () => {
    jest.useFakeTimers();
    const source = sources.latest();
    source.emit('alert', { action: 'raised', alert: { id: 1 } });
    source.emit('alert', { action: 'raised', alert: { id: 2 } });
    backend.expectNone('/api/alerts/summary');

    jest.advanceTimersByTime(SUMMARY_REFRESH_MS);
    backend.expectOne('/api/alerts/summary').flush(alertSummary(2));
    expect(service.openCount()).toBe(2);

    source.emit('resync', {});
    backend.expectOne('/api/alerts/summary').flush(alertSummary(5));
    expect(service.openCount()).toBe(5);
  });

  it('keeps the last count when the summary cannot be loaded', () => {
    service.refresh();
    backend.expectOne('/api/alerts/summary').flush(alertSummary(4));
    service.refresh();
    backend.expectOne('/api/alerts/summary').flush({ message: 'down' }, { status: 503, statusText: 'Unavailable' });

    expect(service.openCount()).toBe(4);
  });
});
