/** Reads a server-sent event stream the way a browser's EventSource would, for end-to-end specs. */
import { get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  event: string;
  data: unknown;
}

export interface EventStream {
  status: number;
  headers: IncomingMessage['headers'];
  /** Every event received so far, in order (comments such as heartbeats are in `comments`). */
  events: ReceivedEvent[];
  comments: string[];
  /** The raw text received so far. */
  text(): string;
  /** Resolves with the first event of that name received after the last one `next` returned for it. */
  next(event: string, timeoutMs?: number): Promise<ReceivedEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Makes the application's HTTP server listen on a free local port (supertest does this per request; a stream needs it to stay). */
export async function listenLocally(server: Server): Promise<string> {
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (response) => {
      response.setEncoding('utf8');
      let raw = '';
      let buffer = '';
      const events: ReceivedEvent[] = [];
      const comments: string[] = [];
      const taken = new Map<string, number>();
      let resolveEnded: () => void = () => undefined;
      const ended = new Promise<void>((done) => (resolveEnded = done));
      response.on('data', (chunk: string) => {
        raw += chunk;
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const name = lines.find((line) => line.startsWith('event: '))?.slice(7);
          const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
          for (const line of lines) if (line.startsWith(': ')) comments.push(line.slice(2));
          if (data !== undefined) events.push({ event: name ?? 'message', data: JSON.parse(data) });
        }
      });
      response.on('end', resolveEnded);
      response.on('close', resolveEnded);
      resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        events,
        comments,
        text: () => raw,
        ended,
        close: () => request.destroy(),
        next: async (event, timeoutMs = 5000) => {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const from = taken.get(event) ?? 0;
            const index = events.findIndex((e, i) => i >= from && e.event === event);
            if (index >= 0) {
              taken.set(event, index + 1);
              return events[index];
            }
            if (Date.now() > deadline) throw new Error(`no "${event}" event within ${timeoutMs} ms; received: ${events.map((e) => e.event).join(', ')}`);
            await new Promise((wait) => setTimeout(wait, 10));
          }
        },
      });
    });
    request.on('error', reject);
  });
}
