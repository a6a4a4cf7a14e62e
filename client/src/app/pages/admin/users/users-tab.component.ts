import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { AdminApiService } from '../../../core/api/admin-api.service';
import { type AdminUser, MIN_PASSWORD_LENGTH } from '../../../core/api/admin.models';
import { apiErrorMessage } from '../../../core/api/api-error';
import { ROLES, ROLE_LABELS, type Role } from '../../../core/api/auth.models';
import { AuthService } from '../../../core/auth/auth.service';
import { FieldControlDirective } from '../../../shared/field-control.directive';
import { showFieldError } from '../../../shared/form-errors';
import { FormFieldComponent } from '../../../shared/form-field.component';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { UserEditorComponent } from './user-editor.component';

type CreateField = 'username' | 'displayName' | 'role' | 'password';

/** Everyone who can sign in: list, add, and manage one at a time. */
@Component({
  selector: 'ww-users-tab',
  imports: [DatePipe, ReactiveFormsModule, UserEditorComponent, FormFieldComponent, FieldControlDirective, RetryNoticeComponent],
  templateUrl: './users-tab.component.html',
  styleUrl: './users-tab.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersTabComponent {
  private readonly api = inject(AdminApiService);
  private readonly auth = inject(AuthService);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;

  protected readonly users = signal<AdminUser[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly editingId = signal<number | null>(null);
  protected readonly editing = computed(() => this.users().find((user) => user.id === this.editingId()) ?? null);
  protected readonly currentUserId = computed(() => this.auth.user()?.id ?? null);

  protected readonly createForm = inject(NonNullableFormBuilder).group({
    // The server's rules (it stores usernames lower-cased); it re-checks and its message is shown.
    username: ['', [Validators.required, Validators.pattern(/^[A-Za-z0-9._-]{3,64}$/)]],
    displayName: ['', [Validators.required, Validators.maxLength(100)]],
    role: ['viewer' as Role, Validators.required],
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
  });
  protected readonly createSubmitted = signal(false);
  protected readonly creating = signal(false);
  protected readonly createError = signal<string | null>(null);
  protected readonly createdMessage = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.users().subscribe({
      next: (users) => {
        this.users.set(sortUsers(users));
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadError.set(apiErrorMessage(error, 'The users could not be loaded.'));
        this.loading.set(false);
      },
    });
  }

  protected showError(field: CreateField): boolean {
    return showFieldError(this.createForm.controls[field], this.createSubmitted());
  }

  protected create(): void {
    this.createSubmitted.set(true);
    this.createError.set(null);
    this.createdMessage.set(null);
    if (this.createForm.invalid || this.creating()) return;
    const { username, displayName, role, password } = this.createForm.getRawValue();
    this.creating.set(true);
    this.api.createUser({ username: username.trim(), displayName: displayName.trim(), role, password }).subscribe({
      next: (user) => {
        this.users.update((users) => sortUsers([...users, user]));
        this.createForm.reset();
        this.createSubmitted.set(false);
        this.creating.set(false);
        this.createdMessage.set(`${user.displayName} (${user.username}) can now sign in with the initial password.`);
      },
      error: (error: unknown) => {
        this.createError.set(apiErrorMessage(error, 'The user could not be created.'));
        this.creating.set(false);
      },
    });
  }

  protected toggleEditor(userId: number): void {
    this.editingId.update((current) => (current === userId ? null : userId));
  }

  protected replace(updated: AdminUser): void {
    this.users.update((users) => users.map((user) => (user.id === updated.id ? updated : user)));
  }
}

function sortUsers(users: AdminUser[]): AdminUser[] {
  return [...users].sort((a, b) => a.username.localeCompare(b.username));
}
