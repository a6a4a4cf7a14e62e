import { compileBatchValidator } from './ble/ble-batch-validator.js';
import type { HygieneBatch } from './hygiene/hygiene-batch.js';
import { openApiSchemaOf, readIngestSchema } from './ingest-schema.js';

/**
 * docs/schemas/hygiene-ingest.schema.json is the one definition of a hygiene device batch (dispensers,
 * environment sensors): integrators read it, the ingest validates against it, OpenAPI shows it.
 */
export const HYGIENE_INGEST_SCHEMA = readIngestSchema('hygiene-ingest.schema.json');

export const HYGIENE_INGEST_OPENAPI_SCHEMA = openApiSchemaOf(HYGIENE_INGEST_SCHEMA);

export const validateHygieneBatch = compileBatchValidator<HygieneBatch>(HYGIENE_INGEST_SCHEMA);
