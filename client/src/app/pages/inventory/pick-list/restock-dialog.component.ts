import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { forkJoin, type Observable } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { InventoryApiService } from '../../../core/api/inventory-api.service';
import type { PickLine } from '../../../core/api/inventory.models';
import { DialogComponent } from '../../../shared/dialog.component';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Records one pick-list line as done: the expired lots pulled (a waste of each, witnessed for controlled
 * items) and the units brought (a restock with its lot and expiry). The server checks the rules and
 * names the field it refuses.
 */
@Component({
  selector: 'ww-restock-dialog',
  imports: [DialogComponent],
  template: `
    <ww-dialog [heading]="'Restock ' + line().itemName" (closed)="closed.emit()">
      <form data-testid="restock-dialog" (submit)="submit($event)" novalidate>
        <p class="muted">{{ line().location }} · on hand {{ line().expected }}, par {{ line().par }}</p>
        @if (line().pull.length > 0) {
          <p>
            Pull and waste the expired lots:
            @for (lot of line().pull; track lot.lotNumber) {
              <strong>{{ lot.quantity }} × {{ lot.lotNumber ?? 'unknown lot' }} (exp {{ lot.expiry }})</strong>
            }
          </p>
          @if (line().controlled) {
            <div class="field">
              <label for="restock-witness">Witness of the waste (controlled substance)</label>
              <input id="restock-witness" data-testid="restock-witness" [value]="witness()" (input)="witness.set(text($event))" />
            </div>
          }
        }
        @if (line().bring > 0) {
          <div class="field">
            <label for="restock-quantity">Units brought</label>
            <input id="restock-quantity" type="number" min="1" data-testid="restock-quantity" [value]="quantity()" (input)="quantity.set(text($event))" />
          </div>
          <div class="field">
            <label for="restock-lot">Lot number</label>
            <input id="restock-lot" data-testid="restock-lot" [value]="lotNumber()" (input)="lotNumber.set(text($event))" />
          </div>
          <div class="field">
            <label for="restock-expiry">Expiry</label>
            <input id="restock-expiry" type="date" data-testid="restock-expiry" [value]="expiry()" (input)="expiry.set(text($event))" />
          </div>
        }
        @if (problem(); as message) {
          <p class="field-error" data-testid="restock-problem">{{ message }}</p>
        }
        @if (error(); as message) {
          <p class="notice notice-error" role="alert" data-testid="restock-error">{{ message }}</p>
        }
        <div class="button-row">
          <button type="submit" class="btn btn-primary" data-testid="restock-submit" [disabled]="busy()">{{ busy() ? 'Saving…' : 'Record' }}</button>
          <button type="button" class="btn" (click)="closed.emit()">Cancel</button>
        </div>
      </form>
    </ww-dialog>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RestockDialogComponent {
  private readonly api = inject(InventoryApiService);

  readonly line = input.required<PickLine>();
  readonly done = output<void>();
  readonly closed = output<void>();

  protected readonly quantity = signal('');
  protected readonly lotNumber = signal('');
  protected readonly expiry = signal('');
  protected readonly witness = signal('');
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly problem = computed(() => {
    if (!this.submitted()) return null;
    const line = this.line();
    if (line.bring > 0) {
      const units = Number(this.quantity() || line.bring);
      if (!Number.isInteger(units) || units < 1) return 'Units brought must be a whole number, at least 1.';
      if (this.lotNumber().trim() === '') return 'Give the lot number printed on the pack.';
      if (!DATE_ONLY.test(this.expiry())) return 'Give the expiry date printed on the pack.';
    }
    if (line.pull.length > 0 && line.controlled && this.witness().trim() === '') return 'A controlled substance is wasted with a witness.';
    return null;
  });

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    if (this.problem() !== null || this.busy()) return;
    const line = this.line();
    const writes: Array<Observable<unknown>> = line.pull.map((lot) =>
      this.api.addEntry(line.binId, {
        kind: 'waste',
        quantity: lot.quantity,
        ...(lot.lotNumber === null ? {} : { lotNumber: lot.lotNumber, expiry: lot.expiry }),
        ...(line.controlled ? { witness: this.witness().trim() } : {}),
      }),
    );
    this.busy.set(true);
    this.error.set(null);
    // Pull first, then bring: the restock's units are the fresh ones.
    const pulls = writes.length > 0 ? forkJoin(writes) : null;
    const restock = () =>
      line.bring > 0
        ? this.api.addEntry(line.binId, { kind: 'restock', quantity: Number(this.quantity() || line.bring), lotNumber: this.lotNumber().trim(), expiry: this.expiry() })
        : null;
    const finish = {
      next: () => undefined,
      complete: () => {
        this.busy.set(false);
        this.done.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(error, 'The restock could not be recorded.'));
      },
    };
    if (pulls === null) {
      restock()?.subscribe(finish);
      return;
    }
    pulls.subscribe({
      next: () => {
        const next = restock();
        if (next === null) finish.complete();
        else next.subscribe(finish);
      },
      error: finish.error,
    });
  }
}
