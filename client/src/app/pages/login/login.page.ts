import { ChangeDetectionStrategy, Component, type ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { apiErrorMessage } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { safeReturnUrl } from '../../core/auth/return-url';
import { BrandMarkComponent } from '../../shared/brand-mark.component';
import { FieldControlDirective } from '../../shared/field-control.directive';
import { showFieldError } from '../../shared/form-errors';
import { FormFieldComponent } from '../../shared/form-field.component';

/** Username and password in, session cookie out (set by the server), then back where the user was going. */
@Component({
  selector: 'ww-login-page',
  imports: [ReactiveFormsModule, BrandMarkComponent, FormFieldComponent, FieldControlDirective],
  templateUrl: './login.page.html',
  styleUrl: './login.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly usernameInput = viewChild.required<ElementRef<HTMLInputElement>>('usernameInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  /** `?returnUrl=`: where the guard or the expired session sent the user from. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected showError(control: 'username' | 'password'): boolean {
    return showFieldError(this.form.controls[control], this.submitted());
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid) {
      (this.form.controls.username.invalid ? this.usernameInput() : this.passwordInput()).nativeElement.focus();
      return;
    }
    const { username, password } = this.form.getRawValue();
    this.busy.set(true);
    try {
      await this.auth.signIn(username.trim(), password);
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.error.set(apiErrorMessage(error, 'Signing in failed. Please try again.'));
      this.form.controls.password.reset();
      // A fresh attempt starts without "enter your password" nagging under the emptied field.
      this.submitted.set(false);
      this.passwordInput().nativeElement.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
