/**
 * The sending side of the throughput benchmark: keep-alive HTTP posts of stamped batches, closed
 * loop (a fixed number of connections, each sending its next batch when the last is answered: the
 * server's capacity) or open loop (batches released at a fixed sighting rate, up to a cap in flight),
 * with per-batch round trips and counts of what the server accepted.
 */
import { Agent, request } from 'node:http';
import { spreadOf, type Spread } from '../support/percentiles.js';
import { stampBody, type BatchTemplate, type PayloadSet } from './batch-payloads.js';

export interface HttpAnswer {
  status: number;
  body: string;
}

export function httpCall(agent: Agent, url: URL, method: 'GET' | 'POST', headers: Record<string, string>, body?: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const call = request(url, { method, agent, headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end(body);
  });
}

export interface PhaseResult {
  name: string;
  seconds: number;
  batchesAnswered: number;
  /** Sightings the server reported accepted, in answers received within the phase. */
  acceptedSightings: number;
  sightingsPerSecond: number;
  batchesPerSecond: number;
  /** Answers other than 200, by status (transport errors as 0). */
  failures: Record<string, number>;
  firstFailure?: string;
  /** Send to answer of each batch, ms: when it is answered the batch's sightings are in the engine. */
  roundTripMs: Spread;
  /** Open loop: the rate asked for, and how often the in-flight cap held a batch back. */
  offeredRate?: number;
  heldBack?: number;
  /** This (load) process's CPU use over the phase, % of one core. */
  loadCpuPercent: number;
}

/** Observer of every batch sent (the delay probes). */
export type SendListener = (template: BatchTemplate, stampMs: number, sentAt: number) => void;

export class BatchSender {
  private readonly seqs = new Map<string, number>();
  /**
   * Each gateway's seqs count up from the clock at start, as docs/ingest-ble.md advises a gateway without
   * stored state: above anything the server saw from an earlier sender.
   */
  private readonly seqBase = Date.now();
  private cursor = 0;
  private readonly url: URL;

  constructor(
    baseUrl: string,
    private readonly keys: Readonly<Record<string, string>>,
    private readonly agent: Agent,
    private readonly onSend: SendListener = () => undefined,
  ) {
    this.url = new URL('/api/v1/ingest/ble', baseUrl);
  }

  /**
   * Sends the set's batches in turn, round and round, on `connections` connections, for `seconds`;
   * with `batches`, stops after that many (from the start of the set) or at `seconds`, whichever is first.
   */
  async closedLoop(name: string, set: PayloadSet, connections: number, limits: { seconds: number; batches?: number }): Promise<PhaseResult> {
    const phase = new PhaseCounter(name);
    const endAt = phase.startAt + limits.seconds * 1000;
    const counted = limits.batches !== undefined;
    let remaining = limits.batches ?? Infinity;
    let index = 0;
    const worker = async () => {
      while (performance.now() < endAt && remaining-- > 0) await this.send(counted ? set.templates[index++ % set.templates.length] : this.next(set), phase);
    };
    await Promise.all(Array.from({ length: connections }, worker));
    return phase.finish(Math.min(endAt, performance.now()));
  }

  /** Releases batches so that `rate` sightings a second go out, never more than `maxInFlight` unanswered. */
  async openLoop(name: string, set: PayloadSet, rate: number, seconds: number, maxInFlight: number): Promise<PhaseResult> {
    const phase = new PhaseCounter(name);
    const endAt = phase.startAt + seconds * 1000;
    let released = 0;
    let inFlight = 0;
    let heldBack = 0;
    await new Promise<void>((resolve) => {
      const pump = () => {
        const now = performance.now();
        if (now >= endAt) {
          clearInterval(timer);
          if (inFlight === 0) resolve();
          return;
        }
        const due = (rate * (now - phase.startAt)) / 1000;
        while (released < due) {
          if (inFlight >= maxInFlight) {
            heldBack++;
            break;
          }
          const template = this.next(set);
          released += template.sightings;
          inFlight++;
          void this.send(template, phase).finally(() => {
            inFlight--;
            pump();
          });
        }
      };
      const timer = setInterval(pump, 2);
    });
    return { ...phase.finish(endAt), offeredRate: rate, heldBack };
  }

  private next(set: PayloadSet): BatchTemplate {
    const template = set.templates[this.cursor % set.templates.length];
    this.cursor++;
    return template;
  }

  private async send(template: BatchTemplate, phase: PhaseCounter): Promise<void> {
    const seq = (this.seqs.get(template.gatewayId) ?? this.seqBase) + 1;
    this.seqs.set(template.gatewayId, seq);
    const stampMs = Date.now();
    const body = stampBody(template, seq, stampMs);
    const sentAt = performance.now();
    this.onSend(template, stampMs, sentAt);
    try {
      const answer = await httpCall(this.agent, this.url, 'POST', { authorization: `Bearer ${this.keys[template.gatewayId]}` }, body);
      const answeredAt = performance.now();
      if (answer.status === 200) phase.answered(answeredAt, answeredAt - sentAt, (JSON.parse(answer.body) as { accepted: number }).accepted);
      else phase.failed(String(answer.status), answer.body);
    } catch (error) {
      phase.failed('0', error instanceof Error ? error.message : String(error));
    }
  }
}

class PhaseCounter {
  readonly startAt = performance.now();
  private readonly cpuBefore = process.cpuUsage();
  private readonly answers: Array<[number, number]> = [];
  private readonly roundTrips: number[] = [];
  private readonly failures: Record<string, number> = {};
  private firstFailure: string | undefined;

  constructor(private readonly name: string) {}

  answered(at: number, roundTripMs: number, accepted: number): void {
    this.answers.push([at, accepted]);
    this.roundTrips.push(roundTripMs);
  }

  failed(status: string, detail: string): void {
    this.failures[status] = (this.failures[status] ?? 0) + 1;
    this.firstFailure ??= `${status}: ${detail.slice(0, 300)}`;
  }

  finish(endAt: number): PhaseResult {
    const cpu = process.cpuUsage(this.cpuBefore);
    const seconds = (endAt - this.startAt) / 1000;
    let acceptedSightings = 0;
    let batchesAnswered = 0;
    for (const [at, accepted] of this.answers) {
      if (at > endAt) continue;
      acceptedSightings += accepted;
      batchesAnswered++;
    }
    return {
      name: this.name,
      seconds,
      batchesAnswered,
      acceptedSightings,
      sightingsPerSecond: acceptedSightings / seconds,
      batchesPerSecond: batchesAnswered / seconds,
      failures: this.failures,
      ...(this.firstFailure ? { firstFailure: this.firstFailure } : {}),
      roundTripMs: spreadOf(this.roundTrips),
      loadCpuPercent: ((cpu.user + cpu.system) / 1e6 / ((performance.now() - this.startAt) / 1000)) * 100,
    };
  }
}
