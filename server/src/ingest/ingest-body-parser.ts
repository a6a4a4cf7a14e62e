import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { INGEST_BODY_LIMIT_BYTES } from './ble/ble-ingest-limits.js';
import { notJson, overIngestLimit } from './ingest-errors.js';

/** Where device reports arrive; their bodies get the ingest's own size limit. */
export const INGEST_PATH = '/api/v1/ingest';

/**
 * The JSON parser for INGEST_PATH, registered before the application's general one (which then finds
 * the body read and leaves it): the ingest limit is smaller than the floor-plan import's, and its
 * answers are the ingest's own (a 413 says the limit, a 400 where the JSON breaks), as over MQTT.
 */
export function ingestJsonParser(): RequestHandler {
  const parse = express.json({ limit: INGEST_BODY_LIMIT_BYTES });
  return (request: Request, response: Response, next: NextFunction) =>
    parse(request, response, (error?: unknown) => {
      const status = (error as { status?: unknown } | undefined)?.status;
      if (status === 413) next(overIngestLimit('body'));
      else if (status === 400 && error instanceof SyntaxError) next(notJson('body', error.message));
      else next(error);
    });
}
