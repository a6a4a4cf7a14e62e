import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId, enter, textOf } from '../../../../testing/dom';
import { NINA } from '../../../../testing/fixtures';
import { UsersTabComponent } from './users-tab.component';

describe('UsersTabComponent', () => {
  let fixture: ComponentFixture<UsersTabComponent>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [UsersTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsersTabComponent);
    backend.expectOne({ method: 'GET', url: '/api/admin/users' }).flush([NINA]);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function fillNewUser(password = 'correct-horse-battery'): void {
    enter(fixture, '#new-username', 'omar');
    enter(fixture, '#new-display-name', 'Omar Pharmacist');
    enter(fixture, '#new-role', 'pharmacy');
    enter(fixture, '#new-password', password);
  }

  async function submitNewUser(): Promise<void> {
    byTestId(fixture, 'create-user-submit')?.click();
    await fixture.whenStable();
  }

  it('lists users with their role and whether they are active', () => {
    const row = byTestId(fixture, 'user-row-nina')?.textContent ?? '';
    expect(row).toContain('Nina Nurse');
    expect(row).toContain('Viewer');
    expect(row).toContain('Active');
    expect(row).toContain('Never');
  });

  it('creates a user through the API and adds them to the list', async () => {
    fillNewUser();
    await submitNewUser();

    const request = backend.expectOne({ method: 'POST', url: '/api/admin/users' });
    expect(request.request.body).toEqual({
      username: 'omar',
      displayName: 'Omar Pharmacist',
      role: 'pharmacy',
      password: 'correct-horse-battery',
    });
    request.flush({ ...NINA, id: 8, username: 'omar', displayName: 'Omar Pharmacist', role: 'pharmacy' });
    await fixture.whenStable();

    expect(byTestId(fixture, 'user-row-omar')?.textContent).toContain('Pharmacy');
    expect(textOf(fixture)).toContain('Omar Pharmacist (omar) can now sign in');
    expect((fixture.nativeElement.querySelector('#new-username') as HTMLInputElement).value).toBe('');
  });

  it('does not send a user with a short password, and says why', async () => {
    fillNewUser('short');
    await submitNewUser();

    backend.expectNone('/api/admin/users');
    expect(textOf(fixture)).toContain('The initial password needs at least 12 characters.');
  });

  it("shows the server's reason when it refuses the new user", async () => {
    fillNewUser();
    await submitNewUser();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/users' })
      .flush({ statusCode: 409, error: 'Conflict', message: 'Username omar is already taken' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    expect(byTestId(fixture, 'create-user-error')?.textContent).toContain('Username omar is already taken');
    expect(byTestId(fixture, 'user-row-omar')).toBeNull();
  });

  it('opens the editor for a user and shows their change in the list', async () => {
    (byTestId(fixture, 'user-row-nina')?.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    byTestId(fixture, 'toggle-active')?.click();
    backend.expectOne({ method: 'PATCH', url: '/api/admin/users/7' }).flush({ ...NINA, active: false });
    await fixture.whenStable();

    expect(byTestId(fixture, 'user-row-nina')?.textContent).toContain('Deactivated');
  });
});
