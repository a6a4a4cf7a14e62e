import { Injectable, InjectionToken, effect, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Subject } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { leaveEndedSession } from '../auth/session-ended';
import type {
  LiveAlert,
  LiveConnection,
  LiveEventSource,
  LiveEventSourceFactory,
  LivePosition,
  LiveTransition,
} from './live-events.models';

/** How the browser opens the stream; tests provide a fake. Same origin, so the session cookie goes along. */
export const LIVE_EVENT_SOURCE = new InjectionToken<LiveEventSourceFactory>('LIVE_EVENT_SOURCE', {
  providedIn: 'root',
  factory: () => (url) => (typeof EventSource === 'undefined' ? null : new EventSource(url)),
});

/** `EventSource.CLOSED`: the browser gave up (the server answered an error status) and will not retry. */
const CLOSED = 2;
/** Our own retries after the browser gives up: from the server's 5 s reconnect delay, doubling to 1 min. */
export const FIRST_RETRY_MS = 5_000;
export const MAX_RETRY_MS = 60_000;

/**
 * The app's one live event stream (`GET /api/events`, server-sent events). Positions, transitions and
 * alerts come out as observables; `resyncs$` says positions may have been missed (the stream dropped
 * and came back, or the server skipped some for a slow reader) and whoever keeps positions should
 * reload them. The browser reconnects on its own after a network drop; when it gives up (an error
 * status) we retry with back-off. Signing out closes the stream; `session-ended` ends the session.
 */
@Injectable({ providedIn: 'root' })
export class LiveEventsService {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly createSource = inject(LIVE_EVENT_SOURCE);

  private readonly positions = new Subject<readonly LivePosition[]>();
  private readonly transitions = new Subject<LiveTransition>();
  private readonly alerts = new Subject<LiveAlert>();
  private readonly resyncs = new Subject<void>();
  private readonly state = signal<LiveConnection>('closed');

  readonly positions$ = this.positions.asObservable();
  readonly transitions$ = this.transitions.asObservable();
  readonly alerts$ = this.alerts.asObservable();
  readonly resyncs$ = this.resyncs.asObservable();
  readonly connection = this.state.asReadonly();

  private source: LiveEventSource | null = null;
  private wanted = false;
  private floorId: string | null = null;
  /** The stream dropped since it was last open: events may have been missed. */
  private missed = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = FIRST_RETRY_MS;

  constructor() {
    effect(() => {
      if (!this.auth.isSignedIn()) this.stop();
    });
  }

  /** Opens the stream if it is not open yet. */
  start(): void {
    this.wanted = true;
    if (!this.source && this.retryTimer === null) this.open();
  }

  stop(): void {
    this.wanted = false;
    this.missed = false;
    this.retryDelay = FIRST_RETRY_MS;
    this.close();
    this.state.set('closed');
  }

  /**
   * Positions and transitions of this floor only (alerts always come); null for every floor. The
   * server filters by floor when the stream opens, so a new floor reopens it. Pages that stop showing
   * a floor leave the filter as it is: one floor's positions cost less than every floor's.
   */
  focusFloor(floorId: string | null): void {
    if (floorId === this.floorId) return;
    this.floorId = floorId;
    if (this.source) {
      this.close();
      this.open();
    }
  }

  private open(): void {
    if (!this.wanted) return;
    const url = this.floorId === null ? '/api/events' : `/api/events?floor=${encodeURIComponent(this.floorId)}`;
    const source = this.createSource(url);
    if (source === null) {
      this.state.set('unsupported');
      return;
    }
    this.source = source;
    this.state.set('connecting');
    source.addEventListener('ready', () => this.opened());
    source.addEventListener('position', (event) => {
      const data = parse<{ updates?: LivePosition[] }>(event);
      if (data?.updates && data.updates.length > 0) this.positions.next(data.updates);
    });
    source.addEventListener('transition', (event) => emit(this.transitions, parse<LiveTransition>(event)));
    source.addEventListener('alert', (event) => emit(this.alerts, parse<LiveAlert>(event)));
    source.addEventListener('resync', () => this.resyncs.next());
    source.addEventListener('session-ended', () => {
      this.stop();
      leaveEndedSession(this.auth, this.router);
    });
    source.addEventListener('error', () => this.failed(source));
  }

  private opened(): void {
    this.state.set('open');
    this.retryDelay = FIRST_RETRY_MS;
    if (this.missed) {
      this.missed = false;
      this.resyncs.next();
    }
  }

  private failed(source: LiveEventSource): void {
    if (source !== this.source) return;
    this.missed = true;
    this.state.set('connecting');
    // Still CONNECTING: the browser retries by itself (after the server's `retry:` delay).
    if (source.readyState !== CLOSED) return;
    this.close();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.open();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }

  private close(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.source?.close();
    this.source = null;
  }
}

function parse<T>(event: MessageEvent<string>): T | null {
  try {
    return JSON.parse(event.data) as T;
  } catch {
    return null;
  }
}

function emit<T>(subject: Subject<T>, value: T | null): void {
  if (value !== null) subject.next(value);
}
