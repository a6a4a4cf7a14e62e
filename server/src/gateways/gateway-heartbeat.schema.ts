import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiBodyOptions } from '@nestjs/swagger';
import { Ajv, type AnySchemaObject } from 'ajv';
import { ISSUE_MESSAGE_KEYWORD, issuesOf } from '../ingest/ble/ble-batch-validator.js';
import type { IssueList } from '../ingest/ble/issue-list.js';
import { repoRoot } from '../platform/config/repo-root.js';
import type { GatewayHeartbeatBody } from './gateway-heartbeat.js';

type OpenApiSchema = Extract<ApiBodyOptions, { schema: unknown }>['schema'];

/** docs/schemas/gateway-heartbeat.schema.json: gateway implementers read it, the server validates against it, OpenAPI shows it. */
export const GATEWAY_HEARTBEAT_SCHEMA = JSON.parse(readFileSync(join(repoRoot(), 'docs', 'schemas', 'gateway-heartbeat.schema.json'), 'utf8')) as AnySchemaObject;

export const GATEWAY_HEARTBEAT_OPENAPI_SCHEMA = (() => {
  const { $schema: _schema, $id: _id, ...schema } = structuredClone(GATEWAY_HEARTBEAT_SCHEMA);
  return schema as OpenApiSchema;
})();

export type HeartbeatValidation = { readonly ok: true; readonly heartbeat: GatewayHeartbeatBody } | { readonly ok: false; readonly issues: IssueList };

const ajv = new Ajv({ allErrors: true, verbose: true, strictTypes: false });
ajv.addKeyword(ISSUE_MESSAGE_KEYWORD);
const validate = ajv.compile<GatewayHeartbeatBody>(GATEWAY_HEARTBEAT_SCHEMA);

/** Validates a heartbeat body; issues name each field, as the BLE ingest's do. */
export function validateGatewayHeartbeat(body: unknown): HeartbeatValidation {
  if (validate(body)) return { ok: true, heartbeat: body as GatewayHeartbeatBody };
  return { ok: false, issues: issuesOf(validate.errors ?? []) };
}
