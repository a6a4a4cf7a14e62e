import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { AppConfig } from '../../platform/config/app-config.js';
import { LocationStore } from './location-store.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows per DELETE: small enough that a first purge of years of history never blocks the position writes for long. */
const PURGE_CHUNK = 5000;

/**
 * Keeps room-transition history for LOCATION_HISTORY_RETENTION_DAYS (0: for ever), purging older rows
 * every night. A tag's last transition before the cutoff stays, so where it was then is still known.
 */
@Injectable()
export class HistoryRetentionService {
  private readonly logger = new Logger(HistoryRetentionService.name);

  constructor(
    private readonly store: LocationStore,
    private readonly config: AppConfig,
  ) {}

  @Cron('17 3 * * *', { name: 'location-history-retention' })
  async nightly(): Promise<void> {
    try {
      await this.purge(new Date());
    } catch (error) {
      this.logger.error({ msg: 'Could not purge old room transitions; trying again tomorrow', error: String(error) });
    }
  }

  /** Purges what is older than the retention at `now`; returns how many rows went. */
  async purge(now: Date): Promise<number> {
    const days = this.config.locationHistoryRetentionDays;
    if (days === 0) return 0;
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    const purged = await this.store.purgeTransitionsBefore(cutoff, PURGE_CHUNK);
    if (purged > 0) this.logger.log({ msg: 'Purged old room transitions', purged, before: cutoff.toISOString(), retentionDays: days });
    return purged;
  }
}
