import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ADMIN, BIOMED, flushPromises } from '../../../testing/fixtures';
import { AuthService } from './auth.service';

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('restores the user the session cookie belongs to', async () => {
    const restoring = auth.restoreSession();
    http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush({ user: ADMIN });
    await restoring;

    expect(auth.user()).toEqual(ADMIN);
    expect(auth.isSignedIn()).toBe(true);
    expect(auth.isAdmin()).toBe(true);
  });

  it('starts signed out when the server answers 401 to /me', async () => {
    const restoring = auth.restoreSession();
    http.expectOne('/api/auth/me').flush({ statusCode: 401, message: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
    await restoring;

    expect(auth.user()).toBeNull();
    expect(auth.isSignedIn()).toBe(false);
  });

  it('signs in with the credentials and keeps the returned user, not a token', async () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem');
    const signingIn = auth.signIn('bo', 'secret-password');
    const request = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(request.request.body).toEqual({ username: 'bo', password: 'secret-password' });
    request.flush({ user: BIOMED, expiresAt: '2030-01-01T00:00:00Z' });

    await expect(signingIn).resolves.toEqual(BIOMED);
    expect(auth.user()).toEqual(BIOMED);
    expect(auth.isAdmin()).toBe(false);
    expect(setItem).not.toHaveBeenCalled();
  });

  it('stays signed out and rejects when the password is wrong', async () => {
    const signingIn = auth.signIn('bo', 'wrong');
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'Invalid username or password' }, { status: 401, statusText: 'Unauthorized' });

    await expect(signingIn).rejects.toMatchObject({ status: 401 });
    expect(auth.user()).toBeNull();
  });

  it('forgets the user on sign-out, even when the session had already expired', async () => {
    const restoring = auth.restoreSession();
    http.expectOne('/api/auth/me').flush({ user: ADMIN });
    await restoring;

    const signingOut = auth.signOut();
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush(null, { status: 401, statusText: 'Unauthorized' });
    await signingOut;

    expect(auth.user()).toBeNull();
  });

  it('checks roles against the current user', async () => {
    expect(auth.hasRole(['admin', 'biomed'])).toBe(false);
    const signingIn = auth.signIn('bo', 'pw');
    http.expectOne('/api/auth/login').flush({ user: BIOMED, expiresAt: '2030-01-01T00:00:00Z' });
    await signingIn;
    await flushPromises();

    expect(auth.hasRole(['admin', 'biomed'])).toBe(true);
    expect(auth.hasRole(['admin'])).toBe(false);
  });
});
