import { Injectable } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';
import type { CabinetEvent } from './cabinet/cabinet-batch.js';

/** A validated cabinet batch, for the feature that stores it. */
export interface CabinetReport {
  cabinetId: string;
  seq: number;
  events: readonly CabinetEvent[];
}

/** What the feature did with a batch. */
export interface CabinetReportOutcome {
  /** Events stored (0 for a duplicate). */
  accepted: number;
  /** The (cabinetId, seq) was stored before: nothing was counted again. */
  duplicate: boolean;
  /** Counts that differed from the expected one. */
  discrepancies: number;
}

export type CabinetReportHandler = (report: CabinetReport) => Promise<CabinetReportOutcome>;

/** 503: no feature stores cabinet reports (the inventory module is not loaded). */
class NoCabinetHandlerError extends DomainError {
  constructor() {
    super(503, 'Cabinet reports cannot be stored now; retry later');
  }
}

/**
 * Where validated cabinet batches go: the inventory feature registers its handler at start-up. Unlike
 * BLE sightings, a cabinet batch is answered only after the handler has stored it durably (its promise
 * resolved), so the handler's outcome is the device's answer.
 */
@Injectable()
export class CabinetReportSink {
  private handler: CabinetReportHandler | undefined;

  register(handler: CabinetReportHandler): void {
    if (this.handler !== undefined && this.handler !== handler) throw new Error('A cabinet report handler is registered already');
    this.handler = handler;
  }

  store(report: CabinetReport): Promise<CabinetReportOutcome> {
    if (this.handler === undefined) return Promise.reject(new NoCabinetHandlerError());
    return this.handler(report);
  }
}
