import { STATUS_CODES } from 'node:http';
import type { Logger } from '@nestjs/common';
import type { MqttClient } from 'mqtt';
import { DomainError } from '../platform/http/domain-error.js';
import { INGEST_BODY_LIMIT_BYTES } from './ble/ble-ingest-limits.js';
import type { IngestSource } from './ble-ingest.service.js';
import { notJson, overIngestLimit } from './ingest-errors.js';
import type { LogThrottle } from './log-throttle.js';

/**
 * What every device topic listener shares (BLE gateways, cabinets): decoding a message as HTTP's body
 * parser would, answering a refused one on its errors topic as HTTP would have answered, and
 * subscribing with the broker's refusal noticed.
 */

/** The message's JSON; refuses what HTTP's body parser would (too large, not JSON). */
export function decodeIngestMessage(payload: Buffer): unknown {
  if (payload.length > INGEST_BODY_LIMIT_BYTES) throw overIngestLimit('message');
  try {
    return JSON.parse(payload.toString('utf8')) as unknown;
  } catch (error) {
    throw notJson('message', (error as Error).message);
  }
}

/** Publishes the error as HTTP would answer it, with the batch's seq, on `errorsTopic` (QoS 0: advice, not state). */
export function publishIngestError(client: MqttClient, errorsTopic: string, error: unknown, body: unknown): void {
  const problem = error instanceof DomainError ? error : undefined;
  const status = problem?.status ?? 500;
  const answer = {
    statusCode: status,
    error: STATUS_CODES[status] ?? 'Error',
    message: problem?.message ?? 'Internal server error',
    ...(problem?.issues ? { issues: problem.issues } : {}),
    seq: (body as { seq?: unknown } | undefined)?.seq,
  };
  client.publish(errorsTopic, JSON.stringify(answer), { qos: 0 });
}

/** Subscribes to `filter` at QoS 1; `onSubscribed` runs once the broker grants it, a refusal is logged. */
export function subscribeIngestTopic(client: MqttClient, filter: string, logger: Logger, what: string, onSubscribed: () => void): void {
  client.subscribe(filter, { qos: 1 }, (error, granted) => {
    // QoS 128 in the grant is the broker's refusal (MQTT 3.1.1 §3.9.3), typically its ACL.
    const refused = error?.message ?? (granted?.some((grant) => grant.qos === 128) ? 'refused by the broker (ACL?)' : undefined);
    if (refused !== undefined) logger.error({ msg: `Could not subscribe to ${what} topics`, topic: filter, error: refused });
    else onSubscribed();
  });
}

/** An event-batch ingest (cabinets, hygiene devices) as its topic listener calls it. */
export interface DeviceBatchIngest {
  accept(deviceId: string, body: unknown, source: IngestSource): Promise<unknown>;
  /** Logs a refused batch (the ingest logs its own refusals; this is for messages that are not JSON). */
  noteRejection(deviceId: string, body: unknown, error: DomainError, via: IngestSource['via']): void;
}

/**
 * Hands one message of a device's topic to its ingest, as HTTP would hand the body, and answers a
 * refusal on `errorsTopic`. Failures that are not refusals (the database is down) are logged, at most
 * once a minute per device through `failures`.
 */
export async function ingestDeviceMessage(
  client: MqttClient,
  ingest: DeviceBatchIngest,
  address: { readonly siteId: string; readonly deviceId: string },
  errorsTopic: string,
  payload: Buffer,
  log: { readonly logger: Logger; readonly failures: LogThrottle; readonly what: string },
): Promise<void> {
  let body: unknown;
  try {
    body = decodeIngestMessage(payload);
    await ingest.accept(address.deviceId, body, { via: 'mqtt', siteId: address.siteId });
  } catch (error) {
    if (!(error instanceof DomainError)) {
      const suppressed = log.failures.pass(address.deviceId, Date.now());
      if (suppressed !== undefined) log.logger.error({ msg: `${log.what} message failed`, deviceId: address.deviceId, suppressed }, error instanceof Error ? error.stack : String(error));
    } else if (body === undefined) {
      ingest.noteRejection(address.deviceId, undefined, error, 'mqtt');
    }
    publishIngestError(client, errorsTopic, error, body);
  }
}
