import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import { AppConfig } from '../platform/config/app-config.js';
import { EnvironmentReading } from './entities/environment-reading.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows per DELETE: small enough that a first purge of months of readings never blocks the ingest for long. */
const PURGE_CHUNK = 5000;

/**
 * Keeps raw environment readings for HYGIENE_RAW_READING_RETENTION_DAYS (0: for ever), purging older
 * rows every night. Charts and audits of older periods read the 1-minute and hourly aggregates, which
 * are kept; excursions are stored on their own.
 */
@Injectable()
export class ReadingRetentionService {
  private readonly logger = new Logger(ReadingRetentionService.name);

  constructor(
    @InjectRepository(EnvironmentReading) private readonly readings: Repository<EnvironmentReading>,
    private readonly config: AppConfig,
  ) {}

  @Cron('47 3 * * *', { name: 'hygiene-raw-reading-retention' })
  async nightly(): Promise<void> {
    try {
      await this.purge(new Date());
    } catch (error) {
      this.logger.error({ msg: 'Could not purge old environment readings; trying again tomorrow', error: String(error) });
    }
  }

  /** Purges raw readings older than the retention at `now`; returns how many rows went. */
  async purge(now: Date): Promise<number> {
    const days = this.config.hygieneRawReadingRetentionDays;
    if (days === 0) return 0;
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    let purged = 0;
    for (;;) {
      const old = await this.readings.find({ select: { id: true }, where: { at: LessThan(cutoff) }, order: { id: 'ASC' }, take: PURGE_CHUNK });
      if (old.length === 0) break;
      await this.readings.delete(old.map((row) => row.id));
      purged += old.length;
      if (old.length < PURGE_CHUNK) break;
    }
    if (purged > 0) this.logger.log({ msg: 'Purged old environment readings', purged, before: cutoff.toISOString(), retentionDays: days });
    return purged;
  }
}
