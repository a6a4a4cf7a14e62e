import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ADMIN } from '../../../testing/fixtures';
import { AuthService } from './auth.service';
import { sessionExpiryInterceptor } from './session-expiry.interceptor';

describe('sessionExpiryInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([sessionExpiryInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    jest.spyOn(TestBed.inject(Router), 'url', 'get').mockReturnValue('/admin/users');

    const restoring = auth.restoreSession();
    backend.expectOne('/api/auth/me').flush({ user: ADMIN });
    await restoring;
  });

  afterEach(() => backend.verify());

  it('signs the user out locally and goes to login when a request answers 401', async () => {
    const request = firstValueFrom(http.get('/api/admin/users'));
    backend.expectOne('/api/admin/users').flush({ statusCode: 401, message: 'Session expired' }, { status: 401, statusText: 'Unauthorized' });

    await expect(request).rejects.toMatchObject({ status: 401 });
    expect(auth.user()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/admin/users' } });
  });

  it('leaves a wrong password to the login page: no redirect, user untouched', async () => {
    const request = firstValueFrom(http.post('/api/auth/login', { username: 'x', password: 'y' }));
    backend.expectOne('/api/auth/login').flush({ message: 'Invalid username or password' }, { status: 401, statusText: 'Unauthorized' });

    await expect(request).rejects.toMatchObject({ status: 401 });
    expect(navigate).not.toHaveBeenCalled();
    expect(auth.user()).toEqual(ADMIN);
  });

  it('passes other errors through without touching the session', async () => {
    const request = firstValueFrom(http.get('/api/admin/users'));
    backend.expectOne('/api/admin/users').flush({ message: 'Forbidden resource' }, { status: 403, statusText: 'Forbidden' });

    await expect(request).rejects.toMatchObject({ status: 403 });
    expect(navigate).not.toHaveBeenCalled();
    expect(auth.user()).toEqual(ADMIN);
  });
});
