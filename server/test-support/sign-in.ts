import { afterAll, beforeAll } from '@jest/globals';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { startTestApp, type TestApp } from './test-app.js';
import type { TestDialect } from './test-databases.js';
import type { Role } from '../src/platform/auth/role.js';
import { SESSION_COOKIE } from '../src/platform/auth/session-cookie.js';

/** The admin every test app starts with (startTestApp sets ADMIN_PASSWORD). */
export const TEST_ADMIN = { username: 'admin', password: 'test-admin-password' };

export interface TestSession {
  /** `wardwatch_session=…`, for supertest's `.set('Cookie', session.cookie)`. */
  cookie: string;
  token: string;
}

/** Signs in through the API, failing loudly if that does not work. */
export async function signIn(server: App, username: string, password: string): Promise<TestSession> {
  const response = await request(server).post('/api/auth/login').send({ username, password });
  if (response.status !== 200) throw new Error(`sign-in as ${username} answered ${response.status}: ${JSON.stringify(response.body)}`);
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const session = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error('sign-in set no session cookie');
  return { cookie: session.split(';')[0], token: (response.body as { token: string }).token };
}

/** Creates a user as the given admin session, and signs in as them. */
export async function createUserAndSignIn(
  server: App,
  admin: TestSession,
  user: { username: string; role: Role; password?: string },
): Promise<TestSession & { id: number; password: string }> {
  const password = user.password ?? `${user.username}-password-123`;
  const response = await request(server)
    .post('/api/admin/users')
    .set('Cookie', admin.cookie)
    .send({ username: user.username, displayName: user.username, role: user.role, password });
  if (response.status !== 201) throw new Error(`creating ${user.username} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return { ...(await signIn(server, user.username, password)), id: (response.body as { id: number }).id, password };
}

export interface SignedInTestApp {
  testApp: TestApp;
  server: App;
  admin: TestSession;
}

/**
 * Starts the real application for the enclosing `describe` and signs its admin
 * in. Read the fields inside tests (they are set in beforeAll).
 */
export function startAppSignedInAsAdmin(dialect: TestDialect): SignedInTestApp {
  const started = {} as SignedInTestApp;
  beforeAll(async () => {
    started.testApp = await startTestApp(dialect);
    started.server = started.testApp.server;
    started.admin = await signIn(started.server, TEST_ADMIN.username, TEST_ADMIN.password);
  });
  afterAll(async () => started.testApp?.close());
  return started;
}
