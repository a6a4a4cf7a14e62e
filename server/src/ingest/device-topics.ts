/** The shape of per-device MQTT topics: `wardwatch/<siteId>/<collection>/<deviceId>/<leaf>`. */

export interface DeviceTopic {
  readonly siteId: string;
  readonly deviceId: string;
}

/** The site and device of `wardwatch/<siteId>/<collection>/<deviceId>/<leaf>`; undefined for any other topic. */
export function parseDeviceTopic(topic: string, collection: string, leaf: string): DeviceTopic | undefined {
  const parts = topic.split('/');
  if (parts.length !== 5 || parts[0] !== 'wardwatch' || parts[2] !== collection || parts[4] !== leaf) return undefined;
  if (parts[1] === '' || parts[3] === '') return undefined;
  return { siteId: parts[1], deviceId: parts[3] };
}

/** Where the server tells a device why its message on that topic was refused. */
export function deviceErrorsTopic(topic: DeviceTopic, collection: string, leaf: string): string {
  return `wardwatch/${topic.siteId}/${collection}/${topic.deviceId}/${leaf}/errors`;
}
