import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { alertSummary } from '../../testing/alert-fixtures';
import { signInAs } from '../../testing/auth';
import { type FakeEventSources, provideFakeEventSources } from '../../testing/fake-event-source';
import { ADMIN, BIOMED, INFECTION_NURSE, flushPromises } from '../../testing/fixtures';
import type { User } from '../core/api/auth.models';
import { AuthService } from '../core/auth/auth.service';
import { ShellComponent } from './shell.component';

describe('ShellComponent', () => {
  let backend: HttpTestingController;
  let sources: FakeEventSources;

  beforeEach(() => {
    const fake = provideFakeEventSources();
    sources = fake.sources;
    TestBed.configureTestingModule({
      imports: [ShellComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), fake.provider],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function renderAs(user: User, openAlerts = 0): Promise<ComponentFixture<ShellComponent>> {
    await signInAs(user);
    const fixture = TestBed.createComponent(ShellComponent);
    backend.expectOne('/api/alerts/summary').flush(alertSummary(openAlerts));
    await fixture.whenStable();
    return fixture;
  }

  const navIds = (fixture: ComponentFixture<ShellComponent>): string[] =>
    [...(fixture.nativeElement as HTMLElement).querySelectorAll('nav a')].map((a) => a.getAttribute('data-testid') ?? '');

  it('shows every section, Admin and Staff included, to an admin', async () => {
    const fixture = await renderAs(ADMIN);
    expect(navIds(fixture)).toEqual(['nav-map', 'nav-equipment', 'nav-hygiene', 'nav-inventory', 'nav-alerts', 'nav-admin']);
  });

  it('hides Admin and Staff (personal data) from other roles', async () => {
    const fixture = await renderAs(BIOMED);
    expect(navIds(fixture)).toEqual(['nav-map', 'nav-equipment', 'nav-hygiene', 'nav-inventory', 'nav-alerts']);
  });

  it('shows Staff, not Admin, to infection control', async () => {
    const fixture = await renderAs(INFECTION_NURSE);
    expect(navIds(fixture)).toEqual(['nav-map', 'nav-equipment', 'nav-hygiene', 'nav-inventory', 'nav-alerts']);
  });

  it('names the signed-in user and their role', async () => {
    const fixture = await renderAs(BIOMED);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid="current-user-name"]')?.textContent).toBe('Bo Biomed');
    expect(element.querySelector('[data-testid="current-user-role"]')?.textContent).toBe('Biomedical engineering');
    expect(element.querySelector('.brand')?.textContent).toContain('Wardwatch');
  });

  it('signs out on the server, forgets the user and goes to the login page', async () => {
    const fixture = await renderAs(ADMIN);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    (fixture.nativeElement.querySelector('[data-testid="sign-out"]') as HTMLButtonElement).click();
    backend.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush(null, { status: 204, statusText: 'No Content' });
    await flushPromises();
    await fixture.whenStable();

    expect(TestBed.inject(AuthService).user()).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login']);
    expect(fixture.nativeElement.querySelector('[data-testid="current-user-name"]')).toBeNull();
  });

  it('opens the live event stream once, and closes it on signing out', async () => {
    const fixture = await renderAs(ADMIN);
    expect(sources.all.map((source) => source.url)).toEqual(['/api/events']);

    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    (fixture.nativeElement.querySelector('[data-testid="sign-out"]') as HTMLButtonElement).click();
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await flushPromises();
    await fixture.whenStable();
    expect(sources.latest().closed).toBe(true);
  });

  it('counts open alerts on the Alerts link, and hides the count when there are none', async () => {
    const fixture = await renderAs(BIOMED, 3);
    const badge = () => (fixture.nativeElement as HTMLElement).querySelector('[data-testid="alerts-badge"]');
    expect(badge()?.textContent?.trim()).toBe('3 open');
    expect(badge()?.closest('a')?.getAttribute('data-testid')).toBe('nav-alerts');

    sources.latest().emit('resync', {});
    backend.expectOne('/api/alerts/summary').flush(alertSummary(0));
    await fixture.whenStable();
    expect(badge()).toBeNull();
  });
});
