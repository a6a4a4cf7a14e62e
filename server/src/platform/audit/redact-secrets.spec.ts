import { REDACTED, redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  it('hides every key mentioning a password, secret, token or key, whatever its case', () => {
    expect(
      redactSecrets({
        username: 'bob',
        password: 'hunter2hunter2',
        newPassword: 'x',
        SESSION_SECRET: 'y',
        accessToken: 'z',
        apiKey: 'k',
        role: 'viewer',
      }),
    ).toEqual({
      username: 'bob',
      password: REDACTED,
      newPassword: REDACTED,
      SESSION_SECRET: REDACTED,
      accessToken: REDACTED,
      apiKey: REDACTED,
      role: 'viewer',
    });
  });

  it('redacts at any depth, inside arrays too, and hides whole objects under a secret key', () => {
    expect(
      redactSecrets({ users: [{ name: 'a', password: 'p' }], auth: { token: { value: 't' } }, credentials: { secret: { nested: 1 } } }),
    ).toEqual({ users: [{ name: 'a', password: REDACTED }], auth: { token: REDACTED }, credentials: { secret: REDACTED } });
  });

  it('leaves scalars, null and the input itself untouched', () => {
    const input = { password: 'p' };
    redactSecrets(input);
    expect(input.password).toBe('p');
    expect(redactSecrets('password')).toBe('password');
    expect(redactSecrets(null)).toBeNull();
    expect(redactSecrets(42)).toBe(42);
  });

  it('cuts absurdly deep structures instead of overflowing the stack', () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 10_000; i++) deep = { inner: deep };
    expect(JSON.stringify(redactSecrets(deep))).toContain(REDACTED);
  });
});
