import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../platform/config/app-config.js';
import { createScratchDatabase, describeEachDatabase, type ScratchDatabase } from '../../test-support/test-databases.js';
import { signIn } from '../../test-support/sign-in.js';
import { DEMO_START_BUDGET_MS } from '../../test-support/test-app.js';
import { DEMO_PASSWORD, initialPasswordNotice } from './initial-users.js';


/** Starts the real app on an existing database (startTestApp always makes a new one), capturing stdout. */
async function start(scratch: ScratchDatabase, dataDir: string, env: Record<string, string>) {
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: scratch.settings.kind === 'mysql' ? scratch.settings.url : undefined,
    LOG_LEVEL: 'error',
    CLIENT_DIST_DIR: join(dataDir, 'no-client'),
    ...env,
  });
  let stdout = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  let app: INestApplication | undefined;
  try {
    app = await createApp(config);
    await app.init();
  } catch (error) {
    await app?.close();
    throw error;
  } finally {
    process.stdout.write = write;
  }
  return { app, server: app.getHttpServer() as App, stdout };
}

describeEachDatabase('users on first start', (dialect) => {
  let scratch: ScratchDatabase;
  let dataDir: string;
  let app: INestApplication | undefined;
  beforeEach(async () => {
    scratch = await createScratchDatabase(dialect);
    dataDir = mkdtempSync(join(tmpdir(), 'wardwatch-first-start-'));
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('without ADMIN_PASSWORD, creates the admin with a generated password printed once, and nothing on the next start', async () => {
    const first = await start(scratch, dataDir, { ADMIN_USERNAME: 'it.admin' });
    app = first.app;
    const password = /password: (\S+)/.exec(first.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(first.stdout).toContain(initialPasswordNotice('it.admin', password!));
    expect(first.stdout.split(password!)).toHaveLength(2); // printed exactly once
    await signIn(first.server, 'it.admin', password!);

    // The audit trail records the creation, without the password.
    const session = await signIn(first.server, 'it.admin', password!);
    const trail = await request(first.server).get('/api/admin/audit').set('Cookie', session.cookie).expect(200);
    expect(trail.body).toEqual(expect.arrayContaining([expect.objectContaining({ actor: 'system', action: 'users.create', target: 'user:it.admin' })]));
    expect(JSON.stringify(trail.body)).not.toContain(password);
    await app.close();

    const second = await start(scratch, dataDir, { ADMIN_USERNAME: 'it.admin' });
    app = second.app;
    expect(second.stdout).toBe('');
    // The same session secret (kept in DATA_DIR) means the session survived the restart.
    await request(second.server).get('/api/auth/me').set('Cookie', session.cookie).expect(200);
  });

  it('with ADMIN_PASSWORD, creates the admin with it and prints nothing', async () => {
    const started = await start(scratch, dataDir, { ADMIN_PASSWORD: 'configured-admin-pw' });
    app = started.app;
    expect(started.stdout).toBe('');
    await signIn(started.server, 'admin', 'configured-admin-pw');
  });

  it('refuses to start when ADMIN_PASSWORD is the admin username', async () => {
    await expect(start(scratch, dataDir, { ADMIN_USERNAME: 'administrator', ADMIN_PASSWORD: 'Administrator' })).rejects.toThrow(
      'ADMIN_PASSWORD: must not be the username',
    );
  });

  it('in demo mode, seeds one user per role and a second pharmacist with the demo password, once', async () => {
    const started = await start(scratch, dataDir, { WARDWATCH_DEMO: 'true', DEMO_SIMULATION: 'false' });
    app = started.app;
    expect(started.stdout).toBe('');
    const admin = await signIn(started.server, 'admin', DEMO_PASSWORD);
    const users = await request(started.server).get('/api/admin/users').set('Cookie', admin.cookie).expect(200);
    expect(users.body.map((u: { username: string; displayName: string; role: string }) => [u.username, u.displayName, u.role])).toEqual([
      ['admin', 'Alex Admin', 'admin'],
      ['biomed', 'Bea Biomed', 'biomed'],
      ['infection', 'Iris Infection-Control', 'infection_control'],
      ['pharmacy', 'Phil Pharmacy', 'pharmacy'],
      ['pharmacy2', 'Priya Pharmacy', 'pharmacy'],
      ['viewer', 'Vic Viewer', 'viewer'],
    ]);
    for (const username of ['biomed', 'infection', 'pharmacy', 'pharmacy2', 'viewer']) await signIn(started.server, username, DEMO_PASSWORD);
    await app.close();

    app = (await start(scratch, dataDir, { WARDWATCH_DEMO: 'true', DEMO_SIMULATION: 'false' })).app;
    const again = await signIn(app.getHttpServer() as App, 'admin', DEMO_PASSWORD);
    expect((await request(app.getHttpServer() as App).get('/api/admin/users').set('Cookie', again.cookie)).body).toHaveLength(6);
  }, DEMO_START_BUDGET_MS);

  it('in demo mode with ADMIN_PASSWORD, gives the admin that password and the others the demo one', async () => {
    const started = await start(scratch, dataDir, { WARDWATCH_DEMO: 'true', DEMO_SIMULATION: 'false', ADMIN_PASSWORD: 'configured-admin-pw' });
    app = started.app;
    await request(started.server).post('/api/auth/login').send({ username: 'admin', password: DEMO_PASSWORD }).expect(401);
    await signIn(started.server, 'admin', 'configured-admin-pw');
    await signIn(started.server, 'viewer', DEMO_PASSWORD);
  }, DEMO_START_BUDGET_MS);
});
