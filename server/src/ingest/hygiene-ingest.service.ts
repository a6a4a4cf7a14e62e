import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';
import { BatchRejectionLog } from './batch-rejection-log.js';
import type { IngestSource } from './ble-ingest.service.js';
import { checkHygieneBatch, HYGIENE_DEVICE_TYPES, type HygieneDeviceType } from './hygiene/check-hygiene-batch.js';
import { validateHygieneBatch } from './hygiene-ingest.schema.js';
import { HygieneReportSink, type HygieneReportOutcome } from './hygiene-report.sink.js';
import { IngestDeviceCheck } from './ingest-device-check.service.js';
import { batchOfAnotherDevice, invalidBatch } from './ingest-errors.js';

/**
 * The hygiene ingest, one path for HTTP and MQTT: the caller must be a placed hand-hygiene dispenser,
 * environment sensor or door counter (and, over MQTT, on the topic's site), the batch must pass the schema, the time
 * rules and the device's own rules (checkHygieneBatch) and name that device; then the HygieneReportSink's
 * handler (hygiene) stores it, and only its stored outcome is answered. Idempotence is the handler's: it
 * stores (deviceId, seq) in the batch's transaction.
 */
@Injectable()
export class HygieneIngestService {
  private readonly logger = new Logger(HygieneIngestService.name);
  private readonly rejections = new BatchRejectionLog(this.logger, 'hygiene', 'deviceId');

  constructor(
    private readonly deviceCheck: IngestDeviceCheck,
    private readonly sink: HygieneReportSink,
  ) {}

  /**
   * Stores one batch from `deviceId` (proved by device key or topic), or refuses it whole.
   * @throws GatewayNotAllowedError (403) when it is not a placed hygiene device, or the batch or topic names another
   * @throws InvalidInputError (400) naming each field at fault
   */
  async accept(deviceId: string, body: unknown, source: IngestSource = { via: 'http' }, nowMs = Date.now()): Promise<HygieneReportOutcome> {
    try {
      const device = await this.deviceCheck.require(deviceId, HYGIENE_DEVICE_TYPES, 'a hand-hygiene dispenser, environment sensor or door counter', source, (siteId) => `wardwatch/${siteId}/devices/${deviceId}/hygiene`);
      const validation = validateHygieneBatch(body);
      if (!validation.ok) throw invalidBatch('hygiene', validation.issues);
      const batch = validation.batch;
      if (batch.deviceId !== deviceId) throw batchOfAnotherDevice('deviceId', 'device', deviceId, batch.deviceId, source.via);
      const deviceType = device.deviceType as HygieneDeviceType;
      const check = checkHygieneBatch(batch, { deviceType, measures: device.measures }, nowMs);
      if (!check.ok) throw invalidBatch('hygiene', check.issues);
      return await this.sink.store({ deviceId, deviceType, seq: batch.seq, events: check.events });
    } catch (error) {
      if (error instanceof DomainError) this.noteRejection(deviceId, body, error, source.via);
      throw error;
    }
  }

  /** Logs a refused batch, once a minute per device (the MQTT listener calls it for messages that are not JSON). */
  noteRejection(deviceId: string, body: unknown, error: DomainError, via: IngestSource['via']): void {
    this.rejections.note(deviceId, body, error, via);
  }
}
