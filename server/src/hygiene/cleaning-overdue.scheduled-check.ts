import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { ALERT_JOB_PREFIX } from '../alerts/alert-scheduler.service.js';
import { AlertsService, type ReconcileOutcome } from '../alerts/alerts.service.js';
import { cleaningOverdueConditions } from './cleaning-overdue.check.js';
import { CLEANING_OVERDUE } from './hygiene-alert-kinds.js';
import { RoomCleaningService } from './room-cleaning.service.js';

/** Deadlines are hours apart: a minute late is fine. */
const CLEANING_CHECK_PERIOD_MS = 60_000;

/**
 * Raises and clears `hygiene.cleaning_overdue` alerts from the cleaning board, every minute. Lives in
 * the hygiene feature (not the alerts feature's scheduler, which hygiene depends on) and reconciles
 * through AlertsService like the alerts feature's own checks.
 */
@Injectable()
export class CleaningOverdueCheck {
  private readonly logger = new Logger(CleaningOverdueCheck.name);
  private tail: Promise<unknown> = Promise.resolve();
  private inFlight = 0;

  constructor(
    private readonly rooms: RoomCleaningService,
    private readonly alerts: AlertsService,
  ) {}

  @Interval(`${ALERT_JOB_PREFIX}cleaning-overdue`, CLEANING_CHECK_PERIOD_MS)
  async scheduled(): Promise<void> {
    if (this.inFlight > 0) return;
    try {
      await this.run(new Date());
    } catch (error) {
      this.logger.error({ msg: 'The cleaning-overdue check failed; trying again next minute', error: String(error) });
    }
  }

  /** Runs the check as of `now` (tests, tools); runs never overlap: a run waits for the one in progress. */
  run(now: Date): Promise<ReconcileOutcome> {
    this.inFlight++;
    const run = this.tail
      .catch(() => undefined)
      .then(async () => this.alerts.reconcile(CLEANING_OVERDUE, cleaningOverdueConditions(await this.rooms.board(now)), now));
    this.tail = run;
    return run.finally(() => this.inFlight--);
  }
}
