import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { apiErrorMessage } from '../../../core/api/api-error';
import { GatewaysApiService } from '../../../core/api/gateways-api.service';
import type { GatewayHealth, GatewayLiveness } from '../../../core/api/gateways.models';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';

const LIVENESS_LABEL: Record<GatewayLiveness, string> = { reporting: 'Reporting', 'not-scanning': 'Hears no tags', offline: 'Offline' };
/** Troubled gateways first: someone opened this page to find them. */
const LIVENESS_ORDER: Record<GatewayLiveness, number> = { offline: 0, 'not-scanning': 1, reporting: 2 };

/**
 * Every placed BLE gateway: liveness (decided by the server, by the rule of the gateway alerts), its last
 * batch and seq, refused batches, and what its scanner agent's latest heartbeat said (adapter, rates,
 * queue, drops, version, uptime). docs/scanner.md explains each column.
 */
@Component({
  selector: 'ww-gateway-health-tab',
  imports: [DatePipe, DecimalPipe, RetryNoticeComponent],
  template: `
    <section aria-labelledby="gateway-health-heading">
      <div class="heading-row">
        <h2 id="gateway-health-heading">Gateway health</h2>
        <button type="button" class="btn btn-small" data-testid="gateway-health-refresh" [disabled]="loading()" (click)="load()">Refresh</button>
      </div>
      @if (loadError(); as message) {
        <ww-retry-notice [message]="message" (retry)="load()" />
      }
      <p class="summary" data-testid="gateway-health-summary">{{ summary() }}</p>
      <div class="table-scroll">
        <table class="data-table" data-testid="gateway-health-table">
          <thead>
            <tr>
              <th scope="col">Gateway</th>
              <th scope="col">Status</th>
              <th scope="col">Last batch</th>
              <th scope="col">Last seq</th>
              <th scope="col">Refused</th>
              <th scope="col">Adapter</th>
              <th scope="col">Advertisements/s</th>
              <th scope="col">Tags/s</th>
              <th scope="col">Queued</th>
              <th scope="col">Dropped</th>
              <th scope="col">Agent</th>
              <th scope="col">Heartbeat</th>
            </tr>
          </thead>
          <tbody>
            @for (gateway of rows(); track gateway.gatewayId) {
              <tr [attr.data-testid]="'gateway-row-' + gateway.gatewayId">
                <td>
                  <span class="name">{{ gateway.name }}</span>
                  <span class="muted">{{ gateway.gatewayId }}</span>
                </td>
                <td>
                  <span class="badge" [class]="'badge liveness-' + gateway.liveness" data-testid="gateway-liveness">{{ gateway.livenessLabel }}</span>
                </td>
                <td>{{ gateway.lastBatchAt ? (gateway.lastBatchAt | date: 'short') : 'never' }}</td>
                <td>{{ gateway.lastSeq ?? '—' }}</td>
                <td>{{ gateway.rejectedBatches | number }}</td>
                @if (gateway.heartbeat; as heartbeat) {
                  <td data-testid="gateway-adapter">{{ heartbeat.adapterName ?? '—' }} · {{ heartbeat.adapterState }}</td>
                  <td>{{ heartbeat.advertisementsPerSecond | number: '1.0-1' }}</td>
                  <td>{{ heartbeat.sightingsPerSecond | number: '1.0-1' }}</td>
                  <td data-testid="gateway-queue">{{ heartbeat.queueDepth | number }}</td>
                  <td [class.warn]="heartbeat.queueDropped > 0">{{ heartbeat.queueDropped | number }}</td>
                  <td>{{ heartbeat.version }} · up {{ heartbeat.uptimeSeconds / 3600 | number: '1.0-1' }} h</td>
                  <td>{{ heartbeat.receivedAt | date: 'mediumTime' }}</td>
                } @else {
                  <td class="muted" colspan="7">no heartbeat (not a Wardwatch scanner agent, or never started)</td>
                }
              </tr>
            } @empty {
              @if (!loading()) {
                <tr>
                  <td colspan="12" class="muted">No BLE gateway is placed on a floor plan.</td>
                </tr>
              }
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styles: `
    .heading-row {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
    .name {
      display: block;
    }
    .muted {
      color: var(--ww-muted, #52606d);
      font-size: 0.85em;
    }
    .warn {
      color: var(--ww-warning, #b44d12);
      font-weight: 600;
    }
    .liveness-reporting {
      background: #e3f9e5;
      color: #05400a;
    }
    .liveness-not-scanning {
      background: #fff3c4;
      color: #513c06;
    }
    .liveness-offline {
      background: #ffe3e3;
      color: #610404;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GatewayHealthTabComponent {
  private readonly api = inject(GatewaysApiService);

  protected readonly gateways = signal<GatewayHealth[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);

  protected readonly rows = computed(() =>
    this.gateways()
      .map((gateway) => ({ ...gateway, livenessLabel: LIVENESS_LABEL[gateway.liveness] }))
      .sort((a, b) => LIVENESS_ORDER[a.liveness] - LIVENESS_ORDER[b.liveness] || a.name.localeCompare(b.name, undefined, { numeric: true })),
  );

  protected readonly summary = computed(() => {
    const gateways = this.gateways();
    const count = (liveness: GatewayLiveness) => gateways.filter((g) => g.liveness === liveness).length;
    return `${gateways.length} gateways: ${count('reporting')} reporting, ${count('not-scanning')} hearing no tags, ${count('offline')} offline`;
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.api.health().subscribe({
      next: (gateways) => {
        this.gateways.set(gateways);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loadError.set(apiErrorMessage(error, 'The gateway health could not be loaded.'));
        this.loading.set(false);
      },
    });
  }
}
