import type { Logger } from '@nestjs/common';
import type { DomainError } from '../platform/http/domain-error.js';
import type { IngestSource } from './ble-ingest.service.js';
import { LogThrottle } from './log-throttle.js';

/** A refused device is logged at most this often. */
const REJECTION_LOG_INTERVAL_MS = 60_000;

/** Logs refused event batches (cabinets, hygiene devices) with their device and seq, once a minute per device. */
export class BatchRejectionLog {
  private readonly throttle = new LogThrottle(REJECTION_LOG_INTERVAL_MS);

  constructor(
    private readonly logger: Logger,
    /** "cabinet", "hygiene": how the line names the batch. */
    private readonly what: string,
    /** The log field of the device id ("cabinetId", "deviceId"). */
    private readonly idField: string,
  ) {}

  note(deviceId: string, body: unknown, error: DomainError, via: IngestSource['via']): void {
    const suppressed = this.throttle.pass(deviceId, Date.now());
    if (suppressed === undefined) return;
    const seq = typeof body === 'object' && body !== null ? (body as { seq?: unknown }).seq : undefined;
    this.logger.warn({ msg: `Refused a ${this.what} batch`, [this.idField]: deviceId, seq, via, status: error.status, issue: error.message, suppressed });
  }
}
