import { Ajv, type AnySchemaObject, type ErrorObject } from 'ajv';
import type { FieldIssue } from '../../platform/http/domain-error.js';
import type { BleBatch } from './ble-batch.js';
import { IssueList } from './issue-list.js';

/**
 * Schema annotation: the message to answer when a `pattern`, a choice (`anyOf`, `oneOf`) or the beacon
 * `discriminator` of that schema fails. Ajv's own text for these ("must match pattern "^(?:[0-9A-F…",
 * "must match exactly one schema in oneOf") tells a gateway engineer nothing.
 */
export const ISSUE_MESSAGE_KEYWORD = 'x-issue';

/** The field name of an issue with the body as a whole (not an object, say). */
export const BODY_FIELD = '(body)';

export type BleBatchValidation = BatchValidation<BleBatch>;

/**
 * Compiles the batch schema once into a validating function: ajv generates code for it, which checks a
 * 200-sighting batch in microseconds (class-validator would build and walk an object per sighting).
 */
export function compileBleBatchValidator(schema: AnySchemaObject): (body: unknown) => BleBatchValidation {
  return compileBatchValidator<BleBatch>(schema);
}

/** A device batch that passed its schema, typed; or the issues, one per field. */
export type BatchValidation<T> = { readonly ok: true; readonly batch: T } | { readonly ok: false; readonly issues: IssueList };

/** Compiles a device batch schema (docs/schemas/*.json) into a validating function answering issues named the ingest's way. */
export function compileBatchValidator<T>(schema: AnySchemaObject): (body: unknown) => BatchValidation<T> {
  // allErrors: list every problem, not the first; verbose: errors carry their schema, for x-issue.
  const ajv = new Ajv({ allErrors: true, verbose: true, discriminator: true, strictTypes: true, strictTuples: true });
  ajv.addKeyword(ISSUE_MESSAGE_KEYWORD);
  const validate = ajv.compile<T>(schema);
  return (body) => {
    if (validate(body)) return { ok: true, batch: body as T };
    return { ok: false, issues: issuesOf(validate.errors ?? []) };
  };
}

/** The number of sightings of a body not yet validated, when it has an array of them; for the 413 check before validation. */
export function sightingCount(body: unknown): number | undefined {
  const sightings = typeof body === 'object' && body !== null ? (body as { sightings?: unknown }).sightings : undefined;
  return Array.isArray(sightings) ? sightings.length : undefined;
}

/**
 * Ajv's errors as one issue per field, in the body's order. A failed choice reports each branch's
 * errors before its own (for `{ ts: "x" }`: "must match pattern", "must be integer", "must match a
 * schema in anyOf"); only the choice's own message is kept, since no single branch was meant.
 * Linear in the number of errors: a batch of 5000 bad sightings must not stall the server.
 */
export function issuesOf(errors: readonly ErrorObject[]): IssueList {
  // Walking backwards, a failed choice comes before its branches' errors, which directly precede it in
  // ajv's list (nested choices among them included).
  const kept: ErrorObject[] = [];
  let choice: ErrorObject | undefined;
  for (let i = errors.length - 1; i >= 0; i--) {
    const error = errors[i];
    if (choice !== undefined && isBranchOf(error, choice)) continue;
    kept.push(error);
    choice = error.keyword === 'anyOf' || error.keyword === 'oneOf' ? error : undefined;
  }
  const issues = new IssueList();
  const fields = new Set<string>();
  for (let i = kept.length - 1; i >= 0; i--) {
    const error = kept[i];
    // The field, without building its name: the instance path and the property the error names, if any.
    const field = `${error.instancePath}\u0000${namedProperty(error) ?? ''}`;
    if (fields.has(field)) continue;
    fields.add(field);
    issues.add(() => issueOf(error));
  }
  return issues;
}

function isBranchOf(error: ErrorObject, choice: ErrorObject): boolean {
  const at = choice.instancePath;
  const under = error.instancePath === at || error.instancePath.startsWith(`${at}/`);
  return under && error.schemaPath.startsWith(`${choice.schemaPath}/`);
}

function issueOf(error: ErrorObject): FieldIssue {
  const at = fieldOf(error.instancePath);
  const property = namedProperty(error);
  if (property !== undefined) {
    const message = error.keyword === 'required' ? 'is required' : error.keyword === 'additionalProperties' ? 'is not allowed' : ownMessage(error);
    return { field: child(at, property), message: message ?? error.message ?? 'is invalid' };
  }
  const custom = error.keyword === 'pattern' || error.keyword === 'anyOf' || error.keyword === 'oneOf' ? ownMessage(error) : undefined;
  return { field: at || BODY_FIELD, message: custom ?? error.message ?? 'is invalid' };
}

/** The property an error is about when it is not the one at its instance path: a missing, extra or tag property. */
function namedProperty(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return String(params['missingProperty']);
    case 'additionalProperties':
      return String(params['additionalProperty']);
    case 'discriminator':
      return String(params['tag']);
    default:
      return undefined;
  }
}

function ownMessage(error: ErrorObject): string | undefined {
  const message = (error.parentSchema as Record<string, unknown> | undefined)?.[ISSUE_MESSAGE_KEYWORD];
  return typeof message === 'string' ? message : undefined;
}

/** JSON pointer `/sightings/3/rssi` as `sightings[3].rssi` (the API's field notation, see FieldIssue). */
export function fieldOf(instancePath: string): string {
  if (instancePath === '') return '';
  let field = '';
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    field = /^\d+$/.test(segment) ? `${field}[${segment}]` : child(field, segment);
  }
  return field;
}

function child(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}
