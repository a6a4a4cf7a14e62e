import { Injectable } from '@nestjs/common';
import type { CabinetEvent } from './cabinet/cabinet-batch.js';
import { DeviceReportSink } from './device-report.sink.js';

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

/**
 * Where validated cabinet batches go: the inventory feature registers its handler at start-up, and the
 * cabinet is answered with its stored outcome (DeviceReportSink).
 */
@Injectable()
export class CabinetReportSink extends DeviceReportSink<CabinetReport, CabinetReportOutcome> {
  constructor() {
    super('Cabinet');
  }
}
