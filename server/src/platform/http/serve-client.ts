import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Serves the built Angular app from the same port as the API. Any GET outside
 * /api that is not a file gets index.html, so deep links like /map?floor=main-1 work.
 */
export function serveClient(app: INestApplication, distDir: string): void {
  const index = join(distDir, 'index.html');
  const express = app as NestExpressApplication;
  if (!existsSync(index)) return;
  express.useStaticAssets(distDir, { index: false, maxAge: '1h' });
  express.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
