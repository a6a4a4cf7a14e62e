/** MQTT topics of the cabinet ingest (docs/inventory.md, "Cabinet ingest"). */

/** What the server subscribes to: every site's every cabinet. */
export const CABINET_TOPIC_FILTER = 'wardwatch/+/cabinets/+/events';

export interface CabinetTopic {
  readonly siteId: string;
  readonly cabinetId: string;
}

/** The site and cabinet of `wardwatch/<siteId>/cabinets/<cabinetId>/events`; undefined for any other topic. */
export function parseCabinetTopic(topic: string): CabinetTopic | undefined {
  const parts = topic.split('/');
  if (parts.length !== 5 || parts[0] !== 'wardwatch' || parts[2] !== 'cabinets' || parts[4] !== 'events') return undefined;
  if (parts[1] === '' || parts[3] === '') return undefined;
  return { siteId: parts[1], cabinetId: parts[3] };
}

/** Where the server tells a cabinet why its message was refused. */
export function cabinetErrorsTopic(topic: CabinetTopic): string {
  return `wardwatch/${topic.siteId}/cabinets/${topic.cabinetId}/events/errors`;
}
