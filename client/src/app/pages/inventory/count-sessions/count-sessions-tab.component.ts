import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { apiErrorMessage } from '../../../core/api/api-error';
import { InventoryApiService } from '../../../core/api/inventory-api.service';
import { INVENTORY_WRITERS, type Bin, type CabinetStock, type CountSession } from '../../../core/api/inventory.models';
import { AuthService } from '../../../core/auth/auth.service';
import { downloadCsv, toCsv } from '../../../shared/csv';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';

/**
 * Count sessions: start one for a unit's cabinets, enter blind counts (the expected count is shown only
 * once a bin is counted), see the server's reconciliation, sign off when every bin is counted. Signed-off
 * sessions stay as history.
 */
@Component({
  selector: 'ww-count-sessions-tab',
  imports: [RetryNoticeComponent, DatePipe],
  template: `
    <div class="section-heading">
      <h2>Count sessions</h2>
      @if (canWrite()) {
        <form class="controls" (submit)="start($event)">
          <label>
            Unit
            <select data-testid="session-unit" (change)="unit.set(value($event))">
              <option value="">Choose a unit</option>
              @for (name of units(); track name) {
                <option [value]="name">{{ name }}</option>
              }
            </select>
          </label>
          <button type="submit" class="btn btn-primary btn-small" data-testid="session-start" [disabled]="unit() === '' || busy()">Start a count</button>
        </form>
      }
    </div>
    @if (error(); as message) {
      <p class="notice notice-error" role="alert" data-testid="session-error">{{ message }}</p>
    }
    @if (loadError(); as message) {
      <ww-retry-notice [message]="message" (retry)="load()" />
    }

    @if (open(); as session) {
      <section class="panel" data-testid="session-detail">
        <div class="section-heading">
          <h3>{{ session.scope }} · {{ session.status === 'open' ? 'open' : 'signed off by ' + session.signedOffBy }}</h3>
          <div class="controls">
            <button type="button" class="btn btn-small" data-testid="session-csv" (click)="exportCsv(session)">Export CSV</button>
            <button type="button" class="btn btn-small" (click)="open.set(null)">Close</button>
          </div>
        </div>
        @if (session.reconciliation; as summary) {
          <p data-testid="session-summary">
            {{ summary.counted }} of {{ summary.lines.length }} counted · {{ summary.matched }} match · {{ summary.mismatched }} differ
            ({{ summary.unitsMissing }} missing, {{ summary.unitsFound }} found)
          </p>
          <form (submit)="saveCounts($event, session)">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">Bin</th>
                  <th scope="col">Item</th>
                  <th scope="col">Counted</th>
                  <th scope="col">Expected</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                @for (line of summary.lines; track line.binId) {
                  <tr [attr.data-testid]="'session-line-' + line.binId">
                    <td>{{ binsById().get(line.binId)?.cabinetName }} · {{ binsById().get(line.binId)?.location }}</td>
                    <td>{{ binsById().get(line.binId)?.item?.description }}</td>
                    <td>
                      @if (line.state === 'not_counted' && session.status === 'open' && canWrite()) {
                        <input type="number" min="0" class="count" [attr.data-testid]="'session-count-' + line.binId" [attr.aria-label]="'Count for bin ' + line.binId" (input)="entered(line.binId, $event)" />
                      } @else {
                        {{ line.counted ?? '—' }}
                      }
                    </td>
                    <!-- Blind count: the expected number is shown only once the bin is counted. -->
                    <td>{{ line.state === 'not_counted' ? '—' : line.expected }}</td>
                    <td>
                      @switch (line.state) {
                        @case ('match') {
                          <span class="badge badge-ok">Match</span>
                        }
                        @case ('mismatch') {
                          <span class="badge badge-off">{{ (line.delta ?? 0) > 0 ? '+' : '' }}{{ line.delta }}</span>
                        }
                        @default {
                          <span class="muted">Not counted</span>
                        }
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
            @if (session.status === 'open' && canWrite()) {
              <div class="button-row">
                <button type="submit" class="btn" data-testid="session-save-counts" [disabled]="busy() || drafts().size === 0">Record counts</button>
                <button type="button" class="btn btn-primary" data-testid="session-sign-off" [disabled]="busy() || !summary.complete" (click)="signOff(session)">Sign off</button>
              </div>
            }
          </form>
        }
      </section>
    }

    <table class="data-table" data-testid="sessions-table">
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Scope</th>
          <th scope="col">By</th>
          <th scope="col">Status</th>
          <th scope="col"><span class="visually-hidden">Open</span></th>
        </tr>
      </thead>
      <tbody>
        @for (session of sessions() ?? []; track session.id) {
          <tr [attr.data-testid]="'session-row-' + session.id">
            <td>{{ session.startedAt | date: 'd MMM HH:mm' }}</td>
            <td>{{ session.scope }}</td>
            <td>{{ session.startedBy }}</td>
            <td>{{ session.status === 'open' ? 'Open' : 'Signed off ' + (session.signedOffAt | date: 'd MMM HH:mm') + ' by ' + session.signedOffBy }}</td>
            <td><button type="button" class="btn btn-small" [attr.data-testid]="'session-open-' + session.id" (click)="show(session.id)">Open</button></td>
          </tr>
        } @empty {
          <tr>
            <td colspan="5" class="muted">{{ sessions() === null ? 'Loading sessions…' : 'No count sessions yet.' }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: '../inventory-tab.css',
  styles: `
    .count {
      width: 5rem;
    }

    .panel {
      margin-bottom: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CountSessionsTabComponent {
  private readonly api = inject(InventoryApiService);
  private readonly auth = inject(AuthService);

  protected readonly canWrite = computed(() => this.auth.hasRole(INVENTORY_WRITERS));
  protected readonly sessions = signal<CountSession[] | null>(null);
  protected readonly cabinets = signal<CabinetStock[]>([]);
  protected readonly units = computed(() => [...new Set(this.cabinets().flatMap((cabinet) => (cabinet.unit === null ? [] : [cabinet.unit])))].sort());
  protected readonly bins = signal<Bin[]>([]);
  protected readonly binsById = computed(() => new Map(this.bins().map((bin) => [bin.id, bin])));
  protected readonly unit = signal('');
  protected readonly open = signal<CountSession | null>(null);
  protected readonly drafts = signal(new Map<number, number>());
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly loadError = signal<string | null>(null);

  constructor() {
    this.api.cabinets().subscribe({ next: (cabinets) => this.cabinets.set(cabinets), error: () => this.cabinets.set([]) });
    this.api.bins().subscribe({ next: (bins) => this.bins.set(bins), error: () => this.bins.set([]) });
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.api.countSessions().subscribe({
      next: (sessions) => this.sessions.set(sessions),
      error: (error: unknown) => this.loadError.set(apiErrorMessage(error, 'The count sessions could not be loaded.')),
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected start(event: Event): void {
    event.preventDefault();
    this.run(this.api.startCountSession({ unit: this.unit() }), 'The count could not be started.');
  }

  protected show(id: number): void {
    this.run(this.api.countSession(id), 'The count session could not be loaded.');
  }

  protected entered(binId: number, event: Event): void {
    const raw = (event.target as HTMLInputElement).value;
    const count = Number(raw);
    this.drafts.update((drafts) => {
      const next = new Map(drafts);
      if (raw === '' || !Number.isInteger(count) || count < 0) next.delete(binId);
      else next.set(binId, count);
      return next;
    });
  }

  protected saveCounts(event: Event, session: CountSession): void {
    event.preventDefault();
    const counts = [...this.drafts()].map(([binId, count]) => ({ binId, count, method: 'blind' as const }));
    if (counts.length === 0) return;
    this.run(this.api.addCounts(session.id, counts), 'The counts could not be recorded.');
  }

  protected signOff(session: CountSession): void {
    this.run(this.api.signOff(session.id), 'The session could not be signed off.');
  }

  protected exportCsv(session: CountSession): void {
    const rows = (session.reconciliation?.lines ?? []).map((line) => {
      const bin = this.binsById().get(line.binId);
      return [bin?.cabinetName, bin?.location, bin?.item.code, bin?.item.description, line.counted, line.state === 'not_counted' ? null : line.expected, line.delta, line.state];
    });
    downloadCsv(`count-session-${session.id}.csv`, toCsv([['Cabinet', 'Location', 'Code', 'Item', 'Counted', 'Expected', 'Difference', 'Result'], ...rows]));
  }

  private run(request: ReturnType<InventoryApiService['countSession']>, failure: string): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (session) => {
        this.busy.set(false);
        this.drafts.set(new Map());
        this.open.set(session);
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(error, failure));
      },
    });
  }
}
