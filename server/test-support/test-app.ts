import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { createApp } from '../src/app.factory.js';
import { loadConfig, type AppConfig } from '../src/platform/config/app-config.js';
import { createScratchDatabase, type TestDialect } from './test-databases.js';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** The HTTP server to hand to supertest's `request()`. */
  server: App;
  close(): Promise<void>;
}

/**
 * The real application (same factory as main.ts) on a scratch database of the
 * given dialect and a temporary data folder. `env` adds or overrides variables.
 */
export async function startTestApp(dialect: TestDialect, env: Record<string, string> = {}): Promise<TestApp> {
  const scratch = await createScratchDatabase(dialect);
  const dataDir = mkdtempSync(join(tmpdir(), 'wardwatch-data-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: scratch.settings.kind === 'mysql' ? scratch.settings.url : undefined,
    LOG_LEVEL: 'error',
    ADMIN_PASSWORD: 'test-admin-password',
    CLIENT_DIST_DIR: join(dataDir, 'no-client'),
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  return {
    app,
    config,
    server: app.getHttpServer() as App,
    close: async () => {
      await app.close();
      await scratch.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
