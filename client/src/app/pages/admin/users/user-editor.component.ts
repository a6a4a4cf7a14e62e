import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { AdminApiService } from '../../../core/api/admin-api.service';
import { type AdminUser, MIN_PASSWORD_LENGTH, type UpdateUserRequest } from '../../../core/api/admin.models';
import { apiErrorMessage } from '../../../core/api/api-error';
import { ROLES, ROLE_LABELS, type Role } from '../../../core/api/auth.models';
import { FieldControlDirective } from '../../../shared/field-control.directive';
import { showFieldError } from '../../../shared/form-errors';
import { FormFieldComponent } from '../../../shared/form-field.component';

type EditorAction = 'details' | 'password' | 'active';

interface EditorMessage {
  kind: 'success' | 'error';
  text: string;
}

/** Changes to one user: name and role, a new password, and (de)activation. */
@Component({
  selector: 'ww-user-editor',
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective],
  templateUrl: './user-editor.component.html',
  styles: `
    .editor-heading {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0.5rem;
    }

    .reset,
    .access {
      margin-top: 1rem;
      padding-top: 1rem;
      border-top: 1px solid var(--ww-border);
    }

    .form-grid .button-row {
      align-self: end;
      margin-bottom: 0.9rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserEditorComponent {
  private readonly api = inject(AdminApiService);
  private readonly forms = inject(NonNullableFormBuilder);

  readonly user = input.required<AdminUser>();
  /** The signed-in admin: they may not demote or deactivate themselves and lock everyone out. */
  readonly isSelf = input(false);
  readonly changed = output<AdminUser>();
  readonly closed = output<void>();

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;

  protected readonly detailsForm = this.forms.group({
    displayName: ['', [Validators.required, Validators.maxLength(100)]],
    role: ['viewer' as Role],
  });
  protected readonly passwordForm = this.forms.group({
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
  });
  protected readonly passwordSubmitted = signal(false);
  protected readonly busy = signal<EditorAction | null>(null);
  protected readonly message = signal<EditorMessage | null>(null);

  private readonly userId = computed(() => this.user().id);

  constructor() {
    effect(() => {
      const { displayName, role } = this.user();
      const isSelf = this.isSelf();
      untracked(() => {
        this.detailsForm.reset({ displayName, role });
        const roleControl = this.detailsForm.controls.role;
        if (isSelf) roleControl.disable();
        else roleControl.enable();
      });
    });
    effect(() => {
      this.userId();
      untracked(() => {
        this.message.set(null);
        this.passwordForm.reset();
        this.passwordSubmitted.set(false);
      });
    });
  }

  protected showPasswordError(): boolean {
    return showFieldError(this.passwordForm.controls.password, this.passwordSubmitted());
  }

  protected saveDetails(): void {
    if (this.detailsForm.invalid) return;
    const user = this.user();
    const { displayName, role } = this.detailsForm.getRawValue();
    const changes: UpdateUserRequest = {};
    if (displayName.trim() !== user.displayName) changes.displayName = displayName.trim();
    if (role !== user.role && !this.isSelf()) changes.role = role;
    if (Object.keys(changes).length === 0) {
      this.message.set({ kind: 'success', text: 'Nothing to save: name and role are unchanged.' });
      return;
    }
    this.run('details', changes, (updated) => `Saved: ${updated.displayName} is ${ROLE_LABELS[updated.role]}.`);
  }

  protected resetPassword(): void {
    this.passwordSubmitted.set(true);
    if (this.passwordForm.invalid) return;
    const { password } = this.passwordForm.getRawValue();
    this.run('password', { password }, (updated) => {
      this.passwordForm.reset();
      this.passwordSubmitted.set(false);
      return `Password changed. Give ${updated.displayName} the new password in person.`;
    });
  }

  protected toggleActive(): void {
    const active = !this.user().active;
    this.run('active', { active }, (updated) =>
      active ? `${updated.displayName} can sign in again.` : `${updated.displayName} can no longer sign in.`,
    );
  }

  private run(action: EditorAction, changes: UpdateUserRequest, describe: (updated: AdminUser) => string): void {
    if (this.busy()) return;
    this.busy.set(action);
    this.message.set(null);
    this.api.updateUser(this.user().id, changes).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.changed.emit(updated);
        this.message.set({ kind: 'success', text: describe(updated) });
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.message.set({ kind: 'error', text: apiErrorMessage(error, 'The change could not be saved.') });
      },
    });
  }
}
