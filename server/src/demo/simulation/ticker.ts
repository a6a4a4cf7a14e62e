import type { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../platform/config/app-config.js';

/**
 * Calls `step(now)` with the wall clock every `periodMs` (the timer does not keep the process alive). A
 * tick that finds the previous step still running is skipped: the next one catches up. `stop()` waits
 * for the step in progress, so a simulation stops before the services it feeds do.
 */
export class Ticker {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;

  constructor(
    private readonly periodMs: number,
    private readonly step: (now: number) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      if (this.ticking !== undefined) return;
      this.ticking = this.step(Date.now())
        .catch(this.onError)
        .finally(() => (this.ticking = undefined));
    }, this.periodMs);
    this.timer.unref();
  }

  /** Whether ticks are coming (started and not stopped). */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /** No more ticks; resolves once the step in progress (if any) is done. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.ticking;
  }
}

/**
 * A demo simulation driven by a Ticker: runs only in demo mode with DEMO_SIMULATION on, starts after
 * bootstrap and stops, waiting for the step in progress, before the services it feeds shut down.
 */
export abstract class TickingSimulation implements OnApplicationBootstrap, BeforeApplicationShutdown {
  /** Set at shutdown: a step in progress stops handing batches over. */
  protected stopping = false;
  private readonly ticker: Ticker;

  protected constructor(
    private readonly config: Pick<AppConfig, 'demo' | 'demoSimulation'>,
    periodMs: number,
    logger: Logger,
    what: string,
  ) {
    this.ticker = new Ticker(periodMs, (now) => this.step(now), (error) => logger.error({ msg: `The ${what} failed a step`, error: String(error) }));
  }

  /** Steps the simulation to `now` (the ticker calls this; tests may too). */
  abstract step(now: number): Promise<void>;

  onApplicationBootstrap(): void {
    if (!this.config.demo || !this.config.demoSimulation) return;
    this.ticker.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.ticker.stop();
  }

  /** Whether the simulation is stepping (or about to: the first tick starts it). */
  get running(): boolean {
    return this.ticker.running;
  }

  /** Stops stepping without waiting (from inside a step). */
  protected stopTicking(): void {
    void this.ticker.stop();
  }
}
