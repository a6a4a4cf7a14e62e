import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { BIOMED, flushPromises } from '../../../testing/fixtures';
import { AuthService } from '../../core/auth/auth.service';
import { LoginPage } from './login.page';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let backend: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const el = (testId: string) => fixture.nativeElement.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;

  function type(testId: string, value: string): void {
    const input = el(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    el('login-submit')?.click();
    await fixture.whenStable();
  }

  it('asks for both fields before sending anything', async () => {
    await submit();

    const text = fixture.nativeElement.textContent as string;
    expect(text).toContain('Enter your username.');
    expect(text).toContain('Enter your password.');
    expect(el('login-username')?.getAttribute('aria-invalid')).toBe('true');
    const describedBy = el('login-username')?.getAttribute('aria-describedby') ?? '';
    expect(fixture.nativeElement.querySelector(`#${describedBy}`)?.textContent).toBe('Enter your username.');
    expect(fixture.nativeElement.querySelector('label[for="login-username"]')?.textContent).toBe('Username');
    expect(document.activeElement).toBe(el('login-username'));
    backend.expectNone('/api/auth/login');
  });

  it("shows the server's message when the credentials are refused", async () => {
    type('login-username', 'bo');
    type('login-password', 'not-the-password');
    await submit();

    backend
      .expectOne('/api/auth/login')
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'Invalid username or password' }, { status: 401, statusText: 'Unauthorized' });
    await flushPromises();
    await fixture.whenStable();

    expect(el('login-error')?.textContent).toContain('Invalid username or password');
    expect(el('login-error')?.getAttribute('role')).toBe('alert');
    expect((el('login-password') as HTMLInputElement).value).toBe('');
    expect((el('login-username') as HTMLInputElement).value).toBe('bo');
    expect(fixture.nativeElement.textContent).not.toContain('Enter your password.');
    expect(el('login-password')?.hasAttribute('aria-invalid')).toBe(false);
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('is busy while signing in, then goes to the page the user came for', async () => {
    fixture.componentRef.setInput('returnUrl', '/admin/users');
    type('login-username', ' bo ');
    type('login-password', 'wardwatch-demo');
    await submit();

    const button = el('login-submit') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toContain('Signing in…');

    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ username: 'bo', password: 'wardwatch-demo' });
    request.flush({ user: BIOMED, expiresAt: '2030-01-01T00:00:00Z' });
    await flushPromises();
    await fixture.whenStable();

    expect(TestBed.inject(AuthService).user()).toEqual(BIOMED);
    expect(navigateByUrl).toHaveBeenCalledWith('/admin/users');
    expect(button.disabled).toBe(false);
  });

  it('ignores a return URL that leaves the app', async () => {
    fixture.componentRef.setInput('returnUrl', 'https://evil.example/');
    type('login-username', 'bo');
    type('login-password', 'wardwatch-demo');
    await submit();
    backend.expectOne('/api/auth/login').flush({ user: BIOMED, expiresAt: '2030-01-01T00:00:00Z' });
    await flushPromises();

    expect(navigateByUrl).toHaveBeenCalledWith('/map');
  });
});
