/**
 * One tag's usable gateway evidence at one tick, in reusable scratch arrays: what the floor,
 * room and position decisions read. Filled by GatewayEvidence.snapshot.
 */
export class EvidenceSnapshot {
  count = 0;
  readonly gateway: Int32Array;
  /** Filtered RSSI with the gateway's calibration offset applied, dBm. */
  readonly rssi: Float64Array;
  /** 1 / variance of `rssi` (dB⁻²), scaled by freshness. */
  readonly precision: Float64Array;
  /** 1 while the gateway is heard within the window, falling to 0 at its timeout. */
  readonly freshness: Float64Array;

  constructor(capacity: number) {
    this.gateway = new Int32Array(capacity);
    this.rssi = new Float64Array(capacity);
    this.precision = new Float64Array(capacity);
    this.freshness = new Float64Array(capacity);
  }

  clear(): void {
    this.count = 0;
  }

  /**
   * Adds a gateway's evidence, keeping entries ordered by gateway index: which slot a gateway
   * got depends on arrival order, and sums over the entries must not (floating-point addition
   * is not associative), so every later computation sees one canonical order.
   */
  push(gateway: number, rssi: number, precision: number, freshness: number): void {
    let i = this.count++;
    for (; i > 0 && this.gateway[i - 1] > gateway; i--) {
      this.gateway[i] = this.gateway[i - 1];
      this.rssi[i] = this.rssi[i - 1];
      this.precision[i] = this.precision[i - 1];
      this.freshness[i] = this.freshness[i - 1];
    }
    this.gateway[i] = gateway;
    this.rssi[i] = rssi;
    this.precision[i] = precision;
    this.freshness[i] = freshness;
  }
}
