import { Injectable, Logger } from '@nestjs/common';
import { DevicesService } from '../devices/devices.service.js';
import { FloorplanQueryService } from '../floorplan/floorplan-query.service.js';
import { DomainError } from '../platform/http/domain-error.js';
import type { IngestSource } from './ble-ingest.service.js';
import { checkCabinetBatch } from './cabinet/check-cabinet-batch.js';
import { validateCabinetBatch } from './cabinet-ingest.schema.js';
import { CabinetReportSink, type CabinetReportOutcome } from './cabinet-report.sink.js';
import { GatewayNotAllowedError, invalidBatch } from './ingest-errors.js';
import { LogThrottle } from './log-throttle.js';

/** A refused cabinet is logged at most this often. */
const REJECTION_LOG_INTERVAL_MS = 60_000;

/**
 * The cabinet ingest, one path for HTTP and MQTT: the caller must be a placed `medication_cabinet` (and,
 * over MQTT, on the topic's site), the batch must pass the schema and the time rules and name that
 * cabinet; then the CabinetReportSink's handler (inventory) stores it, and only its stored outcome is
 * answered. Idempotence is the handler's: it stores (cabinetId, seq) in the batch's transaction.
 * Cabinets report every few minutes, so reading the placement per batch costs little.
 */
@Injectable()
export class CabinetIngestService {
  private readonly logger = new Logger(CabinetIngestService.name);
  private readonly rejections = new LogThrottle(REJECTION_LOG_INTERVAL_MS);

  constructor(
    private readonly devices: DevicesService,
    private readonly floorplans: FloorplanQueryService,
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
      if (batch.cabinetId !== cabinetId) {
        const prover = source.via === 'http' ? 'device key' : 'topic';
        throw new GatewayNotAllowedError(`This ${prover} belongs to cabinet "${cabinetId}"; the batch is from "${batch.cabinetId}"`, [
          { field: 'cabinetId', message: `must be "${cabinetId}", the cabinet of this ${prover}` },
        ]);
      }
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
    const suppressed = this.rejections.pass(cabinetId, Date.now());
    if (suppressed === undefined) return;
    const seq = typeof body === 'object' && body !== null ? (body as { seq?: unknown }).seq : undefined;
    this.logger.warn({ msg: 'Refused a cabinet batch', cabinetId, seq, via, status: error.status, issue: error.message, suppressed });
  }

  private async authorize(cabinetId: string, source: IngestSource): Promise<void> {
    const device = (await this.devices.list()).find((placed) => placed.id === cabinetId);
    if (device === undefined || device.deviceType !== 'medication_cabinet') throw new GatewayNotAllowedError(`Device "${cabinetId}" is not a medication cabinet placed on a floor plan`);
    if (source.via !== 'mqtt') return;
    const site = (await this.floorplans.siteTree()).find((candidate) => candidate.buildings.some((building) => building.floors.some((floor) => floor.id === device.floorId)));
    if (site?.id !== source.siteId) {
      throw new GatewayNotAllowedError(`Cabinet "${cabinetId}" is on site "${site?.id}", not "${source.siteId}"`, [
        { field: 'topic', message: `must be wardwatch/${site?.id}/cabinets/${cabinetId}/events` },
      ]);
    }
  }
}
