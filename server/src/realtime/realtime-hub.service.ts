import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionAuthenticator, type UserPrincipal } from '../platform/auth/session-authenticator.js';
import { DomainError } from '../platform/http/domain-error.js';
import type { RoomTransition } from '../location/engine/engine-types.js';
import type { PositionMessage } from './position-coalescer.js';
import { SseClient, type CloseReason, type SseClientLimits } from './sse-client.js';
import { sseEvent, sseRetry } from './sse-format.js';

/** Position messages leave every this many ms, each carrying every tag that moved (at most once a second per tag). */
export const FLUSH_INTERVAL_MS = 250;
/** A comment every 15 s keeps proxies (nginx's default read timeout is 60 s) from closing a quiet stream. */
export const HEARTBEAT_INTERVAL_MS = 15_000;
/** How often each stream's session is checked again: a revoked or expired session is cut off within this. */
export const SESSION_CHECK_INTERVAL_MS = 60_000;
/** What the browser waits before reconnecting. */
export const RECONNECT_DELAY_MS = 5_000;

export const CLIENT_LIMITS: SseClientLimits = {
  minIntervalMs: 1_000,
  maxPending: 5_000,
  maxPerMessage: 2_000,
  maxQueuedEvents: 1_000,
  maxStallMs: 60_000,
};
/** A tag's move into another room as the `transition` event carries it (times epoch ms). */
export type TransitionMessage = RoomTransition;

/** Streams at most, per user (a few tabs) and in all: each holds a socket and a little memory. */
export const MAX_STREAMS_PER_USER = 10;
export const MAX_STREAMS = 2_000;

class TooManyStreamsError extends DomainError {
  constructor(message: string) {
    super(429, message);
  }
}

interface Subscriber {
  client: SseClient;
  user: UserPrincipal;
  /** Kept to check the session again: it carries the cookie or Bearer token the stream was opened with. */
  request: Request;
}

/**
 * Live events for browsers, over server-sent events (`GET /api/events`). Features publish here:
 * positions (coalesced per client), and named events (transitions, alerts, …) that go out at once.
 * Each stream belongs to a signed-in user whose session is checked again every minute.
 */
@Injectable()
export class RealtimeHub implements OnModuleDestroy {
  private readonly logger = new Logger(RealtimeHub.name);
  private readonly subscribers = new Map<SseClient, Subscriber>();
  /** The floor each tag's last position / transition was on, so a client of that floor hears it leave. */
  private readonly positionFloor = new Map<string, string>();
  private readonly transitionFloor = new Map<string, string>();
  private timers: NodeJS.Timeout[] = [];

  constructor(private readonly sessions: SessionAuthenticator) {}

  get streams(): number {
    return this.subscribers.size;
  }

  /** Turns the response into an event stream for `user`, optionally of one floor. */
  open(request: Request, response: Response, user: UserPrincipal, floorId: string | undefined): SseClient {
    if (this.subscribers.size >= MAX_STREAMS) throw new TooManyStreamsError('Too many live event streams on this server; try again later');
    const own = [...this.subscribers.values()].filter((s) => s.user.userId === user.userId).length;
    if (own >= MAX_STREAMS_PER_USER) throw new TooManyStreamsError(`At most ${MAX_STREAMS_PER_USER} live event streams per user; close a tab`);

    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache, no-transform');
    response.setHeader('Connection', 'keep-alive');
    // nginx buffers responses unless told not to.
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    request.socket.setNoDelay(true);
    request.socket.setKeepAlive(true);

    const client = new SseClient(response, floorId, CLIENT_LIMITS, (closed, reason) => this.forget(closed, reason));
    this.subscribers.set(client, { client, user, request });
    response.on('close', () => client.close('client'));
    response.write(sseRetry(RECONNECT_DELAY_MS));
    response.write(sseEvent('ready', { floorId: floorId ?? null, heartbeatMs: HEARTBEAT_INTERVAL_MS }));
    this.startTimers();
    return client;
  }

  /** A tag's new position: to every client of its floor, and of the floor it was on before. */
  publishPosition(update: PositionMessage): void {
    const previous = this.positionFloor.get(update.tagId);
    this.positionFloor.set(update.tagId, update.floorId);
    if (this.subscribers.size === 0) return;
    const floors = previous === undefined || previous === update.floorId ? [update.floorId] : [update.floorId, previous];
    for (const client of this.subscribers.keys()) if (client.wants(floors)) client.offerPosition(update);
  }

  /** A tag's move into another room: to clients of the floor it entered and of the floor it left. */
  publishTransition(transition: TransitionMessage): void {
    const previous = this.transitionFloor.get(transition.tagId);
    this.transitionFloor.set(transition.tagId, transition.floorId);
    this.publish('transition', transition, previous === undefined || previous === transition.floorId ? [transition.floorId] : [transition.floorId, previous]);
  }

  /**
   * A named event to every stream, or (with `floorIds`) to the unfiltered streams and those of these
   * floors. Written at once (or queued while a client's socket is full).
   */
  publish(event: string, data: unknown, floorIds?: readonly (string | null)[]): void {
    for (const client of this.subscribers.keys()) if (client.wants(floorIds)) client.send(event, data);
  }

  /** Writes every client's due position batch and queued events. */
  flush(now = Date.now()): void {
    for (const client of this.subscribers.keys()) client.flush(now);
  }

  heartbeat(now = Date.now()): void {
    for (const client of this.subscribers.keys()) client.heartbeat(now);
  }

  /** Checks every stream's session again; ends those whose session expired or was revoked. Resolves how many ended. */
  async recheckSessions(): Promise<number> {
    let ended = 0;
    for (const subscriber of [...this.subscribers.values()]) {
      let user: UserPrincipal | undefined;
      try {
        user = await this.sessions.authenticate(subscriber.request);
      } catch (error) {
        // The database may be briefly unreachable: keep the stream, check again next time.
        this.logger.warn({ msg: 'Could not check a live stream’s session', user: subscriber.user.username, error: String(error) });
        continue;
      }
      if (user !== undefined && user.userId === subscriber.user.userId) {
        subscriber.user = user;
        continue;
      }
      subscriber.client.close('session-ended', { event: 'session-ended', data: { reason: 'Your session ended; sign in again.' } });
      ended++;
    }
    return ended;
  }

  onModuleDestroy(): void {
    // Open streams would keep the HTTP server from closing: end them first (browsers reconnect later).
    for (const client of [...this.subscribers.keys()]) client.close('shutdown');
    this.stopTimers();
  }

  private forget(client: SseClient, reason: CloseReason): void {
    const subscriber = this.subscribers.get(client);
    this.subscribers.delete(client);
    if (reason === 'too-slow') this.logger.warn({ msg: 'Cut off a live stream that was not reading', user: subscriber?.user.username });
    if (this.subscribers.size === 0) this.stopTimers();
  }

  private startTimers(): void {
    if (this.timers.length > 0) return;
    this.timers = [
      setInterval(() => this.flush(), FLUSH_INTERVAL_MS),
      setInterval(() => this.heartbeat(), HEARTBEAT_INTERVAL_MS),
      setInterval(() => void this.recheckSessions(), SESSION_CHECK_INTERVAL_MS),
    ];
    for (const timer of this.timers) timer.unref();
  }

  private stopTimers(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
  }
}
