import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { apiErrorMessage } from '../../../core/api/api-error';
import { InventoryApiService } from '../../../core/api/inventory-api.service';
import { EXPIRY_BUCKET_LABELS, type ExpiringLot } from '../../../core/api/inventory.models';
import { downloadCsv, toCsv } from '../../../shared/csv';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';

type Bucket = keyof typeof EXPIRY_BUCKET_LABELS;

/** Lots expired or expiring within 90 days (the server buckets them: 30/60/90), soonest first; exports as CSV. */
@Component({
  selector: 'ww-expiry-tab',
  imports: [RetryNoticeComponent],
  template: `
    <div class="section-heading">
      <h2>Expiry</h2>
      <button type="button" class="btn btn-small" data-testid="expiry-csv" [disabled]="!lots()?.length" (click)="exportCsv()">Export CSV</button>
    </div>
    @if (loadError(); as message) {
      <ww-retry-notice [message]="message" (retry)="load()" />
    }
    <p class="summary" data-testid="expiry-summary">
      @for (bucket of buckets; track bucket) {
        <button type="button" class="btn btn-small" [class.btn-primary]="shown() === bucket" [attr.data-testid]="'expiry-bucket-' + bucket" (click)="toggle(bucket)">
          {{ labels[bucket] }}: {{ counts()[bucket] }}
        </button>
      }
    </p>
    <div class="table-scroll">
      <table class="data-table" data-testid="expiry-table">
        <thead>
          <tr>
            <th scope="col">Expiry</th>
            <th scope="col">When</th>
            <th scope="col">Item</th>
            <th scope="col">Lot</th>
            <th scope="col">Units</th>
            <th scope="col">Cabinet</th>
            <th scope="col">Location</th>
          </tr>
        </thead>
        <tbody>
          @for (lot of visible(); track lot.bin.id + ':' + lot.lotNumber) {
            <tr [attr.data-testid]="'expiry-row-' + lot.bin.id + '-' + lot.lotNumber">
              <td>{{ lot.expiry }}</td>
              <td>
                <span class="badge" [class.badge-off]="lot.bucket === 'expired'">{{ labels[lot.bucket] }}</span>
                {{ lot.daysLeft < 0 ? -lot.daysLeft + ' days ago' : lot.daysLeft === 0 ? 'today' : 'in ' + lot.daysLeft + ' days' }}
              </td>
              <td>{{ lot.bin.item.description }}</td>
              <td>{{ lot.lotNumber ?? 'unknown lot' }}</td>
              <td>{{ lot.quantity }}</td>
              <td>{{ lot.bin.cabinetName }}</td>
              <td>{{ lot.bin.location }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="7" class="muted">{{ lots() === null ? 'Loading lots…' : 'No lot expires within 90 days.' }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../inventory-tab.css',
  styles: `
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpiryTabComponent {
  private readonly api = inject(InventoryApiService);

  protected readonly labels = EXPIRY_BUCKET_LABELS;
  protected readonly buckets = Object.keys(EXPIRY_BUCKET_LABELS) as Bucket[];
  protected readonly lots = signal<ExpiringLot[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  /** One bucket shown alone, or all. */
  protected readonly shown = signal<Bucket | null>(null);
  protected readonly visible = computed(() => (this.lots() ?? []).filter((lot) => this.shown() === null || lot.bucket === this.shown()));
  protected readonly counts = computed(() => {
    const counts = { expired: 0, within_30: 0, within_60: 0, within_90: 0 };
    for (const lot of this.lots() ?? []) counts[lot.bucket]++;
    return counts;
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.api.expiry(90).subscribe({
      next: (lots) => this.lots.set(lots),
      error: (error: unknown) => this.loadError.set(apiErrorMessage(error, 'The expiry list could not be loaded.')),
    });
  }

  protected toggle(bucket: Bucket): void {
    this.shown.update((shown) => (shown === bucket ? null : bucket));
  }

  protected exportCsv(): void {
    const rows = this.visible().map((lot) => [lot.expiry, EXPIRY_BUCKET_LABELS[lot.bucket], lot.daysLeft, lot.bin.item.code, lot.bin.item.description, lot.lotNumber, lot.quantity, lot.bin.cabinetName, lot.bin.location]);
    downloadCsv('expiry.csv', toCsv([['Expiry', 'Bucket', 'Days left', 'Code', 'Item', 'Lot', 'Units', 'Cabinet', 'Location'], ...rows]));
  }
}
