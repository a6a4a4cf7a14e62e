import { compileBatchValidator } from './ble/ble-batch-validator.js';
import type { CabinetBatch } from './cabinet/cabinet-batch.js';
import { openApiSchemaOf, readIngestSchema } from './ingest-schema.js';

/**
 * docs/schemas/cabinet-ingest.schema.json is the one definition of a cabinet batch: cabinet integrators
 * read it, the ingest validates against it, OpenAPI shows it. Read and compiled once, at start.
 */
export const CABINET_INGEST_SCHEMA = readIngestSchema('cabinet-ingest.schema.json');

export const CABINET_INGEST_OPENAPI_SCHEMA = openApiSchemaOf(CABINET_INGEST_SCHEMA);

export const validateCabinetBatch = compileBatchValidator<CabinetBatch>(CABINET_INGEST_SCHEMA);
