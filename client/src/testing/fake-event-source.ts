import type { Provider } from '@angular/core';
import { LIVE_EVENT_SOURCE } from '../app/core/realtime/live-events.service';
import type { LiveEventSource } from '../app/core/realtime/live-events.models';

/** A stand-in for the browser's EventSource: the test plays the server's part. */
export class FakeEventSource implements LiveEventSource {
  readyState = 0;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.readyState = 2;
    this.closed = true;
  }

  /** The server sends `event: <type>` with `data` as one line of JSON. */
  emit(type: string, data: unknown): void {
    if (type === 'ready') this.readyState = 1;
    this.dispatch(type, JSON.stringify(data));
  }

  dispatch(type: string, data: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }

  /** The connection dropped: the browser retries by itself, or (`giveUp`) it stopped for good. */
  fail(giveUp = false): void {
    this.readyState = giveUp ? 2 : 0;
    this.dispatch('error', '');
  }
}

/** Every stream the app opened, newest last. */
export interface FakeEventSources {
  all: FakeEventSource[];
  latest(): FakeEventSource;
}

export function provideFakeEventSources(): { sources: FakeEventSources; provider: Provider } {
  const all: FakeEventSource[] = [];
  const sources: FakeEventSources = {
    all,
    latest: () => {
      const source = all.at(-1);
      if (!source) throw new Error('No live event stream was opened');
      return source;
    },
  };
  const provider: Provider = {
    provide: LIVE_EVENT_SOURCE,
    useValue: (url: string) => {
      const source = new FakeEventSource(url);
      all.push(source);
      return source;
    },
  };
  return { sources, provider };
}
