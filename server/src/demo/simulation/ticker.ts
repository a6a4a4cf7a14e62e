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
