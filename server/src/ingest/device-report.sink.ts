import { DomainError } from '../platform/http/domain-error.js';

/** 503: no feature stores these reports (its module is not loaded). */
class NoReportHandlerError extends DomainError {
  constructor(what: string) {
    super(503, `${what} reports cannot be stored now; retry later`);
  }
}

/**
 * Where validated device batches of one kind go: the feature that stores them registers its handler at
 * start-up. Unlike BLE sightings, such a batch is answered only after the handler has stored it durably
 * (its promise resolved), so the handler's outcome is the device's answer.
 */
export class DeviceReportSink<Report, Outcome> {
  private handler: ((report: Report) => Promise<Outcome>) | undefined;

  constructor(private readonly what: string) {}

  register(handler: (report: Report) => Promise<Outcome>): void {
    if (this.handler !== undefined && this.handler !== handler) throw new Error(`A ${this.what.toLowerCase()} report handler is registered already`);
    this.handler = handler;
  }

  store(report: Report): Promise<Outcome> {
    if (this.handler === undefined) return Promise.reject(new NoReportHandlerError(this.what));
    return this.handler(report);
  }
}
