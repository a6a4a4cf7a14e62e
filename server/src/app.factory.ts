import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import type { AppConfig } from './platform/config/app-config.js';
import { ApiExceptionFilter } from './platform/http/api-exception.filter.js';
import { serveClient } from './platform/http/serve-client.js';
import { createValidationPipe } from './platform/http/validation.js';
import { createLogger } from './platform/logging/create-logger.js';
import { setUpOpenApi } from './platform/http/openapi.js';
import { requireSessionForApiDocs } from './platform/auth/api-docs-access.middleware.js';
import { SessionAuthenticator } from './platform/auth/session-authenticator.js';
import { INGEST_PATH, ingestJsonParser } from './ingest/ingest-body-parser.js';

/**
 * Builds the configured HTTP application (not yet listening). main.ts and the
 * integration tests both use it, so tests exercise the real pipeline.
 */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: createLogger(config),
    bodyParser: false,
  });
  if (config.trustProxy) app.set('trust proxy', 1);
  // Device reports get their own, smaller limit; registered first, so the general parser skips them.
  app.use(INGEST_PATH, ingestJsonParser());
  app.useBodyParser('json', { limit: config.jsonBodyLimit });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Leaflet sets inline styles on map panes; tiles are our own SVG plans.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.use(requireSessionForApiDocs(app.get(SessionAuthenticator)));
  setUpOpenApi(app);
  serveClient(app, config.clientDistDir);
  return app;
}
