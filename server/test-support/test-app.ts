import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { createApp } from '../src/app.factory.js';
import { loadConfig, type AppConfig } from '../src/platform/config/app-config.js';
import { createScratchDatabase, type TestDialect } from './test-databases.js';

/**
 * How long a test may give an app in demo mode to start: it imports St Mary's and seeds the fleet, the
 * pharmacy's history, the staff and the cleaning history, which takes tens of seconds on a busy 2-core machine.
 */
export const DEMO_START_BUDGET_MS = 180_000;

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** The HTTP server to hand to supertest's `request()`. */
  server: App;
  /** Stops the application and removes its database and data folder. */
  close(): Promise<void>;
  /**
   * Stops the application (its shutdown hooks run, as on SIGTERM) and starts a new one on the same
   * database and data folder. Use the returned TestApp from then on; this one's close does nothing.
   */
  restart(): Promise<TestApp>;
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
    // Simulated gateways would make every demo-mode suite's positions depend on wall-clock time.
    DEMO_SIMULATION: 'false',
    ...env,
  });
  return launch(config, async () => {
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
}

async function launch(config: AppConfig, removeData: () => Promise<void>): Promise<TestApp> {
  const app = await createApp(config);
  await app.init();
  let handedOver = false;
  return {
    app,
    config,
    server: app.getHttpServer() as App,
    close: async () => {
      if (handedOver) return;
      await app.close();
      await removeData();
    },
    restart: async () => {
      handedOver = true;
      await app.close();
      return launch(config, removeData);
    },
  };
}
