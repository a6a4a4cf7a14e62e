import { alertCondition, type AlertCondition } from '../alert-condition.js';
import { TAG_LOW_BATTERY } from '../alert-kinds.js';

/** The latest battery voltage a tag reported (Eddystone-TLM, or as its gateway decoded it). */
export interface BatteryReading {
  tagId: string;
  batteryMv: number;
  readAt: Date;
}

/**
 * Hysteresis: a tag is low below `lowBelowMv` and recovers only above `clearAboveMv`, so a cell
 * hovering at the threshold (its voltage sags while it transmits, and with temperature) raises one
 * alert, not one an hour.
 */
export interface BatteryThresholds {
  lowBelowMv: number;
  clearAboveMv: number;
}

/**
 * For 3 V lithium coin cells (CR2032, CR2477): the voltage stays near 2.9-3.0 V for most of their
 * life and falls steeply from about 2.5 V, a few percent of capacity before the 2.0 V end point of
 * the manufacturers' discharge curves (e.g. Energizer CR2032 datasheet). 2.5 V leaves weeks to swap.
 */
export const COIN_CELL_THRESHOLDS: BatteryThresholds = { lowBelowMv: 2_500, clearAboveMv: 2_600 };

/** What the alert says about a tag: the asset it is on, where it was last placed. */
export interface TagDescription {
  label: string;
  floorId: string | null;
  roomId: string | null;
}

/**
 * Tags whose latest reading is low: below `lowBelowMv`, or at most `clearAboveMv` for a tag whose
 * low-battery alert is open (`alerting`).
 */
export function lowTagBatteries(
  readings: Iterable<BatteryReading>,
  alerting: ReadonlySet<string>,
  thresholds: BatteryThresholds,
  describe: (tagId: string) => TagDescription | undefined = () => undefined,
): AlertCondition[] {
  const conditions: AlertCondition[] = [];
  for (const reading of readings) {
    const low = reading.batteryMv < thresholds.lowBelowMv || (alerting.has(reading.tagId) && reading.batteryMv <= thresholds.clearAboveMv);
    if (!low) continue;
    const tag = describe(reading.tagId);
    conditions.push(
      alertCondition({
        kind: TAG_LOW_BATTERY,
        subjectType: 'tag',
        subjectId: reading.tagId,
        severity: 'warning',
        title: `Tag battery low: ${tag?.label ?? reading.tagId}`,
        detail: { tagId: reading.tagId, batteryMv: reading.batteryMv, readAt: reading.readAt.toISOString() },
        floorId: tag?.floorId,
        roomId: tag?.roomId,
      }),
    );
  }
  return conditions;
}
