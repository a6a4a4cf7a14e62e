import request from 'supertest';
import { describeEachDatabase } from '../../../test-support/test-databases.js';
import { createUserAndSignIn, startAppSignedInAsAdmin, TEST_ADMIN } from '../../../test-support/sign-in.js';

interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  outcome: string;
  status: number | null;
  details: Record<string, unknown> | null;
}

describeEachDatabase('audit trail', (dialect) => {
  const app = startAppSignedInAsAdmin(dialect);

  const trail = async (query = 'limit=500'): Promise<Entry[]> =>
    (await request(app.server).get(`/api/admin/audit?${query}`).set('Cookie', app.admin.cookie).expect(200)).body;

  it('records sign-ins, failed sign-ins and user creation, with every password redacted', async () => {
    await request(app.server).post('/api/auth/login').send({ username: 'admin', password: 'wrong-password-1' }).expect(401);
    await request(app.server).post('/api/auth/login').send({ username: 'my-secret-passphrase', password: 'x' }).expect(401);
    await request(app.server)
      .post('/api/admin/users')
      .set('Cookie', app.admin.cookie)
      .send({ username: 'mona', displayName: 'Mona', role: 'viewer', password: 'mona-secret-password' })
      .expect(201);

    const entries = await trail();
    expect(entries.find((e) => e.action === 'auth.login')).toMatchObject({
      actor: 'user:admin',
      target: 'user:admin',
      outcome: 'success',
      status: 200,
    });
    expect(entries.find((e) => e.action === 'auth.login_failed' && e.target === 'user:admin')).toMatchObject({
      actor: 'anonymous',
      outcome: 'failure',
      status: 401,
      details: { reason: 'wrong password, or account inactive' },
    });
    // A name that matches no account may be a password typed in the wrong field: it is not kept.
    expect(entries.find((e) => e.action === 'auth.login_failed' && e.target === null)).toMatchObject({
      details: { reason: 'unknown username' },
    });
    expect(entries.find((e) => e.action === 'users.create')).toMatchObject({
      actor: 'user:admin',
      target: 'user:mona',
      outcome: 'success',
      details: { role: 'viewer', displayName: 'Mona' },
    });
    const request_ = entries.find((e) => e.action === 'http.POST /api/admin/users');
    expect(request_).toMatchObject({ actor: 'user:admin', target: '/api/admin/users', outcome: 'success', status: 201 });
    expect(request_!.details).toEqual({ body: { username: 'mona', displayName: 'Mona', role: 'viewer', password: '[redacted]' } });

    const everything = JSON.stringify(entries);
    expect(everything).not.toContain('mona-secret-password');
    expect(everything).not.toContain('wrong-password-1');
    expect(everything).not.toContain('my-secret-passphrase');
    expect(everything).not.toContain(TEST_ADMIN.password);
  });

  it('records failed writes with their status, route pattern and parameters, including ones the guard refuses', async () => {
    await request(app.server).patch('/api/admin/users/424242').set('Cookie', app.admin.cookie).send({ displayName: 'Ghost' }).expect(404);
    await request(app.server).post('/api/admin/users').set('Cookie', app.admin.cookie).send({ username: 'x' }).expect(400);
    const viewer = await createUserAndSignIn(app.server, app.admin, { username: 'nils', role: 'viewer' });
    await request(app.server).post('/api/admin/users').set('Cookie', viewer.cookie).send({ username: 'sneaky' }).expect(403);

    const entries = await trail();
    expect(entries.find((e) => e.action === 'http.PATCH /api/admin/users/:id')).toMatchObject({
      actor: 'user:admin',
      target: '/api/admin/users/424242',
      outcome: 'failure',
      status: 404,
      details: { params: { id: '424242' }, body: { displayName: 'Ghost' }, error: 'User 424242 does not exist' },
    });
    expect(entries.find((e) => e.action === 'http.POST /api/admin/users' && e.status === 400)).toMatchObject({ outcome: 'failure' });
    expect(entries.find((e) => e.actor === 'user:nils' && e.action === 'http.POST /api/admin/users')).toMatchObject({
      outcome: 'failure',
      status: 403,
      details: { body: { username: 'sneaky' }, error: 'This needs one of the roles: admin' },
    });
  });

  it('does not record reads', async () => {
    const before = (await trail('limit=1'))[0].id;
    await request(app.server).get('/api/admin/users').set('Cookie', app.admin.cookie).expect(200);
    await request(app.server).get('/api/auth/me').set('Cookie', app.admin.cookie).expect(200);
    expect((await trail('limit=1'))[0].id).toBe(before);
  });

  it('pages newest first with limit and before', async () => {
    const all = await trail();
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
    const firstPage = await trail('limit=2');
    expect(firstPage.map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
    const secondPage = await trail(`limit=2&before=${firstPage[1].id}`);
    expect(secondPage.map((e) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
    expect(Object.keys(firstPage[0]).sort()).toEqual(['action', 'actor', 'at', 'details', 'id', 'outcome', 'status', 'target']);
    expect((await trail('')).length).toBeLessThanOrEqual(50);
  });

  it.each(['limit=0', 'limit=501', 'limit=ten', 'limit=2.5', 'before=0', 'since=yesterday'])('refuses ?%s with 400', async (query) => {
    await request(app.server).get(`/api/admin/audit?${query}`).set('Cookie', app.admin.cookie).expect(400);
  });
});
