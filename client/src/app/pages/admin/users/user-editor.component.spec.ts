import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId, enter } from '../../../../testing/dom';
import type { AdminUser } from '../../../core/api/admin.models';
import { NINA } from '../../../../testing/fixtures';
import { UserEditorComponent } from './user-editor.component';

describe('UserEditorComponent', () => {
  let fixture: ComponentFixture<UserEditorComponent>;
  let backend: HttpTestingController;
  let changed: AdminUser[];

  async function render(user: AdminUser, isSelf = false): Promise<void> {
    fixture = TestBed.createComponent(UserEditorComponent);
    fixture.componentRef.setInput('user', user);
    fixture.componentRef.setInput('isSelf', isSelf);
    changed = [];
    fixture.componentInstance.changed.subscribe((updated) => changed.push(updated));
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [UserEditorComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('changes the role, sending only what changed', async () => {
    await render(NINA);
    enter(fixture, '#edit-role', 'infection_control');
    byTestId(fixture, 'save-user')?.click();

    const request = backend.expectOne({ method: 'PATCH', url: '/api/admin/users/7' });
    expect(request.request.body).toEqual({ role: 'infection_control' });
    request.flush({ ...NINA, role: 'infection_control' });
    await fixture.whenStable();

    expect(changed.map((user) => user.role)).toEqual(['infection_control']);
    expect(byTestId(fixture, 'user-editor-message')?.textContent).toContain('Infection control');
  });

  it('resets the password and clears the field', async () => {
    await render(NINA);
    enter(fixture, '#edit-password', 'a-brand-new-passphrase');
    byTestId(fixture, 'reset-password')?.click();

    const request = backend.expectOne({ method: 'PATCH', url: '/api/admin/users/7' });
    expect(request.request.body).toEqual({ password: 'a-brand-new-passphrase' });
    request.flush(NINA);
    await fixture.whenStable();

    expect((byTestId(fixture, 'reset-password-input') as HTMLInputElement).value).toBe('');
    expect(byTestId(fixture, 'user-editor-message')?.textContent).toContain('Password changed');
  });

  it('deactivates, and reactivates a deactivated user', async () => {
    await render(NINA);
    byTestId(fixture, 'toggle-active')?.click();
    expect(backend.expectOne('/api/admin/users/7').request.body).toEqual({ active: false });

    await render({ ...NINA, active: false });
    expect(byTestId(fixture, 'toggle-active')?.textContent).toContain('Reactivate');
    byTestId(fixture, 'toggle-active')?.click();
    expect(backend.expectOne('/api/admin/users/7').request.body).toEqual({ active: true });
  });

  it('does not let an admin demote or deactivate themselves', async () => {
    await render({ ...NINA, role: 'admin' }, true);

    expect((byTestId(fixture, 'edit-role') as HTMLSelectElement).disabled).toBe(true);
    expect((byTestId(fixture, 'toggle-active') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the server refusing a change', async () => {
    await render(NINA);
    byTestId(fixture, 'toggle-active')?.click();
    backend.expectOne('/api/admin/users/7').flush({ statusCode: 409, message: 'At least one admin must stay active' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    expect(byTestId(fixture, 'user-editor-message')?.getAttribute('role')).toBe('alert');
    expect(byTestId(fixture, 'user-editor-message')?.textContent).toContain('At least one admin must stay active');
    expect(changed).toEqual([]);
  });
});
