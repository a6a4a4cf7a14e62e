import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Subject } from 'rxjs';
import { EquipmentApiService } from '../../../core/api/equipment-api.service';
import { loadOnChange } from '../../../core/api/load-state';
import { duration, percent } from '../../../shared/equipment-format';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { RangePickerComponent } from '../utilization/range-picker.component';
import { rangeRequests } from '../utilization/range-requests';
import { DEFAULT_RANGE, type RangeChoice } from '../utilization/time-range';
import { UtilizationBarComponent } from '../utilization/utilization-bar.component';

/** One asset's utilization over the same ranges as the equipment page's Utilization tab (kept on this page only, not in the URL). */
@Component({
  selector: 'ww-asset-utilization',
  imports: [RangePickerComponent, RetryNoticeComponent, UtilizationBarComponent],
  template: `
    <h2 id="utilization-heading">Utilization</h2>
    <ww-range-picker testIdPrefix="asset-range" label="Utilization range" [choice]="choice()" (chosen)="requests.choose($event)" />
    @if (outcome().loading) {
      <p class="muted" data-testid="asset-utilization-loading">Loading utilization…</p>
    } @else if (outcome().error; as message) {
      <ww-retry-notice [message]="message" (retry)="reloads.next()" />
    } @else if (outcome().value; as figures) {
      @if (figures.registeredSeconds === 0) {
        <p class="muted" data-testid="asset-utilization-empty">Not registered during this range.</p>
      } @else {
        <div class="summary">
          <span class="share" data-testid="asset-utilization-share">{{ percent(figures.utilization) }}</span>
          <span class="muted">{{ figures.utilization === null ? 'never in service in this range' : 'used of its time in service' }}</span>
        </div>
        <ww-utilization-bar [figures]="figures" />
        <dl class="facts" data-testid="asset-utilization">
          <dt>Used</dt>
          <dd>{{ duration(figures.usedSeconds) }}</dd>
          <dt>Idle</dt>
          <dd>{{ duration(figures.idleSeconds) }}</dd>
          <dt>Out of service</dt>
          <dd>{{ duration(figures.outOfServiceSeconds) }}</dd>
          <dt>In patient-care rooms</dt>
          <dd>{{ duration(figures.patientCareSeconds) }}</dd>
          <dt>Located</dt>
          <dd>{{ duration(figures.locatedSeconds) }} of {{ duration(figures.registeredSeconds) }}</dd>
        </dl>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }

    ww-range-picker {
      display: block;
      margin-bottom: 0.75rem;
    }

    .summary {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      margin-bottom: 0.4rem;
    }

    .share {
      font-size: 1.6rem;
      font-weight: 600;
    }

    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.35rem 1rem;
      margin: 0.75rem 0 0;
    }

    .facts dt {
      color: var(--ww-muted);
    }

    .facts dd {
      margin: 0;
      font-weight: 500;
    }
  `,
  host: { 'aria-labelledby': 'utilization-heading', role: 'region' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetUtilizationComponent {
  private readonly api = inject(EquipmentApiService);

  readonly assetId = input.required<number>();

  protected readonly reloads = new Subject<void>();
  protected readonly choice = signal<RangeChoice>(DEFAULT_RANGE);
  protected readonly requests = rangeRequests(this.choice, (choice) => this.choice.set(choice));
  protected readonly duration = duration;
  protected readonly percent = percent;

  private readonly query = computed(() => ({ assetId: this.assetId(), range: this.requests.range() }));
  protected readonly outcome = loadOnChange(
    this.query,
    this.reloads,
    ({ assetId, range }) => this.api.assetUtilization(assetId, range),
    'Utilization could not be loaded.',
  );
}
