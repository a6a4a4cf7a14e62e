import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { apiErrorMessage } from '../../../core/api/api-error';
import { EquipmentApiService } from '../../../core/api/equipment-api.service';
import { ASSET_STATUS_LABELS, type Asset, type AssetStatus } from '../../../core/api/equipment.models';
import { DialogComponent } from '../../../shared/dialog.component';

const MAX_REASON_LENGTH = 500;

/**
 * Changes an asset's status to one its life cycle allows from here (the server's `nextStatuses`), with
 * an optional reason for the history. When the server refuses (409: someone changed it meanwhile, or
 * the table says no), its message is shown and the asset is read again, so the choices are the ones
 * allowed now.
 */
@Component({
  selector: 'ww-status-change-dialog',
  imports: [DialogComponent],
  template: `
    <ww-dialog [heading]="'Change the status of ' + current().assetTag" (closed)="closed.emit()">
      <form data-testid="status-dialog" (submit)="submit($event)" novalidate>
        <p>Now: <strong>{{ label(current().status) }}</strong></p>
        @if (choices().length === 0) {
          <p class="notice">{{ label(current().status) }} is final: no status change is allowed.</p>
        } @else {
          <fieldset class="choices" data-testid="status-allowed">
            <legend>Change to</legend>
            @for (choice of choices(); track choice) {
              <label class="choice">
                <input
                  type="radio"
                  name="status-target"
                  [value]="choice"
                  [checked]="choice === target()"
                  [attr.data-testid]="'status-option-' + choice"
                  (change)="target.set(choice)"
                />
                {{ label(choice) }}
              </label>
            }
          </fieldset>
          @if (current().status === 'missing') {
            <p class="muted hint">Found it? If you cannot tell whether it was used, choose Soiled: it goes through cleaning first.</p>
          }
          @if (target() === 'retired') {
            <p class="notice notice-warning">Retired is final: the asset keeps its history but never returns to service.</p>
          }
          <div class="field">
            <label for="status-reason">Reason <span class="muted">(optional)</span></label>
            <textarea id="status-reason" data-testid="status-reason" rows="2" [maxLength]="maxReasonLength" [value]="reason()" (input)="typed($event)"></textarea>
          </div>
        }
        @if (error(); as message) {
          <p class="notice notice-error" role="alert" data-testid="status-error">{{ message }}</p>
        }
        <div class="button-row">
          @if (choices().length > 0) {
            <button type="submit" class="btn btn-primary" data-testid="status-submit" [disabled]="!target() || busy()">
              {{ busy() ? 'Changing…' : 'Change status' }}
            </button>
          }
          <button type="button" class="btn" (click)="closed.emit()">Cancel</button>
        </div>
      </form>
    </ww-dialog>
  `,
  styles: `
    .choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      gap: 0.4rem 1rem;
      margin: 0 0 1rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--ww-border);
      border-radius: var(--ww-radius);
    }

    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      cursor: pointer;
    }

    .hint {
      font-size: 0.88rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChangeDialogComponent {
  private readonly api = inject(EquipmentApiService);

  readonly asset = input.required<Asset>();
  /** The status was changed: the asset as the server now has it. */
  readonly changed = output<Asset>();
  /** The change was refused: the asset as read again (someone may have changed it meanwhile). */
  readonly refreshed = output<Asset>();
  readonly closed = output<void>();

  protected readonly maxReasonLength = MAX_REASON_LENGTH;
  /** The asset as last read: the input, then what the server answered. */
  protected readonly current = linkedSignal(() => this.asset());
  protected readonly choices = computed(() => this.current().nextStatuses);
  /** Found after going missing, the status it had before is unknown: soiled is the safe proposal. */
  protected readonly target = linkedSignal<AssetStatus | null>(() => {
    const choices = this.choices();
    return this.current().status === 'missing' && choices.includes('soiled') ? 'soiled' : null;
  });
  protected readonly reason = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected label(status: AssetStatus): string {
    return ASSET_STATUS_LABELS[status] ?? status;
  }

  protected typed(event: Event): void {
    this.reason.set((event.target as HTMLTextAreaElement).value);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const status = this.target();
    if (!status || this.busy()) return;
    const reason = this.reason().trim();
    const assetId = this.current().id;
    this.busy.set(true);
    this.error.set(null);
    this.api.changeStatus(assetId, reason ? { status, reason } : { status }).subscribe({
      next: (asset) => {
        this.busy.set(false);
        this.changed.emit(asset);
        this.closed.emit();
      },
      error: (error: unknown) => {
        this.error.set(apiErrorMessage(error, 'The status could not be changed.'));
        if (error instanceof HttpErrorResponse && error.status === 409) this.readAgain(assetId);
        else this.busy.set(false);
      },
    });
  }

  private readAgain(assetId: number): void {
    this.api.asset(assetId).subscribe({
      next: (asset) => {
        this.busy.set(false);
        this.current.set(asset);
        this.refreshed.emit(asset);
      },
      error: () => this.busy.set(false),
    });
  }
}
