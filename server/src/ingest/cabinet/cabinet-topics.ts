/** MQTT topics of the cabinet ingest (docs/inventory.md, "Cabinet ingest"). */
import { deviceErrorsTopic, parseDeviceTopic } from '../device-topics.js';

/** What the server subscribes to: every site's every cabinet. */
export const CABINET_TOPIC_FILTER = 'wardwatch/+/cabinets/+/events';

export interface CabinetTopic {
  readonly siteId: string;
  readonly cabinetId: string;
}

/** The site and cabinet of `wardwatch/<siteId>/cabinets/<cabinetId>/events`; undefined for any other topic. */
export function parseCabinetTopic(topic: string): CabinetTopic | undefined {
  const parsed = parseDeviceTopic(topic, 'cabinets', 'events');
  return parsed === undefined ? undefined : { siteId: parsed.siteId, cabinetId: parsed.deviceId };
}

/** Where the server tells a cabinet why its message was refused. */
export function cabinetErrorsTopic(topic: CabinetTopic): string {
  return deviceErrorsTopic({ siteId: topic.siteId, deviceId: topic.cabinetId }, 'cabinets', 'events');
}
