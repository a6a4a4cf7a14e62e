import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { apiErrorMessage } from '../../../core/api/api-error';
import { InventoryApiService } from '../../../core/api/inventory-api.service';
import { INVENTORY_WRITERS, type CabinetStock, type PickLine, type PickStop } from '../../../core/api/inventory.models';
import { AuthService } from '../../../core/auth/auth.service';
import { downloadCsv, toCsv } from '../../../shared/csv';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { RestockDialogComponent } from './restock-dialog.component';

/**
 * The restock pick list (the server computes it): per cabinet in walking order, what to bring to reach par
 * and the expired lots to pull. Pharmacy records each line as done from here.
 */
@Component({
  selector: 'ww-pick-list-tab',
  imports: [RetryNoticeComponent, RestockDialogComponent],
  template: `
    <div class="section-heading">
      <h2>Pick list</h2>
      <div class="controls">
        <label>
          Unit
          <select data-testid="pick-unit" (change)="chooseUnit($event)">
            <option value="">All units</option>
            @for (unit of units(); track unit) {
              <option [value]="unit">{{ unit }}</option>
            }
          </select>
        </label>
        <button type="button" class="btn btn-small" data-testid="pick-csv" [disabled]="!stops()?.length" (click)="exportCsv()">Export CSV</button>
      </div>
    </div>
    <p class="muted">Cabinets in walking order (floor, then room). Bring each bin to par; pull expired lots on the same visit.</p>
    @if (message(); as message) {
      <p class="notice notice-success" role="status">{{ message }}</p>
    }
    @if (loadError(); as message) {
      <ww-retry-notice [message]="message" (retry)="load()" />
    }
    @for (stop of stops() ?? []; track stop.cabinetId; let index = $index) {
      <section class="panel stop" [attr.data-testid]="'pick-stop-' + stop.cabinetId">
        <h3>{{ index + 1 }}. {{ stop.cabinetName }}</h3>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">Location</th>
              <th scope="col">Item</th>
              <th scope="col">On hand / par</th>
              <th scope="col">Bring</th>
              <th scope="col">Pull</th>
              @if (canWrite()) {
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              }
            </tr>
          </thead>
          <tbody>
            @for (line of stop.lines; track line.binId) {
              <tr [attr.data-testid]="'pick-line-' + line.binId">
                <td>{{ line.location }}</td>
                <td>
                  {{ line.itemName }}
                  @if (line.controlled) {
                    <span class="badge">Controlled</span>
                  }
                </td>
                <td>{{ line.expected }} / {{ line.par }}</td>
                <td>{{ line.bring }}</td>
                <td>
                  @for (lot of line.pull; track lot.lotNumber) {
                    <span class="badge badge-off">{{ lot.quantity }} × {{ lot.lotNumber ?? 'unknown lot' }} exp {{ lot.expiry }}</span>
                  }
                </td>
                @if (canWrite()) {
                  <td>
                    <button type="button" class="btn btn-small" [attr.data-testid]="'pick-restock-' + line.binId" (click)="restocking.set(line)">Restock</button>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </section>
    } @empty {
      <p class="muted">{{ stops() === null ? 'Loading the pick list…' : 'Nothing to bring: every bin is at par.' }}</p>
    }
    @if (restocking(); as line) {
      <ww-restock-dialog [line]="line" (closed)="restocking.set(null)" (done)="restocked(line)" />
    }
  `,
  styleUrl: '../inventory-tab.css',
  styles: `
    .stop {
      margin-bottom: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PickListTabComponent {
  private readonly api = inject(InventoryApiService);
  private readonly auth = inject(AuthService);

  protected readonly canWrite = computed(() => this.auth.hasRole(INVENTORY_WRITERS));
  protected readonly stops = signal<PickStop[] | null>(null);
  protected readonly cabinets = signal<CabinetStock[]>([]);
  protected readonly units = computed(() => [...new Set(this.cabinets().flatMap((cabinet) => (cabinet.unit === null ? [] : [cabinet.unit])))].sort());
  protected readonly unit = signal('');
  protected readonly loadError = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly restocking = signal<PickLine | null>(null);

  constructor() {
    this.api.cabinets().subscribe({ next: (cabinets) => this.cabinets.set(cabinets), error: () => this.cabinets.set([]) });
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.stops.set(null);
    this.api.pickList(this.unit() === '' ? {} : { unit: this.unit() }).subscribe({
      next: (stops) => this.stops.set(stops),
      error: (error: unknown) => this.loadError.set(apiErrorMessage(error, 'The pick list could not be loaded.')),
    });
  }

  protected chooseUnit(event: Event): void {
    this.unit.set((event.target as HTMLSelectElement).value);
    this.load();
  }

  protected restocked(line: PickLine): void {
    this.restocking.set(null);
    this.message.set(`Recorded: ${line.itemName} at ${line.location}.`);
    this.load();
  }

  protected exportCsv(): void {
    const rows = (this.stops() ?? []).flatMap((stop, index) =>
      stop.lines.map((line) => [
        index + 1,
        stop.cabinetName,
        line.location,
        line.itemCode,
        line.itemName,
        line.controlled ? 'yes' : 'no',
        line.expected,
        line.par,
        line.bring,
        line.pull.map((lot) => `${lot.quantity} x ${lot.lotNumber ?? 'unknown lot'} exp ${lot.expiry}`).join('; '),
      ]),
    );
    downloadCsv('pick-list.csv', toCsv([['Stop', 'Cabinet', 'Location', 'Code', 'Item', 'Controlled', 'On hand', 'Par', 'Bring', 'Pull'], ...rows]));
  }
}
