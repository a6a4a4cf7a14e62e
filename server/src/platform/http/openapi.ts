import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { APP_VERSION } from '../version.js';

/** OpenAPI generated from the controllers and DTOs, served at /api/docs (JSON at /api/docs-json). */
export function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Wardwatch API')
      .setDescription(
        'Hospital asset and environment tracking. People sign in with POST /api/auth/login (session cookie, or the returned ' +
          'token as a Bearer header); devices send their device key as a Bearer header.',
      )
      .setVersion(APP_VERSION)
      .addBearerAuth()
      .addCookieAuth('wardwatch_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
