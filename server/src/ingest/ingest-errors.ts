import { DomainError, InvalidInputError, type FieldIssue } from '../platform/http/domain-error.js';
import { BODY_FIELD } from './ble/ble-batch-validator.js';
import type { IssueList } from './ble/issue-list.js';
import { INGEST_BODY_LIMIT_BYTES } from './ble/ble-ingest-limits.js';

/** 413: the body or message is over the ingest limit, or the batch has too many sightings. */
export class BatchTooLargeError extends DomainError {
  constructor(message: string, issues?: readonly FieldIssue[]) {
    super(413, message, issues);
  }
}

/** 403: the caller is not a device (gateway, cabinet) that may send this batch. */
export class GatewayNotAllowedError extends DomainError {
  constructor(message: string, issues?: readonly FieldIssue[]) {
    super(403, message, issues);
  }
}

/** 413 for a request body or MQTT message over INGEST_BODY_LIMIT_BYTES. */
export function overIngestLimit(what: 'body' | 'message'): BatchTooLargeError {
  return new BatchTooLargeError(`The ${what} is larger than the ingest limit of ${INGEST_BODY_LIMIT_BYTES} bytes; send smaller batches`);
}

/** 400 for a request body or MQTT message that is not JSON; `detail` is the parser's reason, which locates the fault. */
export function notJson(what: 'body' | 'message', detail: string): InvalidInputError {
  return new InvalidInputError(`The ${what} is not valid JSON (${detail})`, [{ field: BODY_FIELD, message: 'is not valid JSON' }]);
}

/** 400 for a batch the schema or the time rules refuse: the first issue in the message, every listed one in `issues`. */
export function invalidBatch(what: 'BLE' | 'cabinet' | 'hygiene', issues: IssueList): InvalidInputError {
  const [first] = issues.listed;
  const more = issues.count - 1;
  const rest = more > 0 ? ` (and ${more} more issue${more === 1 ? '' : 's'})` : '';
  return new InvalidInputError(`Invalid ${what} batch: ${first.field} ${first.message}${rest}`, issues.listed);
}

/** 403 for a batch naming another device than the one the key (HTTP) or topic (MQTT) proves; the issue is on `field`. */
export function batchOfAnotherDevice(field: string, noun: string, proven: string, named: string, via: 'http' | 'mqtt'): GatewayNotAllowedError {
  const prover = via === 'http' ? 'device key' : 'topic';
  return new GatewayNotAllowedError(`This ${prover} belongs to ${noun} "${proven}"; the batch is from "${named}"`, [{ field, message: `must be "${proven}", the ${noun} of this ${prover}` }]);
}
