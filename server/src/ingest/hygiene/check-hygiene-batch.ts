/**
 * What the schema cannot say about a hygiene batch: that its times are real and within bounds, and that
 * each event is one this device can report (a dispenser dispenses, a sensor reads the measures it
 * declares on the floor plan, a door counter counts entries and nothing else). Pure: the device and the server's time come in as data.
 */
import type { SensorMeasure } from '../../floorplan/import/floorplan-format.js';
import { checkEventTime, checkSentAt } from '../batch-times.js';
import { IssueList } from '../ble/issue-list.js';
import type { HygieneBatch, HygieneEvent, HygieneEventReport } from './hygiene-batch.js';

/** The device types that report through the hygiene ingest. */
export const HYGIENE_DEVICE_TYPES = ['hand_hygiene_dispenser', 'environment_sensor', 'door_counter'] as const;
export type HygieneDeviceType = (typeof HYGIENE_DEVICE_TYPES)[number];

export interface HygieneDevice {
  readonly deviceType: HygieneDeviceType;
  /** Sensors: what they report (floor plan); null for dispensers. */
  readonly measures: readonly SensorMeasure[] | null;
}

const DEVICE_NAMES: Readonly<Record<HygieneDeviceType, string>> = {
  hand_hygiene_dispenser: 'hand-hygiene dispensers',
  environment_sensor: 'environment sensors',
  door_counter: 'door counters',
};

/** Events only one type of device reports; the rest (cleaning, verification) any dispenser or sensor may relay. */
const REPORTED_ONLY_BY: Readonly<Partial<Record<HygieneEventReport['type'], HygieneDeviceType>>> = {
  dispense: 'hand_hygiene_dispenser',
  refill_level: 'hand_hygiene_dispenser',
  reading: 'environment_sensor',
  entries: 'door_counter',
};

/** An event may be this much older than its batch: a device buffers through a network outage of a long weekend. */
export const MAX_HYGIENE_EVENT_AGE_MS = 4 * 24 * 3_600_000;
/** An event may be this much later than `sentAt` (both are the device's clock: rounding only). */
export const MAX_HYGIENE_EVENT_LEAD_MS = 60_000;

export type HygieneBatchCheck = { readonly ok: true; readonly events: HygieneEvent[] } | { readonly ok: false; readonly issues: IssueList };

export function checkHygieneBatch(batch: HygieneBatch, device: HygieneDevice, nowMs: number): HygieneBatchCheck {
  const issues = new IssueList();
  const sentAtMs = checkSentAt(batch.sentAt, nowMs, 'device', issues);
  const bounds = { maxAgeMs: MAX_HYGIENE_EVENT_AGE_MS, maxLeadMs: MAX_HYGIENE_EVENT_LEAD_MS };
  const events = batch.events.map((report, i): HygieneEvent => {
    const field = `events[${i}]`;
    const at = checkEventTime(report.ts, field, sentAtMs, bounds, issues);
    const reporter = REPORTED_ONLY_BY[report.type];
    if (reporter !== undefined && device.deviceType !== reporter) {
      issues.add(() => ({ field: `${field}.type`, message: `is reported by ${DEVICE_NAMES[reporter]} only, not by ${DEVICE_NAMES[device.deviceType]}` }));
    } else if (device.deviceType === 'door_counter' && report.type !== 'entries') {
      issues.add(() => ({ field: `${field}.type`, message: 'is not reported by door counters: they report entries only' }));
    } else if (report.type === 'reading' && !(device.measures ?? []).includes(report.measure)) {
      issues.add(() => ({ field: `${field}.measure`, message: `is not a measure of this sensor (it declares ${(device.measures ?? []).join(', ') || 'none'})` }));
    }
    const { ts: _ts, ...rest } = report;
    return { ...rest, at, field };
  });
  return issues.count > 0 ? { ok: false, issues } : { ok: true, events };
}
