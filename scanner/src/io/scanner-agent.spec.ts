import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dbus from 'dbus-next';
import { parseScannerConfig } from '../config/scanner-config.js';
import type { GatewayHeartbeat } from '../core/heartbeat.js';
import type { SendOutcome } from '../core/send-outcome.js';
import type { Scanner, ScanEvents } from './bluez-scanner.js';
import { jsonLogger } from './json-logger.js';
import { ScannerAgent } from './scanner-agent.js';
import type { Transport } from './transport.js';

// The agent's wiring in-process, with a scanner and a transport that tests drive: fast, no D-Bus.
// test/scanner/ runs the compiled agent against a simulated BlueZ for the same paths end to end.

const IBEACON = Buffer.from('0215e2c56db5dffb48d2b060d0f5a71096e00001002ac5', 'hex');

class FakeScanner implements Scanner {
  starts = 0;
  constructor(
    readonly events: ScanEvents,
    private readonly fail: () => boolean,
  ) {}
  async start(): Promise<string> {
    this.starts++;
    if (this.fail()) throw new Error('no adapter');
    return 'hci0';
  }
  async stop(): Promise<void> {}
  advertise(rssi: number): void {
    this.events.deviceUpdate('/org/bluez/hci0/dev_AC_23_3F_A0_0B_1C', {
      RSSI: new dbus.Variant('n', rssi),
      ManufacturerData: new dbus.Variant('a{qv}', { 76: new dbus.Variant('ay', IBEACON) }),
    });
  }
}

class FakeTransport implements Transport {
  readonly sent: Array<{ seq: number; n: number }> = [];
  /** The seq of every attempt, delivered or not. */
  readonly attempts: number[] = [];
  readonly heartbeats: GatewayHeartbeat[] = [];
  answers: SendOutcome[] = [];
  async sendBatch(body: string): Promise<SendOutcome> {
    const outcome = this.answers.shift() ?? { kind: 'delivered', duplicate: false };
    const batch = JSON.parse(body) as { seq: number; sightings: Array<{ n: number }> };
    this.attempts.push(batch.seq);
    if (outcome.kind === 'delivered') this.sent.push({ seq: batch.seq, n: batch.sightings[0].n });
    return outcome;
  }
  async sendHeartbeat(heartbeat: GatewayHeartbeat): Promise<SendOutcome> {
    this.heartbeats.push(heartbeat);
    return { kind: 'delivered', duplicate: false };
  }
  async close(): Promise<void> {}
}

async function until<T>(probe: () => T | undefined | false): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the scanner agent in-process', () => {
  let dir: string;
  let agent: ScannerAgent | undefined;
  let scanners: FakeScanner[];
  let transport: FakeTransport;
  let failStarts: number;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'wardwatch-agent-spec-'));
    scanners = [];
    transport = new FakeTransport();
    failStarts = 0;
  });
  afterEach(async () => {
    await agent?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function start(extra: Record<string, unknown> = {}): Promise<void> {
    const config = parseScannerConfig(
      { gatewayId: 'gw', serverUrl: 'http://server', deviceKey: 'wwd_k', queueDir: dir, windowMs: 200, backoffInitialMs: 10, backoffMaxMs: 20, heartbeatMs: 1_000, watchdogCheckMs: 100, ...extra },
      {},
    );
    agent = new ScannerAgent({
      config,
      log: jsonLogger('error', () => undefined),
      transport,
      version: 'test',
      scanner: (events) => {
        const scanner = new FakeScanner(events, () => failStarts-- > 0);
        scanners.push(scanner);
        return scanner;
      },
    });
    return agent.start();
  }

  it('retries a failed delivery with the same seq and keeps the windows in seq order', async () => {
    await start();
    transport.answers = [
      { kind: 'retry', reason: 'HTTP 503' },
      { kind: 'retry', reason: 'HTTP 503' },
    ];
    scanners[0].advertise(-60);
    await new Promise((r) => setTimeout(r, 250));
    scanners[0].advertise(-61);
    scanners[0].advertise(-62);
    const sent = await until(() => transport.sent.length >= 2 && transport.sent);
    expect(sent.map((b) => b.n)).toEqual([1, 2]);
    expect(sent[1].seq).toBe(sent[0].seq + 1);
    expect(transport.attempts).toEqual([sent[0].seq, sent[0].seq, sent[0].seq, sent[1].seq]);
  });

  it('drops a refused batch, counts it and moves on to the next', async () => {
    await start();
    transport.answers = [{ kind: 'rejected', status: 400, message: 'Invalid BLE batch' }];
    scanners[0].advertise(-60);
    await until(() => agent?.status.rejected === 1);
    scanners[0].advertise(-60);
    await until(() => transport.sent.length === 1);
    expect(agent?.status).toMatchObject({ rejected: 1, queueDepth: 0 });
  });

  it('puts the current window in the queue on stop, for the next start to deliver', async () => {
    await start({ windowMs: 60_000 });
    transport.answers = Array.from({ length: 100 }, () => ({ kind: 'retry', reason: 'down' }) as SendOutcome);
    scanners[0].advertise(-60);
    await agent?.stop();
    expect(agent?.status.queueDepth).toBe(1);
    transport.answers = [];
    await start();
    await until(() => transport.sent.length === 1);
  });

  it('retries a missing adapter until it appears, reporting "missing" meanwhile', async () => {
    failStarts = 1;
    await start({ watchdogSilenceMs: 1_000 });
    expect(agent?.status.state).toBe('missing');
    expect(transport.heartbeats.at(-1)?.adapter).toEqual({ name: null, state: 'missing' });
    await until(() => agent?.status.state === 'scanning');
    expect(scanners).toHaveLength(2);
  });

  it('recovers at once when the adapter is lost, and when it is powered off', async () => {
    await start();
    scanners[0].events.adapterLost('the adapter was removed');
    await until(() => scanners.length === 2 && agent?.status.state === 'scanning');
    scanners[1].events.adapterPowered(false);
    await until(() => scanners.length === 3 && agent?.status.state === 'scanning');
  });
});
