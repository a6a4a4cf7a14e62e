/** MQTT topics of the hygiene ingest (docs/hygiene.md, "Ingest"). */
import { deviceErrorsTopic, parseDeviceTopic, type DeviceTopic } from '../device-topics.js';

/** What the server subscribes to: every site's every hygiene device. */
export const HYGIENE_TOPIC_FILTER = 'wardwatch/+/devices/+/hygiene';

/** The site and device of `wardwatch/<siteId>/devices/<deviceId>/hygiene`; undefined for any other topic. */
export function parseHygieneTopic(topic: string): DeviceTopic | undefined {
  return parseDeviceTopic(topic, 'devices', 'hygiene');
}

/** Where the server tells a device why its message was refused. */
export function hygieneErrorsTopic(topic: DeviceTopic): string {
  return deviceErrorsTopic(topic, 'devices', 'hygiene');
}
