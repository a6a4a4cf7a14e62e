/**
 * The simulation's output as a stream, before any object is made: one call per sighting, with the
 * gateway and the tag by index (`BuildingModel.gateways`, `Simulation.tags`). `BatchBuilder` turns it
 * into ingest batches; a benchmark that only needs the numbers can take them from here at several
 * million sightings a second, without the garbage collector's share of a million objects a second.
 */
export interface SightingSink {
  /**
   * One sighting. Summary mode: the window's median RSSI, count and strongest RSSI, `ts` the window's
   * end. Raw mode: one advertisement (`n` 1, `rssiMax` = `rssi`), `ts` when it was heard. dBm, epoch ms.
   */
  sighting(gatewayIndex: number, tagIndex: number, ts: number, rssi: number, n: number, rssiMax: number): void;
  /** Every sighting of the window ending at `windowEndTs` has been handed over. */
  windowEnd(windowEndTs: number): void;
}
