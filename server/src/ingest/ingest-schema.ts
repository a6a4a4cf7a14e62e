import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiBodyOptions } from '@nestjs/swagger';
import type { AnySchemaObject } from 'ajv';
import { repoRoot } from '../platform/config/repo-root.js';

export type OpenApiSchema = Extract<ApiBodyOptions, { schema: unknown }>['schema'];

/**
 * A device batch schema of docs/schemas/: the one definition integrators read, the ingest validates
 * against and OpenAPI shows. Read once, at start.
 */
export function readIngestSchema(fileName: string): AnySchemaObject {
  return JSON.parse(readFileSync(join(repoRoot(), 'docs', 'schemas', fileName), 'utf8')) as AnySchemaObject;
}

/** The same schema for OpenAPI: its `#/definitions/…` references written out in place (OpenAPI documents have no such definitions). */
export function openApiSchemaOf(jsonSchema: AnySchemaObject): OpenApiSchema {
  const { $schema: _schema, $id: _id, definitions, ...schema } = structuredClone(jsonSchema) as AnySchemaObject & { definitions?: Record<string, unknown> };
  const inline = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(inline);
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/definitions/')) return inline(definitions?.[ref.slice('#/definitions/'.length)]);
    // `discriminator` and `x-issue` are this server's validation hints, not OpenAPI's.
    return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'discriminator' && key !== 'x-issue').map(([key, value]) => [key, inline(value)]));
  };
  return inline(schema) as OpenApiSchema;
}
