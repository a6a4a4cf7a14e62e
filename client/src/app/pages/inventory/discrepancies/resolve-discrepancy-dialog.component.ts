import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { apiErrorMessage } from '../../../core/api/api-error';
import { InventoryApiService } from '../../../core/api/inventory-api.service';
import type { Discrepancy } from '../../../core/api/inventory.models';
import { AuthService } from '../../../core/auth/auth.service';
import { DialogComponent } from '../../../shared/dialog.component';

/**
 * Resolve a discrepancy: the signed-in pharmacist gives the reason; for a controlled substance a second
 * pharmacist witnesses by typing their own username and password here. The server checks the witness's
 * credentials (no session is opened for them) and refuses the resolver as their own witness, so one
 * person cannot be both (docs/inventory.md, "The witness").
 */
@Component({
  selector: 'ww-resolve-discrepancy-dialog',
  imports: [DialogComponent],
  template: `
    <ww-dialog heading="Resolve discrepancy" (closed)="closed.emit()">
      <form data-testid="resolve-dialog" (submit)="submit($event)" novalidate autocomplete="off">
        <p class="subject">
          {{ discrepancy().itemName }} at {{ discrepancy().cabinetName }}, {{ discrepancy().location }}: expected {{ discrepancy().expected }}, counted
          {{ discrepancy().counted }} ({{ discrepancy().delta > 0 ? '+' : '' }}{{ discrepancy().delta }})
        </p>
        <div class="field">
          <label for="resolve-reason">Reason</label>
          <textarea id="resolve-reason" rows="3" data-testid="resolve-reason" maxlength="1000" [value]="reason()" (input)="reason.set(text($event))"></textarea>
        </div>
        @if (discrepancy().controlled) {
          <fieldset class="witness">
            <legend>Witness: a second pharmacy user (not you, {{ resolver() }})</legend>
            <p class="muted">The witness signs with their own username and password.</p>
            <div class="field">
              <label for="resolve-witness">Witness username</label>
              <input id="resolve-witness" data-testid="resolve-witness-username" autocomplete="off" [value]="witnessUsername()" (input)="witnessUsername.set(text($event))" />
            </div>
            <div class="field">
              <label for="resolve-witness-password">Witness password</label>
              <input
                id="resolve-witness-password"
                type="password"
                autocomplete="new-password"
                data-testid="resolve-witness-password"
                [value]="witnessPassword()"
                (input)="witnessPassword.set(text($event))"
              />
            </div>
          </fieldset>
        }
        @if (problem(); as message) {
          <p class="field-error" data-testid="resolve-problem">{{ message }}</p>
        }
        @if (error(); as message) {
          <p class="notice notice-error" role="alert" data-testid="resolve-error">{{ message }}</p>
        }
        <div class="button-row">
          <button type="submit" class="btn btn-primary" data-testid="resolve-submit" [disabled]="busy()">{{ busy() ? 'Saving…' : 'Resolve' }}</button>
          <button type="button" class="btn" (click)="closed.emit()">Cancel</button>
        </div>
      </form>
    </ww-dialog>
  `,
  styles: `
    .subject {
      font-weight: 600;
    }

    .witness {
      border: 1px solid #d0d5dd;
      border-radius: var(--ww-radius);
      padding: 0.5rem 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResolveDiscrepancyDialogComponent {
  private readonly api = inject(InventoryApiService);
  private readonly auth = inject(AuthService);

  readonly discrepancy = input.required<Discrepancy>();
  readonly done = output<Discrepancy>();
  readonly closed = output<void>();

  protected readonly resolver = computed(() => this.auth.user()?.username ?? 'you');
  protected readonly reason = signal('');
  protected readonly witnessUsername = signal('');
  protected readonly witnessPassword = signal('');
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly problem = computed(() => {
    if (!this.submitted()) return null;
    if (this.reason().trim().length < 5) return 'Say why the count was off (at least 5 characters).';
    if (!this.discrepancy().controlled) return null;
    if (this.witnessUsername().trim() === '' || this.witnessPassword() === '') return 'A controlled-substance discrepancy needs a witness: their username and password.';
    if (this.witnessUsername().trim().toLowerCase() === this.resolver().toLowerCase()) return 'The witness must be someone else.';
    return null;
  });

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    if (this.problem() !== null || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const witness = this.discrepancy().controlled ? { witnessUsername: this.witnessUsername().trim(), witnessPassword: this.witnessPassword() } : {};
    this.api.resolve(this.discrepancy().id, { reason: this.reason().trim(), ...witness }).subscribe({
      next: (resolved) => {
        this.busy.set(false);
        this.done.emit(resolved);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        // The password is not kept for a second try: the witness types it again.
        this.witnessPassword.set('');
        this.error.set(apiErrorMessage(error, 'The discrepancy could not be resolved.'));
      },
    });
  }
}
