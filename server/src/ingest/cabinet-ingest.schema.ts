import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiBodyOptions } from '@nestjs/swagger';
import type { AnySchemaObject } from 'ajv';
import { repoRoot } from '../platform/config/repo-root.js';
import { compileBatchValidator } from './ble/ble-batch-validator.js';
import type { CabinetBatch } from './cabinet/cabinet-batch.js';

type OpenApiSchema = Extract<ApiBodyOptions, { schema: unknown }>['schema'];

/**
 * docs/schemas/cabinet-ingest.schema.json is the one definition of a cabinet batch: cabinet integrators
 * read it, the ingest validates against it, OpenAPI shows it. Read and compiled once, at start.
 */
export const CABINET_INGEST_SCHEMA = JSON.parse(readFileSync(join(repoRoot(), 'docs', 'schemas', 'cabinet-ingest.schema.json'), 'utf8')) as AnySchemaObject;

/** The same schema for OpenAPI: its `#/definitions/…` references written out in place (OpenAPI documents have no such definitions). */
export const CABINET_INGEST_OPENAPI_SCHEMA = (() => {
  const { $schema: _schema, $id: _id, definitions, ...schema } = structuredClone(CABINET_INGEST_SCHEMA) as AnySchemaObject & { definitions: Record<string, unknown> };
  const inline = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(inline);
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/definitions/')) return inline(definitions[ref.slice('#/definitions/'.length)]);
    // `discriminator` and `x-issue` are this server's validation hints, not OpenAPI's.
    return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'discriminator' && key !== 'x-issue').map(([key, value]) => [key, inline(value)]));
  };
  return inline(schema) as OpenApiSchema;
})();

export const validateCabinetBatch = compileBatchValidator<CabinetBatch>(CABINET_INGEST_SCHEMA);
