import { DomainError, InvalidInputError, type FieldIssue } from '../platform/http/domain-error.js';
import { BODY_FIELD } from './ble/ble-batch-validator.js';
import { INGEST_BODY_LIMIT_BYTES } from './ble/ble-ingest-limits.js';

/** 413: the body or message is over the ingest limit, or the batch has too many sightings. */
export class BatchTooLargeError extends DomainError {
  constructor(message: string, issues?: readonly FieldIssue[]) {
    super(413, message, issues);
  }
}

/** 403: the caller is not a gateway that may send this batch. */
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
