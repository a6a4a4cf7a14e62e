import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedBatch {
  gatewayId: string;
  seq: number;
  sentAt: string;
  sightings: Record<string, unknown>[];
}

/**
 * A stand-in for the ingest that records what the agent sends, for fault tests that need to control the
 * answers: `answer` sets the status for batches (200, 503, 400 …); `down()` closes the port, `up()`
 * opens it again on the same port.
 */
export interface CaptureServer {
  readonly url: string;
  /** Batches answered 2xx, in arrival order. */
  readonly batches: CapturedBatch[];
  /** Every batch request, whatever the answer. */
  readonly attempts: CapturedBatch[];
  readonly heartbeats: Record<string, unknown>[];
  answer: number;
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const state = { batches: [] as CapturedBatch[], attempts: [] as CapturedBatch[], heartbeats: [] as Record<string, unknown>[], answer: 200 };
  const handler = (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const json = JSON.parse(body) as Record<string, unknown>;
      if (request.url === '/api/v1/ingest/gateway-heartbeat') {
        state.heartbeats.push(json);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      const batch = json as unknown as CapturedBatch;
      state.attempts.push(batch);
      const status = state.answer;
      if (status >= 200 && status < 300) state.batches.push(batch);
      const answer = status < 300 ? { accepted: batch.sightings.length, duplicate: false } : { statusCode: status, message: `test answer ${status}` };
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  };
  let server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${port}`,
    get batches() {
      return state.batches;
    },
    get attempts() {
      return state.attempts;
    },
    get heartbeats() {
      return state.heartbeats;
    },
    get answer() {
      return state.answer;
    },
    set answer(status: number) {
      state.answer = status;
    },
    down: close,
    async up() {
      server = createServer(handler);
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    stop: close,
  };
}
