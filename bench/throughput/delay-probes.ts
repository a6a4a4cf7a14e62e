/**
 * Sighting-to-position delay, measured from outside as a user of the API sees it. A few tags of the
 * load are probes. When a batch carrying a probe goes out (stamped T, sent at S) and that probe is not
 * already being watched, it is polled with GET /api/location/tags/:tagId every `intervalMs` until
 *
 * - `lastSeenAt` ≥ T: the engine has the sighting ("ingested");
 * - `at` ≥ T: the position has been evaluated with it, i.e. the engine closed the tick holding T
 *   ("position"). That is the delay asked about: the moment the served position reflects the sighting.
 *
 * Each delay is taken at the answer that first shows it, so it overstates by up to one poll interval
 * plus a GET round trip. Polls run on their own keep-alive connections and are part of the server's
 * load (reported).
 */
import { Agent } from 'node:http';
import { spreadOf, type Spread } from '../support/percentiles.js';
import { httpCall } from './http-load.js';

/** No new watch starts this long before a phase ends (see above). */
export const QUIESCE_MS = 3000;

export interface ProbeResult {
  measurements: number;
  /** Watches still waiting when the phase ended; their wait so far is among the delays. */
  unfinished: number;
  ingestedMs: Spread;
  positionMs: Spread;
  /** Probes whose position did not reflect the sighting within the timeout. */
  timeouts: number;
  /** What the last poll of the first few timed-out probes answered, for the report. */
  timeoutExamples: string[];
  polls: number;
  pollsPerSecond: number;
}

export class DelayProbes {
  private readonly agent: Agent;
  private readonly busy: boolean[];
  private active = false;
  private ending = false;
  private unfinished = 0;
  private startedAt = 0;
  private ingested: number[] = [];
  private position: number[] = [];
  private timeouts = 0;
  private timeoutExamples: string[] = [];
  private polls = 0;
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly tagIds: readonly string[],
    private readonly intervalMs: number,
    private readonly timeoutMs: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: tagIds.length });
    this.busy = tagIds.map(() => false);
  }

  /** Starts measuring (a fresh set of samples) for a phase of `seconds`: no new watch in its last QUIESCE_MS. */
  start(seconds: number): void {
    setTimeout(() => (this.active = false), Math.max(0, seconds * 1000 - QUIESCE_MS)).unref();
    this.ending = false;
    this.unfinished = 0;
    this.ingested = [];
    this.position = [];
    this.timeouts = 0;
    this.timeoutExamples = [];
    this.polls = 0;
    this.startedAt = performance.now();
    this.active = true;
  }

  /** At the phase's end: ends the watches under way (as unfinished) and returns the phase's numbers. */
  async stop(): Promise<ProbeResult> {
    this.active = false;
    this.ending = true;
    await Promise.all([...this.running]);
    const seconds = (performance.now() - this.startedAt) / 1000;
    return {
      measurements: this.position.length,
      unfinished: this.unfinished,
      ingestedMs: spreadOf(this.ingested),
      positionMs: spreadOf(this.position),
      timeouts: this.timeouts,
      timeoutExamples: this.timeoutExamples,
      polls: this.polls,
      pollsPerSecond: this.polls / seconds,
    };
  }

  /** A batch carrying probe `probe`, stamped `stampMs`, left at `sentAt` (performance.now()). */
  sent(probe: number, stampMs: number, sentAt: number): void {
    if (!this.active || this.busy[probe]) return;
    this.busy[probe] = true;
    const watch = this.watch(probe, stampMs, sentAt).finally(() => {
      this.busy[probe] = false;
      this.running.delete(watch);
    });
    this.running.add(watch);
  }

  close(): void {
    this.agent.destroy();
  }

  private async watch(probe: number, stampMs: number, sentAt: number): Promise<void> {
    const url = new URL(`/api/location/tags/${encodeURIComponent(this.tagIds[probe])}`, this.baseUrl);
    let ingestedAfter: number | undefined;
    for (;;) {
      const answer = await httpCall(this.agent, url, 'GET', { authorization: `Bearer ${this.token}` }).catch(() => undefined);
      const now = performance.now();
      this.polls++;
      if (answer?.status === 200) {
        const view = JSON.parse(answer.body) as { at: string; lastSeenAt: string };
        if (ingestedAfter === undefined && Date.parse(view.lastSeenAt) >= stampMs) ingestedAfter = now - sentAt;
        if (Date.parse(view.at) >= stampMs) {
          this.ingested.push(ingestedAfter ?? now - sentAt);
          this.position.push(now - sentAt);
          return;
        }
      }
      if (this.ending) {
        this.unfinished++;
        this.ingested.push(ingestedAfter ?? now - sentAt);
        this.position.push(now - sentAt);
        return;
      }
      if (now - sentAt > this.timeoutMs) {
        this.timeouts++;
        if (this.timeoutExamples.length < 3) {
          this.timeoutExamples.push(`${this.tagIds[probe]} stamped ${new Date(stampMs).toISOString()}: last answer ${answer?.status ?? 'none'} ${answer?.body.slice(0, 200) ?? ''}`);
        }
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
    }
  }
}
