import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { signInAs } from '../../../testing/auth';
import { BIOMED } from '../../../testing/fixtures';
import { type FakeEventSources, provideFakeEventSources } from '../../../testing/fake-event-source';
import { AuthService } from '../auth/auth.service';
import type { LiveAlert, LivePosition } from './live-events.models';
import { FIRST_RETRY_MS, LIVE_EVENT_SOURCE, LiveEventsService } from './live-events.service';

const moved: LivePosition = { tagId: 'ibeacon:a:1:42', floorId: 'main-1', roomId: 'main-1-101', x: 3, y: 4, confidence: 0.9, ts: 1_700_000_000_000 };

describe('LiveEventsService', () => {
  let sources: FakeEventSources;
  let live: LiveEventsService;

  beforeEach(async () => {
    const fake = provideFakeEventSources();
    sources = fake.sources;
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), fake.provider] });
    await signInAs(BIOMED);
    live = TestBed.inject(LiveEventsService);
    TestBed.tick();
  });

  afterEach(() => jest.useRealTimers());

  it('opens one stream for the whole app, however often it is started', () => {
    live.start();
    live.start();
    expect(sources.all.map((source) => source.url)).toEqual(['/api/events']);
    expect(live.connection()).toBe('connecting');

    sources.latest().emit('ready', { floorId: null, heartbeatMs: 15000 });
    expect(live.connection()).toBe('open');
  });

  it('hands out positions, transitions and alerts by type, and skips what it cannot read', () => {
    const positions: (readonly LivePosition[])[] = [];
    const alerts: LiveAlert[] = [];
    const transitions: unknown[] = [];
    live.positions$.subscribe((batch) => positions.push(batch));
    live.alerts$.subscribe((alert) => alerts.push(alert));
    live.transitions$.subscribe((transition) => transitions.push(transition));
    live.start();
    const source = sources.latest();

    source.emit('position', { updates: [moved] });
    source.emit('position', { updates: [] });
    source.dispatch('position', 'not json');
    source.emit('transition', { tagId: moved.tagId, fromRoomId: null, toRoomId: 'main-1-101', floorId: 'main-1', enteredAt: 1 });
    source.emit('alert', { action: 'raised', alert: { id: 7 } });

    expect(positions).toEqual([[moved]]);
    expect(transitions).toHaveLength(1);
    expect(alerts.map((alert) => [alert.action, alert.alert.id])).toEqual([['raised', 7]]);
  });

  it('asks for one floor, reopening the stream only when the floor changes', () => {
    live.focusFloor('main-0');
    live.start();
    live.focusFloor('main-0');
    live.focusFloor('main-1');

    expect(sources.all.map((source) => source.url)).toEqual(['/api/events?floor=main-0', '/api/events?floor=main-1']);
    expect(sources.all[0].closed).toBe(true);
    expect(sources.all[1].closed).toBe(false);
  });

  it('asks for a reload after the browser reconnected by itself, not on the first connection', () => {
    let resyncs = 0;
    live.resyncs$.subscribe(() => resyncs++);
    live.start();
    const source = sources.latest();
    source.emit('ready', {});
    expect(resyncs).toBe(0);

    source.fail();
    expect(live.connection()).toBe('connecting');
    source.emit('ready', {});
    expect(resyncs).toBe(1);
    expect(sources.all).toHaveLength(1);

    source.emit('resync', { reason: 'slow-client', droppedPositions: 12 });
    expect(resyncs).toBe(2);
  });

  it('opens a new stream, backing off, when the browser gives up', () => {
    jest.useFakeTimers();
    let resyncs = 0;
    live.resyncs$.subscribe(() => resyncs++);
    live.start();
    sources.latest().fail(true);
    expect(sources.latest().closed).toBe(true);

    jest.advanceTimersByTime(FIRST_RETRY_MS);
    expect(sources.all).toHaveLength(2);
    sources.latest().fail(true);
    jest.advanceTimersByTime(FIRST_RETRY_MS);
    expect(sources.all).toHaveLength(2);
    jest.advanceTimersByTime(FIRST_RETRY_MS);
    expect(sources.all).toHaveLength(3);

    sources.latest().emit('ready', {});
    expect(resyncs).toBe(1);
  });

  it('closes the stream when the user signs out', () => {
    live.start();
    TestBed.inject(AuthService).sessionEnded();
    TestBed.tick();

    expect(sources.latest().closed).toBe(true);
    expect(live.connection()).toBe('closed');
  });

  it('ends the session when the server says it ended', () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    live.start();
    sources.latest().emit('session-ended', { reason: 'Your session ended; sign in again.' });

    expect(sources.latest().closed).toBe(true);
    expect(TestBed.inject(AuthService).user()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/' } });
  });
});

describe('LiveEventsService without EventSource', () => {
  it('says live updates are unsupported', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), { provide: LIVE_EVENT_SOURCE, useValue: () => null }] });
    const live = TestBed.inject(LiveEventsService);
    live.start();
    expect(live.connection()).toBe('unsupported');
  });
});
