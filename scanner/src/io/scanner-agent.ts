/**
 * The scanner agent: scanning edge -> decoder -> windows -> batches -> on-disk queue -> sender, plus the
 * watchdog and the heartbeat. Every batch is on disk (fsync'd) before it is sent, and leaves the queue
 * only when the server has answered; the sender replays the queue in order with backoff and jitter.
 * Nothing here lets an error escape: bad data is counted, a lost adapter or bus is recovered.
 */
import type { ScannerConfig } from '../config/scanner-config.js';
import { backoffDelayMs, type BackoffPolicy } from '../core/backoff.js';
import { BeaconFilter } from '../core/beacon-filter.js';
import { DeviceAdvertisements } from '../core/device-advertisements.js';
import { RateMeter, type GatewayHeartbeat } from '../core/heartbeat.js';
import { buildBatches, SeqCounter } from '../core/ingest-batch.js';
import { TagWindows } from '../core/tag-windows.js';
import { watchdogVerdict, type AdapterState } from '../core/watchdog.js';
import { readDeviceProperties } from './bluez-properties.js';
import type { Scanner, ScanEvents } from './bluez-scanner.js';
import { DiskQueue } from './disk-queue.js';
import { errorText, type Logger } from './json-logger.js';
import { sleep, withTimeout } from './timeouts.js';
import type { Transport } from './transport.js';

export interface AgentOptions {
  readonly config: ScannerConfig;
  readonly log: Logger;
  readonly transport: Transport;
  /** Builds the scanning edge (BluezScanner in production) around the agent's event handlers. */
  readonly scanner: (events: ScanEvents) => Scanner;
  readonly version: string;
  readonly now?: () => number;
  readonly random?: () => number;
}

/** How long acquiring the adapter may take before it counts as missing (D-Bus calls can hang on a dying bus). */
const ACQUIRE_TIMEOUT_MS = 15_000;
/** At shutdown, how long an in-flight send may finish before the agent exits anyway (the batch stays queued). */
const SHUTDOWN_SEND_GRACE_MS = 2_000;

export class ScannerAgent {
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly windows = new TagWindows();
  private readonly decoder: DeviceAdvertisements;
  private readonly backoff: BackoffPolicy;
  private queue: DiskQueue | undefined;
  private seqs: SeqCounter | undefined;
  private scanner: Scanner | undefined;
  private state: AdapterState = 'starting';
  private adapterName: string | null = null;
  private lastHeardMs = 0;
  private lastRecoveryMs: number | undefined;
  private readonly startedMs: number;
  private readonly timers: NodeJS.Timeout[] = [];
  private running = false;
  private sending: Promise<void> = Promise.resolve();
  private windowing: Promise<void> = Promise.resolve();
  private recovering: Promise<void> | undefined;
  private wakeSender: (() => void) | undefined;
  private readonly advertisementRate = new RateMeter();
  private readonly sightingRate = new RateMeter();
  /** Consecutive failed deliveries of the head of the queue. */
  private failures = 0;

  constructor(private readonly options: AgentOptions) {
    this.log = options.log;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.decoder = new DeviceAdvertisements(this.windows, new BeaconFilter(options.config.filters));
    this.backoff = { initialMs: options.config.backoffInitialMs, maxMs: options.config.backoffMaxMs };
    this.startedMs = this.now();
  }

  /** What the heartbeat reports, also for tests and the benchmark. */
  get status(): { state: AdapterState; adapter: string | null; queueDepth: number; dropped: number; rejected: number; decoder: DeviceAdvertisements['counters'] } {
    return {
      state: this.state,
      adapter: this.adapterName,
      queueDepth: this.queue?.depth ?? 0,
      dropped: this.queue?.dropped ?? 0,
      rejected: this.queue?.rejected ?? 0,
      decoder: this.decoder.counters,
    };
  }

