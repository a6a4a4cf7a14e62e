import request from 'supertest';
import { describeEachDatabase } from '../../test-support/test-databases.js';
import { createUserAndSignIn, signIn, startAppSignedInAsAdmin, TEST_ADMIN } from '../../test-support/sign-in.js';

describeEachDatabase('admin user management', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);

  const asAdmin = {
    get: (url: string) => request(app.server).get(url).set('Cookie', app.admin.cookie),
    post: (url: string, body: object) => request(app.server).post(url).set('Cookie', app.admin.cookie).send(body),
    patch: (url: string, body: object) => request(app.server).patch(url).set('Cookie', app.admin.cookie).send(body),
  };

  it('creates a user (username stored lower-case) and lists it without any password material', async () => {
    const created = await asAdmin
      .post('/api/admin/users', { username: ' Irene.K ', displayName: ' Irene Kovacs ', role: 'pharmacy', password: 'irene-password-1' })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      username: 'irene.k',
      displayName: 'Irene Kovacs',
      role: 'pharmacy',
      active: true,
      createdAt: expect.any(String),
      lastLoginAt: null,
    });
    await signIn(app.server, 'IRENE.K', 'irene-password-1');

    const list = await asAdmin.get('/api/admin/users').expect(200);
    const irene = list.body.find((u: { username: string }) => u.username === 'irene.k');
    expect(Object.keys(irene).sort()).toEqual(['active', 'createdAt', 'displayName', 'id', 'lastLoginAt', 'role', 'username']);
    expect(Date.parse(irene.lastLoginAt)).toBeGreaterThan(Date.parse(irene.createdAt) - 1);
    expect(list.body.map((u: { username: string }) => u.username)).toContain('admin');
  });

  it('answers 409 naming username when the name is taken, whatever its case', async () => {
    await asAdmin.post('/api/admin/users', { username: 'jack', displayName: 'Jack', role: 'viewer', password: 'jack-password-1' }).expect(201);
    const taken = await asAdmin
      .post('/api/admin/users', { username: 'JACK', displayName: 'Other Jack', role: 'viewer', password: 'jack-password-2' })
      .expect(409);
    expect(taken.body).toMatchObject({ statusCode: 409, issues: [{ field: 'username', message: 'is already taken' }] });
    expect(taken.body.message).toContain('jack');
  });

  it.each([
    [{ password: 'too-short' }, 'password', 'must be at least 12 characters'],
    [{ password: 'x'.repeat(129) }, 'password', 'must be at most 128 characters'],
    [{ username: 'kimberly.lee', password: 'Kimberly.Lee' }, 'password', 'must not be the username'],
    [{ username: 'no spaces' }, 'username', 'must be 3-64 characters of a-z 0-9 . _ -'],
    [{ role: 'superuser' }, 'role', expect.stringContaining('must be one of')],
    [{ displayName: '' }, 'displayName', expect.stringContaining('longer than or equal to 1')],
  ])('refuses an invalid new user %j with 400 naming the field', async (override, field, message) => {
    const body = { username: 'kim', displayName: 'Kim', role: 'viewer', password: 'kim-password-12', ...override };
    const response = await asAdmin.post('/api/admin/users', body).expect(400);
    expect(response.body.issues).toEqual(expect.arrayContaining([{ field, message }]));
  });

  it('refuses unknown properties and a weak password on update too, and 404s an unknown user', async () => {
    const created = await asAdmin.post('/api/admin/users', { username: 'lena', displayName: 'Lena', role: 'viewer', password: 'lena-password-1' });
    await asAdmin.patch(`/api/admin/users/${created.body.id}`, { username: 'renamed' }).expect(400);
    const weak = await asAdmin.patch(`/api/admin/users/${created.body.id}`, { password: 'short' }).expect(400);
    expect(weak.body.issues).toEqual([{ field: 'password', message: 'must be at least 12 characters' }]);
    await asAdmin.patch('/api/admin/users/999999', { displayName: 'Nobody' }).expect(404);
    const updated = await asAdmin.patch(`/api/admin/users/${created.body.id}`, { displayName: 'Lena M.', role: 'biomed' }).expect(200);
    expect(updated.body).toMatchObject({ username: 'lena', displayName: 'Lena M.', role: 'biomed', active: true });
  });

  it('never lets the last active admin be demoted or deactivated', async () => {
    const users = (await asAdmin.get('/api/admin/users')).body as Array<{ id: number; username: string }>;
    const adminId = users.find((u) => u.username === 'admin')!.id;

    const demote = await asAdmin.patch(`/api/admin/users/${adminId}`, { role: 'viewer' }).expect(409);
    expect(demote.body.message).toMatch(/last active admin/);
    expect(demote.body.issues).toEqual([{ field: 'role', message: expect.stringMatching(/last active admin/) }]);
    const deactivate = await asAdmin.patch(`/api/admin/users/${adminId}`, { active: false }).expect(409);
    expect(deactivate.body.issues[0].field).toBe('active');

    // An inactive admin does not count as another admin.
    const dormant = await createUserAndSignIn(app.server, app.admin, { username: 'dormant.admin', role: 'admin' });
    await asAdmin.patch(`/api/admin/users/${dormant.id}`, { active: false }).expect(200);
    await asAdmin.patch(`/api/admin/users/${adminId}`, { role: 'viewer' }).expect(409);

    // With a second active admin, the first may step down, and then the second is the last one.
    const second = await createUserAndSignIn(app.server, app.admin, { username: 'second.admin', role: 'admin' });
    await request(app.server).patch(`/api/admin/users/${adminId}`).set('Cookie', second.cookie).send({ role: 'biomed' }).expect(200);
    await request(app.server).patch(`/api/admin/users/${second.id}`).set('Cookie', second.cookie).send({ active: false }).expect(409);
    // The demoted admin's session no longer works at all (their role changed).
    await asAdmin.get('/api/admin/users').expect(401);
    await request(app.server).patch(`/api/admin/users/${adminId}`).set('Cookie', second.cookie).send({ role: 'admin' }).expect(200);
    app.admin = await signIn(app.server, TEST_ADMIN.username, TEST_ADMIN.password);
  });
});
