import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiBodyOptions } from '@nestjs/swagger';
import type { AnySchemaObject } from 'ajv';
import { repoRoot } from '../platform/config/repo-root.js';
import { compileBleBatchValidator } from './ble/ble-batch-validator.js';

type OpenApiSchema = Extract<ApiBodyOptions, { schema: unknown }>['schema'];

/**
 * docs/schemas/ble-ingest.schema.json is the one definition of a BLE batch: gateway implementers read
 * it, the ingest validates against it, OpenAPI shows it. Read and compiled once, when the server starts.
 */
export const BLE_INGEST_SCHEMA_FILE = join(repoRoot(), 'docs', 'schemas', 'ble-ingest.schema.json');

export const BLE_INGEST_SCHEMA = JSON.parse(readFileSync(BLE_INGEST_SCHEMA_FILE, 'utf8')) as AnySchemaObject;

/** The same schema as an OpenAPI schema object: without the keys that only a JSON Schema document has. */
export const BLE_INGEST_OPENAPI_SCHEMA = (() => {
  const { $schema: _schema, $id: _id, ...schema } = structuredClone(BLE_INGEST_SCHEMA);
  return schema as OpenApiSchema;
})();

export const validateBleBatch = compileBleBatchValidator(BLE_INGEST_SCHEMA);
