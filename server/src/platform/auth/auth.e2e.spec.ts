import request from 'supertest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createUserAndSignIn, signIn, startAppSignedInAsAdmin, TEST_ADMIN } from '../../../test-support/sign-in.js';

describeEachDatabase('sign-in and sessions', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);

  const me = (credentials: { cookie?: string; token?: string }) => {
    const call = request(app.server).get('/api/auth/me');
    if (credentials.cookie) call.set('Cookie', credentials.cookie);
    if (credentials.token) call.set('Authorization', `Bearer ${credentials.token}`);
    return call;
  };

  it('signs in with an httpOnly, SameSite=Strict session cookie that then authenticates requests', async () => {
    await createUserAndSignIn(app.server, app.admin, { username: 'carla', role: 'biomed', password: 'carla-password-1' });
    const response = await request(app.server).post('/api/auth/login').send({ username: 'Carla', password: 'carla-password-1' }).expect(200);

    expect(response.body).toEqual({
      user: { id: expect.any(Number), username: 'carla', displayName: 'carla', role: 'biomed' },
      token: expect.any(String),
      expiresAt: expect.any(String),
    });
    const ttlSeconds = app.testApp.config.sessionTtlMinutes * 60;
    expect(Date.parse(response.body.expiresAt) - Date.now()).toBeGreaterThan((ttlSeconds - 60) * 1000);
    expect(response.headers['cache-control']).toBe('no-store');
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('wardwatch_session='));
    expect(cookie).toBeDefined();
    const attributes = cookie!.split(';').map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/', `max-age=${ttlSeconds}`]));
    expect(attributes).not.toContain('secure'); // COOKIE_SECURE defaults to false (plain HTTP on a hospital LAN)
    expect(cookie!.split(';')[0]).toBe(`wardwatch_session=${response.body.token}`);

    const viaCookie = await me({ cookie: cookie!.split(';')[0] }).expect(200);
    expect(viaCookie.body).toEqual({ user: { id: response.body.user.id, username: 'carla', displayName: 'carla', role: 'biomed' } });
    await me({ token: response.body.token }).expect(200);
  });

  it('answers 401 with the same message for a wrong password and an unknown user', async () => {
    const wrong = await request(app.server).post('/api/auth/login').send({ username: 'admin', password: 'not-the-password' }).expect(401);
    const unknown = await request(app.server).post('/api/auth/login').send({ username: 'nobody', password: 'whatever-it-is' }).expect(401);
    expect(wrong.body.message).toBe('Invalid username or password');
    expect(unknown.body.message).toBe('Invalid username or password');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('answers 401 without credentials, with a forged or garbled token, and for a device key on a user route', async () => {
    await me({}).expect(401);
    await me({ cookie: 'wardwatch_session=not-a-jwt' }).expect(401);
    const [header, payload] = app.admin.token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin', sub: '999' })).toString('base64url');
    await me({ token: `${header}.${forgedPayload}.${app.admin.token.split('.')[2]}` }).expect(401);
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    await me({ token: unsigned }).expect(401);
    await me({ token: `wwd_${'A'.repeat(43)}` }).expect(401);
  });

  it('refuses a username for 15 minutes after 5 failures, even with the right password', async () => {
    await createUserAndSignIn(app.server, app.admin, { username: 'dora', role: 'viewer', password: 'dora-password-12' });
    for (let i = 0; i < 5; i++) {
      await request(app.server).post('/api/auth/login').send({ username: 'dora', password: `wrong-guess-${i}` }).expect(401);
    }
    const refused = await request(app.server).post('/api/auth/login').send({ username: 'dora', password: 'dora-password-12' }).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(refused.body.message).toMatch(/Too many failed sign-in attempts/);
    // Other accounts are unaffected.
    await signIn(app.server, TEST_ADMIN.username, TEST_ADMIN.password);
  });

  it('signs out: 204, the cookie is cleared, and the old cookie and token stop working everywhere', async () => {
    const eve = await createUserAndSignIn(app.server, app.admin, { username: 'eve', role: 'pharmacy' });
    const otherDevice = await signIn(app.server, 'eve', eve.password);
    const response = await request(app.server).post('/api/auth/logout').set('Cookie', eve.cookie).expect(204);
    const cleared = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('wardwatch_session='));
    expect(cleared).toMatch(/^wardwatch_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);

    await me({ cookie: eve.cookie }).expect(401);
    await me({ token: eve.token }).expect(401);
    await me({ cookie: otherDevice.cookie }).expect(401);
    await request(app.server).post('/api/auth/logout').set('Cookie', eve.cookie).expect(401);
    await me({ cookie: (await signIn(app.server, 'eve', eve.password)).cookie }).expect(200);
  });

  it("stops a deactivated user's existing session at once, and refuses their sign-in", async () => {
    const fred = await createUserAndSignIn(app.server, app.admin, { username: 'fred', role: 'biomed' });
    await me({ cookie: fred.cookie }).expect(200);
    await request(app.server).patch(`/api/admin/users/${fred.id}`).set('Cookie', app.admin.cookie).send({ active: false }).expect(200);
    await me({ cookie: fred.cookie }).expect(401);
    await request(app.server).post('/api/auth/login').send({ username: 'fred', password: fred.password }).expect(401);
    await request(app.server).patch(`/api/admin/users/${fred.id}`).set('Cookie', app.admin.cookie).send({ active: true }).expect(200);
    await me({ cookie: fred.cookie }).expect(401);
    await signIn(app.server, 'fred', fred.password);
  });

  it('revokes existing sessions when the role or the password changes, but not for a new display name', async () => {
    const gus = await createUserAndSignIn(app.server, app.admin, { username: 'gus', role: 'viewer' });
    await request(app.server).patch(`/api/admin/users/${gus.id}`).set('Cookie', app.admin.cookie).send({ displayName: 'Gus G.' }).expect(200);
    await me({ cookie: gus.cookie }).expect(200);

    await request(app.server).patch(`/api/admin/users/${gus.id}`).set('Cookie', app.admin.cookie).send({ role: 'biomed' }).expect(200);
    await me({ cookie: gus.cookie }).expect(401);
    const again = await signIn(app.server, 'gus', gus.password);
    expect((await me({ cookie: again.cookie }).expect(200)).body.user).toMatchObject({ role: 'biomed', displayName: 'Gus G.' });

    await request(app.server)
      .patch(`/api/admin/users/${gus.id}`)
      .set('Cookie', app.admin.cookie)
      .send({ password: 'a-brand-new-password' })
      .expect(200);
    await me({ cookie: again.cookie }).expect(401);
    await request(app.server).post('/api/auth/login').send({ username: 'gus', password: gus.password }).expect(401);
    await signIn(app.server, 'gus', 'a-brand-new-password');
  });

  it('refuses admin endpoints to every other role with 403, and to anonymous callers with 401', async () => {
    const hal = await createUserAndSignIn(app.server, app.admin, { username: 'hal', role: 'infection_control' });
    const adminCalls = [
      () => request(app.server).get('/api/admin/users'),
      () => request(app.server).post('/api/admin/users').send({ username: 'x', displayName: 'x', role: 'admin', password: 'x'.repeat(12) }),
      () => request(app.server).patch(`/api/admin/users/${hal.id}`).send({ role: 'admin' }),
      () => request(app.server).get('/api/admin/audit'),
      () => request(app.server).get('/api/admin/device-keys'),
      () => request(app.server).post('/api/admin/device-keys').send({ deviceId: 'gw-1' }),
    ];
    for (const call of adminCalls) {
      await call().expect(401);
      const refused = await call().set('Cookie', hal.cookie).expect(403);
      expect(refused.body.message).toBe('This needs one of the roles: admin');
    }
    await me({ cookie: hal.cookie }).expect(200);
  });
});
