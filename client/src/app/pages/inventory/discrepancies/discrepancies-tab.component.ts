import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { apiErrorMessage } from '../../../core/api/api-error';
import { InventoryApiService } from '../../../core/api/inventory-api.service';
import { INVENTORY_WRITERS, type Discrepancy } from '../../../core/api/inventory.models';
import { AuthService } from '../../../core/auth/auth.service';
import { downloadCsv, toCsv } from '../../../shared/csv';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { ResolveDiscrepancyDialogComponent } from './resolve-discrepancy-dialog.component';

/** The discrepancy queue: open ones by deadline (overdue first), or the resolved history; resolve with a witness. */
@Component({
  selector: 'ww-discrepancies-tab',
  imports: [RetryNoticeComponent, ResolveDiscrepancyDialogComponent, DatePipe],
  template: `
    <div class="section-heading">
      <h2>Discrepancies</h2>
      <div class="controls">
        <label>
          Show
          <select data-testid="discrepancy-state" (change)="chooseState($event)">
            <option value="open">Open</option>
            <option value="resolved">Resolved</option>
          </select>
        </label>
        <button type="button" class="btn btn-small" data-testid="discrepancies-csv" [disabled]="!discrepancies()?.length" (click)="exportCsv()">Export CSV</button>
      </div>
    </div>
    @if (message(); as message) {
      <p class="notice notice-success" role="status">{{ message }}</p>
    }
    @if (loadError(); as message) {
      <ww-retry-notice [message]="message" (retry)="load()" />
    }
    <div class="table-scroll">
      <table class="data-table" data-testid="discrepancies-table">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Cabinet, location</th>
            <th scope="col">Expected</th>
            <th scope="col">Counted</th>
            <th scope="col">Difference</th>
            <th scope="col">Found</th>
            <th scope="col">{{ state() === 'open' ? 'Due' : 'Resolved' }}</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          @for (discrepancy of discrepancies() ?? []; track discrepancy.id) {
            <tr [attr.data-testid]="'discrepancy-row-' + discrepancy.id">
              <td>
                {{ discrepancy.itemName }}
                @if (discrepancy.controlled) {
                  <span class="badge badge-off">Controlled</span>
                }
              </td>
              <td>{{ discrepancy.cabinetName }}, {{ discrepancy.location }}</td>
              <td>{{ discrepancy.expected }}</td>
              <td>{{ discrepancy.counted }}</td>
              <td>{{ discrepancy.delta > 0 ? '+' : '' }}{{ discrepancy.delta }}</td>
              <td>{{ discrepancy.detectedAt | date: 'd MMM HH:mm' }} ({{ discrepancy.method }})</td>
              @if (state() === 'open') {
                <td>
                  {{ discrepancy.deadlineAt | date: 'd MMM HH:mm' }}
                  @if (discrepancy.overdue) {
                    <span class="badge badge-off">Overdue</span>
                  }
                </td>
                <td>
                  @if (canWrite()) {
                    <button type="button" class="btn btn-small" [attr.data-testid]="'resolve-' + discrepancy.id" (click)="resolving.set(discrepancy)">Resolve</button>
                  }
                </td>
              } @else {
                <td>
                  {{ discrepancy.resolvedAt | date: 'd MMM HH:mm' }} by {{ discrepancy.resolvedBy }}
                  @if (discrepancy.witnessedBy) {
                    , witnessed by {{ discrepancy.witnessedBy }}
                  }
                </td>
                <td>{{ discrepancy.reason }}</td>
              }
            </tr>
          } @empty {
            <tr>
              <td colspan="8" class="muted">{{ discrepancies() === null ? 'Loading discrepancies…' : state() === 'open' ? 'No open discrepancies.' : 'None resolved yet.' }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (resolving(); as discrepancy) {
      <ww-resolve-discrepancy-dialog [discrepancy]="discrepancy" (closed)="resolving.set(null)" (done)="resolved($event)" />
    }
  `,
  styleUrl: '../inventory-tab.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiscrepanciesTabComponent {
  private readonly api = inject(InventoryApiService);
  private readonly auth = inject(AuthService);

  protected readonly canWrite = computed(() => this.auth.hasRole(INVENTORY_WRITERS));
  protected readonly state = signal<'open' | 'resolved'>('open');
  protected readonly discrepancies = signal<Discrepancy[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly resolving = signal<Discrepancy | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.discrepancies.set(null);
    this.api.discrepancies(this.state()).subscribe({
      next: (discrepancies) => this.discrepancies.set(discrepancies),
      error: (error: unknown) => this.loadError.set(apiErrorMessage(error, 'The discrepancies could not be loaded.')),
    });
  }

  protected chooseState(event: Event): void {
    this.state.set((event.target as HTMLSelectElement).value === 'resolved' ? 'resolved' : 'open');
    this.load();
  }

  protected resolved(discrepancy: Discrepancy): void {
    this.resolving.set(null);
    this.message.set(`Resolved: ${discrepancy.itemName}${discrepancy.witnessedBy ? `, witnessed by ${discrepancy.witnessedBy}` : ''}.`);
    this.load();
  }

  protected exportCsv(): void {
    const rows = (this.discrepancies() ?? []).map((d) => [
      d.id,
      d.itemName,
      d.controlled ? 'yes' : 'no',
      d.cabinetName,
      d.location,
      d.expected,
      d.counted,
      d.delta,
      d.method,
      d.detectedAt,
      d.deadlineAt,
      d.overdue ? 'yes' : 'no',
      d.resolvedAt,
      d.resolvedBy,
      d.witnessedBy,
      d.reason,
    ]);
    downloadCsv(
      `discrepancies-${this.state()}.csv`,
      toCsv([['Id', 'Item', 'Controlled', 'Cabinet', 'Location', 'Expected', 'Counted', 'Difference', 'Method', 'Found', 'Due', 'Overdue', 'Resolved', 'Resolved by', 'Witness', 'Reason'], ...rows]),
    );
  }
}
