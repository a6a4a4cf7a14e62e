/** MQTT topics of the BLE ingest (docs/ingest-ble.md, "MQTT"). */

/** What the server subscribes to: every site's every gateway. */
export const BLE_TOPIC_FILTER = 'wardwatch/+/gateways/+/ble';

export interface BleTopic {
  readonly siteId: string;
  readonly gatewayId: string;
}

/** The site and gateway of `wardwatch/<siteId>/gateways/<gatewayId>/ble`; undefined for any other topic. */
export function parseBleTopic(topic: string): BleTopic | undefined {
  const parts = topic.split('/');
  if (parts.length !== 5 || parts[0] !== 'wardwatch' || parts[2] !== 'gateways' || parts[4] !== 'ble') return undefined;
  if (parts[1] === '' || parts[3] === '') return undefined;
  return { siteId: parts[1], gatewayId: parts[3] };
}

/** Where the server tells a gateway why its message was refused. */
export function bleErrorsTopic(topic: BleTopic): string {
  return `wardwatch/${topic.siteId}/gateways/${topic.gatewayId}/ble/errors`;
}
