import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';
import { BatchRejectionLog } from './batch-rejection-log.js';
import type { IngestSource } from './ble-ingest.service.js';
import { checkCabinetBatch } from './cabinet/check-cabinet-batch.js';
import { validateCabinetBatch } from './cabinet-ingest.schema.js';
import { CabinetReportSink, type CabinetReportOutcome } from './cabinet-report.sink.js';
import { IngestDeviceCheck } from './ingest-device-check.service.js';
import { batchOfAnotherDevice, invalidBatch } from './ingest-errors.js';

/**
 * The cabinet ingest, one path for HTTP and MQTT: the caller must be a placed `medication_cabinet` (and,
 * over MQTT, on the topic's site), the batch must pass the schema and the time rules and name that
 * cabinet; then the CabinetReportSink's handler (inventory) stores it, and only its stored outcome is
 * answered. Idempotence is the handler's: it stores (cabinetId, seq) in the batch's transaction.
 */
@Injectable()
export class CabinetIngestService {
  private readonly logger = new Logger(CabinetIngestService.name);
  private readonly rejections = new BatchRejectionLog(this.logger, 'cabinet', 'cabinetId');

  constructor(
    private readonly deviceCheck: IngestDeviceCheck,
    private readonly sink: CabinetReportSink,
  ) {}

  /**
   * Stores one batch from `cabinetId` (proved by device key or topic), or refuses it whole.
   * @throws GatewayNotAllowedError (403) when it is not a placed cabinet, or the batch or topic names another
   * @throws InvalidInputError (400) naming each field at fault
   */
  async accept(cabinetId: string, body: unknown, source: IngestSource = { via: 'http' }, nowMs = Date.now()): Promise<CabinetReportOutcome> {
    try {
      await this.authorize(cabinetId, source);
      const validation = validateCabinetBatch(body);
      if (!validation.ok) throw invalidBatch('cabinet', validation.issues);
      const batch = validation.batch;
      if (batch.cabinetId !== cabinetId) throw batchOfAnotherDevice('cabinetId', 'cabinet', cabinetId, batch.cabinetId, source.via);
      const check = checkCabinetBatch(batch, nowMs);
      if (!check.ok) throw invalidBatch('cabinet', check.issues);
      return await this.sink.store({ cabinetId, seq: batch.seq, events: check.events });
    } catch (error) {
      if (error instanceof DomainError) this.noteRejection(cabinetId, body, error, source.via);
      throw error;
    }
  }

  /** Logs a refused batch, once a minute per cabinet (the MQTT listener calls it for messages that are not JSON). */
  noteRejection(cabinetId: string, body: unknown, error: DomainError, via: IngestSource['via']): void {
    this.rejections.note(cabinetId, body, error, via);
  }

  private async authorize(cabinetId: string, source: IngestSource): Promise<void> {
    await this.deviceCheck.require(cabinetId, ['medication_cabinet'], 'a medication cabinet', source, (siteId) => `wardwatch/${siteId}/cabinets/${cabinetId}/events`);
  }
}
