import { Injectable } from '@nestjs/common';
import { DeviceReportSink } from './device-report.sink.js';
import type { HygieneDeviceType } from './hygiene/check-hygiene-batch.js';
import type { HygieneEvent } from './hygiene/hygiene-batch.js';

/** A validated hygiene batch, for the feature that stores it. */
export interface HygieneReport {
  deviceId: string;
  deviceType: HygieneDeviceType;
  seq: number;
  events: readonly HygieneEvent[];
}

/** What the feature did with a batch. */
export interface HygieneReportOutcome {
  /** Events stored (0 for a duplicate). */
  accepted: number;
  /** The (deviceId, seq) was stored before: nothing was counted again. */
  duplicate: boolean;
}

/**
 * Where validated dispenser and sensor batches go: the hygiene feature registers its handler at start-up,
 * and the device is answered with its stored outcome (DeviceReportSink).
 */
@Injectable()
export class HygieneReportSink extends DeviceReportSink<HygieneReport, HygieneReportOutcome> {
  constructor() {
    super('Hygiene');
  }
}
