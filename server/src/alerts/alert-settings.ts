import { COIN_CELL_THRESHOLDS, type BatteryThresholds } from './checks/low-battery.check.js';
import { DEFAULT_ZONE_POLICY, type ZonePolicy } from './checks/left-zone.check.js';
import { PM_DUE_WITHIN_DAYS } from './checks/pm-due.check.js';

/**
 * The thresholds of the alert checks. One injectable object with the defaults below; an installation
 * (or a test) that needs others provides its own AlertSettings.
 */
export class AlertSettings {
  /**
   * A gateway that sends no batch for this long is offline. Gateways report every few seconds (see
   * docs/ingest-ble.md), so five minutes is many missed batches, not a network hiccup.
   */
  gatewayOfflineAfterMs = 5 * 60_000;
  battery: BatteryThresholds = COIN_CELL_THRESHOLDS;
  zone: ZonePolicy = DEFAULT_ZONE_POLICY;
  pmDueWithinDays = PM_DUE_WITHIN_DAYS;
}
