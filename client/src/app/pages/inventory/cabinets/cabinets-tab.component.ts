import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { apiErrorMessage } from '../../../core/api/api-error';
import { InventoryApiService } from '../../../core/api/inventory-api.service';
import { BIN_STATUSES, BIN_STATUS_LABELS, type Bin, type BinQuery, type BinStatus, type CabinetStock } from '../../../core/api/inventory.models';
import { downloadCsv, toCsv } from '../../../shared/csv';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { LevelGaugeComponent } from '../level-gauge.component';
import { BinStatusBadgeComponent } from '../status-badge.component';

/** Cabinets with their fill level and most urgent status, and their bins with level gauges, filtered; the list exports as CSV. */
@Component({
  selector: 'ww-cabinets-tab',
  imports: [RetryNoticeComponent, LevelGaugeComponent, BinStatusBadgeComponent],
  template: `
    @if (loadError(); as message) {
      <ww-retry-notice [message]="message" (retry)="load()" />
    }
    <section aria-labelledby="cabinets-heading">
      <h2 id="cabinets-heading">Cabinets</h2>
      <ul class="cabinets" data-testid="cabinet-cards">
        @for (cabinet of cabinets() ?? []; track cabinet.id) {
          <li>
            <button
              type="button"
              class="cabinet panel"
              [class.selected]="filter().cabinet === cabinet.id"
              [attr.data-testid]="'cabinet-' + cabinet.id"
              (click)="setFilter('cabinet', filter().cabinet === cabinet.id ? '' : cabinet.id)"
            >
              <span class="cabinet-name">{{ cabinet.name }}</span>
              <span class="muted">{{ cabinet.unit ?? 'No unit' }} · {{ cabinet.bins }} bins</span>
              <span class="fill" role="meter" aria-valuemin="0" aria-valuemax="100" [attr.aria-valuenow]="percent(cabinet.fill)" [attr.aria-label]="'Filled to ' + percent(cabinet.fill) + '% of par'">
                <span [style.width.%]="min(100, percent(cabinet.fill))"></span>
              </span>
              <span class="counts">
                {{ percent(cabinet.fill) }}% of par
                @if (cabinet.byStatus.stock_out > 0) {
                  · <span class="stock-out">{{ cabinet.byStatus.stock_out }} stock-out</span>
                }
                @if (cabinet.byStatus.below_reorder > 0) {
                  · <span class="below-reorder">{{ cabinet.byStatus.below_reorder }} below reorder</span>
                }
                @if (cabinet.openDiscrepancies > 0) {
                  · {{ cabinet.openDiscrepancies }} discrepancies
                }
              </span>
            </button>
          </li>
        } @empty {
          <li class="muted">{{ cabinets() === null ? 'Loading cabinets…' : 'No cabinets are registered.' }}</li>
        }
      </ul>
    </section>

    <section aria-labelledby="bins-heading">
      <div class="section-heading">
        <h2 id="bins-heading">Bins</h2>
        <button type="button" class="btn btn-small" data-testid="bins-csv" [disabled]="!bins()?.length" (click)="exportCsv()">Export CSV</button>
      </div>
      <div class="filters">
        <label>
          Cabinet
          <select data-testid="filter-cabinet" [value]="filter().cabinet ?? ''" (change)="setFilter('cabinet', value($event))">
            <option value="">All</option>
            @for (cabinet of cabinets() ?? []; track cabinet.id) {
              <option [value]="cabinet.id">{{ cabinet.name }}</option>
            }
          </select>
        </label>
        <label>
          Unit
          <select data-testid="filter-unit" [value]="filter().unit ?? ''" (change)="setFilter('unit', value($event))">
            <option value="">All</option>
            @for (unit of units(); track unit) {
              <option [value]="unit">{{ unit }}</option>
            }
          </select>
        </label>
        <label>
          Status
          <select data-testid="filter-status" [value]="filter().status ?? ''" (change)="setFilter('status', value($event))">
            <option value="">All</option>
            @for (status of statuses; track status) {
              <option [value]="status">{{ statusLabels[status] }}</option>
            }
          </select>
        </label>
        <label>
          Controlled
          <select data-testid="filter-controlled" (change)="setFilter('controlled', value($event))">
            <option value="">All</option>
            <option value="true">Controlled only</option>
            <option value="false">Not controlled</option>
          </select>
        </label>
        <label>
          Item
          <input type="search" data-testid="filter-search" placeholder="Code or name" (change)="setFilter('search', value($event))" />
        </label>
      </div>
      <div class="table-scroll">
        <table class="data-table" data-testid="bins-table">
          <thead>
            <tr>
              <th scope="col">Cabinet</th>
              <th scope="col">Location</th>
              <th scope="col">Item</th>
              <th scope="col">Level</th>
              <th scope="col">On hand / par</th>
              <th scope="col">Status</th>
              <th scope="col">Days of supply</th>
              <th scope="col">Lots</th>
            </tr>
          </thead>
          <tbody>
            @for (bin of bins() ?? []; track bin.id) {
              <tr [attr.data-testid]="'bin-row-' + bin.id">
                <td>{{ bin.cabinetName }}</td>
                <td>{{ bin.location }}</td>
                <td>
                  {{ bin.item.description }}
                  @if (bin.controlled) {
                    <span class="badge" title="Controlled substance">C{{ bin.item.controlledSchedule }}</span>
                  }
                </td>
                <td><ww-level-gauge [expected]="bin.expected" [par]="bin.par" [reorderPoint]="bin.reorderPoint" [maximum]="bin.maximum" [status]="bin.status" /></td>
                <td>{{ bin.expected }} / {{ bin.par }}</td>
                <td><ww-bin-status [status]="bin.status" /></td>
                <td>{{ bin.daysOfSupply ?? '—' }}</td>
                <td>
                  @for (lot of bin.lots; track lot.lotNumber) {
                    <span class="lot">{{ lot.lotNumber ?? 'unknown lot' }} ({{ lot.quantity }}{{ lot.expiry ? ', exp ' + lot.expiry : '' }})</span>
                  }
                  @if (bin.expiredUnits > 0) {
                    <span class="badge badge-off">{{ bin.expiredUnits }} expired</span>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="8" class="muted">{{ bins() === null ? 'Loading bins…' : 'No bins match.' }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styleUrl: '../inventory-tab.css',
  styles: `
    .cabinets {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      gap: 0.75rem;
      padding: 0;
      list-style: none;
    }

    .cabinet {
      display: flex;
      flex-direction: column;
      gap: 0.3rem;
      width: 100%;
      text-align: left;
      font: inherit;
      cursor: pointer;
    }

    .cabinet.selected {
      outline: 3px solid #2563a6;
    }

    .cabinet-name {
      font-weight: 600;
    }

    .fill {
      display: block;
      height: 0.6rem;
      border-radius: 3px;
      background: #e4e7ec;
      overflow: hidden;
    }

    .fill span {
      display: block;
      height: 100%;
      background: #1a7f37;
    }

    .stock-out {
      color: #b42318;
      font-weight: 600;
    }

    .below-reorder {
      color: #b54708;
      font-weight: 600;
    }

    .lot {
      display: block;
      font-size: 0.85rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CabinetsTabComponent implements OnInit {
  private readonly api = inject(InventoryApiService);

  /** `?cabinet=<id>`: opened from a cabinet's badge on the map. */
  readonly cabinet = input<string>();

  protected readonly statuses = BIN_STATUSES;
  protected readonly statusLabels = BIN_STATUS_LABELS;
  protected readonly cabinets = signal<CabinetStock[] | null>(null);
  protected readonly bins = signal<Bin[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly filter = signal<BinQuery>({});
  protected readonly units = computed(() => [...new Set((this.cabinets() ?? []).flatMap((cabinet) => (cabinet.unit === null ? [] : [cabinet.unit])))].sort());

  ngOnInit(): void {
    const cabinet = this.cabinet();
    if (cabinet) this.filter.set({ cabinet });
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.api.cabinets().subscribe({
      next: (cabinets) => this.cabinets.set(cabinets),
      error: (error: unknown) => this.loadError.set(apiErrorMessage(error, 'The cabinets could not be loaded.')),
    });
    this.loadBins();
  }

  protected setFilter(name: keyof BinQuery, raw: string): void {
    const value = raw === '' ? undefined : name === 'controlled' ? raw === 'true' : name === 'status' ? (raw as BinStatus) : raw;
    this.filter.update((filter) => ({ ...filter, [name]: value }));
    this.loadBins();
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value.trim();
  }

  protected percent(fill: number): number {
    return Math.round(fill * 100);
  }

  protected min(a: number, b: number): number {
    return Math.min(a, b);
  }

  protected exportCsv(): void {
    const rows = (this.bins() ?? []).map((bin) => [
      bin.cabinetName,
      bin.location,
      bin.item.code,
      bin.item.description,
      bin.item.controlledSchedule ?? '',
      bin.expected,
      bin.par,
      bin.reorderPoint,
      bin.maximum,
      BIN_STATUS_LABELS[bin.status],
      bin.daysOfSupply,
      bin.expiredUnits,
    ]);
    downloadCsv(
      'inventory-bins.csv',
      toCsv([['Cabinet', 'Location', 'Code', 'Item', 'Schedule', 'On hand', 'Par', 'Reorder point', 'Maximum', 'Status', 'Days of supply', 'Expired units'], ...rows]),
    );
  }

  private loadBins(): void {
    this.bins.set(null);
    this.api.bins(this.filter()).subscribe({
      next: (bins) => this.bins.set(bins),
      error: (error: unknown) => this.loadError.set(apiErrorMessage(error, 'The bins could not be loaded.')),
    });
  }
}