  /** The handlers the scanning edge calls; exposed for the benchmark, which drives them with synthetic signals. */
  readonly events: ScanEvents = {
    deviceUpdate: (path, changed) => {
      const { properties, malformed } = readDeviceProperties(changed);
      const at = this.now();
      this.decoder.update(path, properties, at, malformed);
      this.lastHeardMs = at;
    },
    deviceKnown: (path, properties) => this.decoder.learn(path, readDeviceProperties(properties).properties),
    deviceRemoved: (path) => this.decoder.remove(path),
    adapterLost: (reason) => {
      if (!this.running || this.state === 'missing') return;
      this.log.warn('lost the adapter; recovering', { adapter: this.adapterName, reason });
      this.state = 'missing';
      this.decoder.clear();
      void this.recover(reason);
    },
    adapterPowered: (powered) => {
      if (!this.running) return;
      if (!powered && this.state === 'scanning') {
        this.log.warn('the adapter was powered off; recovering', { adapter: this.adapterName });
        this.state = 'powered-off';
        void this.recover('adapter powered off');
      }
    },
  };

  async start(): Promise<void> {
    const { config } = this.options;
    this.queue = await DiskQueue.open({ dir: config.queueDir, maxBytes: config.queueMaxBytes, segmentBytes: config.queueSegmentBytes }, this.log);
    this.seqs = new SeqCounter(this.queue.lastSeq, this.now());
    this.running = true;
    this.log.info('scanner agent starting', {
      gatewayId: config.gatewayId,
      version: this.options.version,
      via: config.serverUrl !== undefined ? 'http' : 'mqtt',
      queued: this.queue.depth,
      nextSeq: this.seqs.current + 1,
    });
    this.sending = this.sendLoop();
    this.timers.push(
      setInterval(() => void this.closeWindow(), config.windowMs),
      setInterval(() => this.checkWatchdog(), config.watchdogCheckMs),
      setInterval(() => void this.sendHeartbeat(), config.heartbeatMs),
    );
    await this.recover('start');
    void this.sendHeartbeat();
  }

  /** Graceful stop (SIGTERM): the current window goes to the queue, then everything closes. Never throws. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    for (const timer of this.timers) clearInterval(timer);
    // Stopping the scanner also aborts an acquisition in progress, so a recovery does not hold up the exit.
    await this.scanner?.stop();
    await this.recovering?.catch(() => undefined);
    await this.scanner?.stop();
    await this.closeWindow(true);
    this.wakeSender?.();
    this.queue?.wakeWaiters();
    await Promise.race([this.sending, sleep(SHUTDOWN_SEND_GRACE_MS)]);
    const queued = this.queue?.depth ?? 0;
    await this.queue?.close().catch(() => undefined);
    await this.options.transport.close().catch(() => undefined);
    this.log.info('scanner agent stopped', { queued, lastSeq: this.seqs?.current });
  }

  /** Re-acquires the adapter and restarts discovery; one recovery at a time. */
  private recover(reason: string): Promise<void> {
    this.recovering ??= this.acquire(reason).finally(() => (this.recovering = undefined));
    return this.recovering;
  }

  private async acquire(reason: string): Promise<void> {
    const at = this.now();
    this.lastRecoveryMs = at;
    const previous = this.scanner;
    this.scanner = undefined;
    await previous?.stop();
    if (!this.running) return;
    this.state = reason === 'start' ? 'starting' : 'recovering';
    const scanner = this.options.scanner(this.events);
    this.scanner = scanner;
    try {
      this.adapterName = await withTimeout(scanner.start(), ACQUIRE_TIMEOUT_MS);
      this.state = 'scanning';
      this.lastHeardMs = this.now();
      this.log.info('scanning', { adapter: this.adapterName, reason });
    } catch (error) {
      this.state = 'missing';
      this.log.warn('could not acquire the Bluetooth adapter; will retry', { reason, error: errorText(error) });
      await scanner.stop();
      if (this.scanner === scanner) this.scanner = undefined;
    }
  }

  private checkWatchdog(): void {
    try {
      const verdict = watchdogVerdict({
        nowMs: this.now(),
        state: this.recovering !== undefined ? 'recovering' : this.state,
        lastHeardMs: this.lastHeardMs,
        lastRecoveryMs: this.lastRecoveryMs,
        silenceMs: this.options.config.watchdogSilenceMs,
      });
      if (!verdict.recover) return;
      if (verdict.reason === 'silence') this.log.warn('nothing heard; restarting discovery', { silentMs: this.now() - this.lastHeardMs, adapter: this.adapterName });
      void this.recover(verdict.reason);
    } catch (error) {
      this.log.error('watchdog check failed', { error: errorText(error) });
    }
  }

  /** Ends the window: its sightings become batches, appended to the queue in order. */
  private closeWindow(final = false): Promise<void> {
    this.windowing = this.windowing.then(async () => {
      const queue = this.queue;
      const seqs = this.seqs;
      if (queue === undefined || seqs === undefined || (!this.running && !final)) return;
      const at = this.now();
      const sightings = this.windows.close(at);
      if (sightings.length === 0) return;
      for (const batch of buildBatches(this.options.config.gatewayId, sightings, at, seqs)) {
        try {
          await queue.append(batch.seq, JSON.stringify(batch));
        } catch (error) {
          this.log.error('could not queue a batch (disk full or unwritable?); it is lost', { seq: batch.seq, sightings: batch.sightings.length, error: errorText(error) });
        }
      }
    });
    return this.windowing;
  }

  private async sendLoop(): Promise<void> {
    const queue = this.queue as DiskQueue;
    while (this.running) {
      try {
        const batch = await queue.peek();
        if (batch === undefined) {
          await queue.waitForBatch();
          continue;
        }
        const outcome = await this.options.transport.sendBatch(batch.body);
        if (outcome.kind === 'delivered') {
          if (this.failures > 0) this.log.info('delivering again', { seq: batch.seq, after: this.failures, queued: queue.depth });
          this.failures = 0;
          await queue.ack(batch);
        } else if (outcome.kind === 'rejected') {
          // A 4xx is refused again if resent unchanged (docs/ingest-ble.md, rule 3): log the server's word, drop it.
          this.log.error('the server refused a batch; dropped', { seq: batch.seq, status: outcome.status, message: outcome.message });
          this.failures = 0;
          await queue.ack(batch, true);
        } else {
          this.failures++;
          const delayMs = backoffDelayMs(this.failures, this.backoff, this.random());
          // The first failure, then every tenth: a long outage must not fill the journal.
          if (this.failures === 1 || this.failures % 10 === 0) {
            this.log.warn('could not deliver; will retry', { seq: batch.seq, reason: outcome.reason, failures: this.failures, delayMs, queued: queue.depth });
          }
          await this.pause(delayMs);
        }
      } catch (error) {
        this.log.error('sender failed; retrying', { error: errorText(error) });
        await this.pause(this.backoff.initialMs);
      }
    }
  }

  /** Sleeps, or less if the agent stops. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeSender = done;
    });
  }

  private async sendHeartbeat(): Promise<void> {
    if (!this.running) return;
    try {
      const now = this.now();
      const { counters } = this.decoder;
      const heartbeat: GatewayHeartbeat = {
        gatewayId: this.options.config.gatewayId,
        sentAt: new Date(now).toISOString(),
        version: this.options.version,
        uptimeSeconds: Math.floor((now - this.startedMs) / 1000),
        adapter: { name: this.adapterName, state: this.state },
        advertisementsPerSecond: this.advertisementRate.sample(counters.advertisements, now),
        sightingsPerSecond: this.sightingRate.sample(counters.tagReceptions, now),
        queue: { depth: this.queue?.depth ?? 0, bytes: this.queue?.bytes ?? 0, dropped: this.queue?.dropped ?? 0, rejected: this.queue?.rejected ?? 0 },
        malformed: counters.malformed,
      };
      const outcome = await this.options.transport.sendHeartbeat(heartbeat);
      if (outcome.kind === 'rejected') this.log.warn('the server refused the heartbeat', { status: outcome.status, message: outcome.message });
      else if (outcome.kind === 'retry') this.log.debug('heartbeat not delivered', { reason: outcome.reason });
    } catch (error) {
      this.log.error('heartbeat failed', { error: errorText(error) });
    }
  }
}
