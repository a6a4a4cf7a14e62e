import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type Observable, catchError, map, merge, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { AlertsApiService } from '../../core/api/alerts-api.service';
import { ALERT_ACTOR_ROLES, ALERT_SEVERITY_LABELS, type Alert } from '../../core/api/alerts.models';
import { AuthService } from '../../core/auth/auth.service';
import { AlertSummaryService } from '../../core/realtime/alert-summary.service';
import { LiveEventsService } from '../../core/realtime/live-events.service';
import { RetryNoticeComponent } from '../../shared/retry-notice.component';
import { AlertActionDialogComponent, type AlertAction } from './alert-action-dialog.component';
import { ALERT_TABS, type AlertTab, withAlert } from './alert-list';

export const ALERTS_PAGE_SIZE = 50;

type AlertsLoad = { alerts: Alert[]; error: null } | { alerts: null; error: string };

/**
 * Every feature's alerts in one list: open (all unresolved), acknowledged, resolved, by kind, newest
 * first. Alerts raised or changed elsewhere arrive live. People whose role may act acknowledge and
 * resolve from here; the server decides per kind and says so when it refuses.
 */
@Component({
  selector: 'ww-alerts-page',
  imports: [DatePipe, RouterLink, RetryNoticeComponent, AlertActionDialogComponent],
  templateUrl: './alerts.page.html',
  styles: `
    .kind-filter {
      min-width: 14rem;
      margin: 0;
    }

    .title {
      font-weight: 600;
    }

    .small {
      font-size: 0.85rem;
    }

    .nowrap {
      white-space: nowrap;
    }

    .who {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
    }

    .note {
      color: var(--ww-muted);
      font-size: 0.88rem;
    }

    .actions {
      flex-wrap: nowrap;
      justify-content: flex-end;
    }

    .severity[data-severity='critical'] {
      background: var(--ww-danger);
      color: #fff;
    }

    .severity[data-severity='warning'] {
      background: var(--ww-warning-soft);
      color: var(--ww-warning);
    }

    tr.is-new td {
      background: var(--ww-warning-soft);
    }

    .badge-new {
      margin-left: 0.4rem;
      background: var(--ww-blue);
      color: #fff;
    }

    .more {
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsPage {
  private readonly api = inject(AlertsApiService);
  private readonly auth = inject(AuthService);
  private readonly summary = inject(AlertSummaryService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** `?tab=acknowledged|resolved`; open by default. */
  readonly tab = input<string>();
  /** `?kind=equipment.missing`. */
  readonly kind = input<string>();

  protected readonly tabs = ALERT_TABS;
  protected readonly currentTab = computed((): AlertTab => ALERT_TABS.find((tab) => tab.id === this.tab())?.id ?? 'open');
  protected readonly kindFilter = computed(() => this.kind() || null);
  protected readonly kinds = computed(() => this.summary.summary()?.byKind ?? []);
  /** Who may act on each kind, from the summary; until it is there, whoever may act on alerts at all (the server decides). */
  private readonly actorsByKind = computed(() => new Map(this.kinds().map((kind) => [kind.kind, kind.actingRoles])));

  protected readonly alerts = signal<Alert[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly hasMore = signal(false);
  /** Alerts raised while the page was open. */
  protected readonly arrived = signal<ReadonlySet<number>>(new Set());
  protected readonly announcement = signal('');
  protected readonly message = signal<string | null>(null);
  protected readonly acting = signal<{ alert: Alert; action: AlertAction } | null>(null);

  protected canAct(alert: Alert): boolean {
    return this.auth.hasRole(this.actorsByKind().get(alert.kind) ?? ALERT_ACTOR_ROLES);
  }

  protected readonly emptyText = computed(() => {
    switch (this.currentTab()) {
      case 'open':
        return 'No open alerts.';
      case 'acknowledged':
        return 'No acknowledged alerts waiting to be resolved.';
      case 'resolved':
        return 'No resolved alerts yet.';
    }
  });

  constructor() {
    // The kind names come from the summary; the shell keeps it, this makes sure it is there.
    if (this.summary.summary() === null) this.summary.refresh();

    const live = inject(LiveEventsService);
    const filter = computed(() => ({ tab: this.currentTab(), kind: this.kindFilter() }), { equal: (a, b) => a.tab === b.tab && a.kind === b.kind });
    // Another tab or kind starts from an empty list; after the stream reconnected (events may have been
    // missed, and the server does not replay them) the first page is read again in place.
    merge(
      toObservable(filter).pipe(map((current) => ({ ...current, fresh: true }))),
      live.resyncs$.pipe(map(() => ({ ...filter(), fresh: false }))),
    )
      .pipe(
        switchMap(({ tab, kind, fresh }) => {
          this.loading.set(true);
          this.error.set(null);
          if (fresh) this.alerts.set([]);
          return this.page(tab, kind);
        }),
        takeUntilDestroyed(),
      )
      .subscribe((load) => this.show(load, false));

    live.alerts$
      .pipe(takeUntilDestroyed())
      .subscribe(({ action, alert }) => {
        const before = this.alerts().some((shown) => shown.id === alert.id);
        this.alerts.update((alerts) => withAlert(alerts, alert, this.currentTab(), this.kindFilter()));
        if (action === 'raised') {
          this.arrived.update((ids) => new Set([...ids, alert.id]));
          if (!before) this.announcement.set(`New alert: ${alert.title}`);
        }
      });
  }

  protected severityLabel(alert: Alert): string {
    return ALERT_SEVERITY_LABELS[alert.severity] ?? alert.severity;
  }

  protected kindLabel(kind: string): string {
    return this.summary.kindLabel(kind);
  }

  protected mapLink(alert: Alert): Record<string, string> {
    return alert.subjectType === 'asset' ? { floor: alert.floorId ?? '', asset: alert.subjectId } : { floor: alert.floorId ?? '' };
  }

  protected chooseKind(event: Event): void {
    const kind = (event.target as HTMLSelectElement).value;
    void this.router.navigate([], { relativeTo: this.route, queryParams: { kind: kind || null }, queryParamsHandling: 'merge' });
  }

  protected loadMore(): void {
    const oldest = this.alerts().at(-1);
    this.loading.set(true);
    this.error.set(null);
    this.page(this.currentTab(), this.kindFilter(), oldest?.id).subscribe((load) => this.show(load, true));
  }

  protected retry(): void {
    this.loadMore();
  }

  protected open(alert: Alert, action: AlertAction): void {
    this.message.set(null);
    this.acting.set({ alert, action });
  }

  protected closeDialog(): void {
    this.acting.set(null);
  }

  protected applied(alert: Alert, action: AlertAction): void {
    this.alerts.update((alerts) => withAlert(alerts, alert, this.currentTab(), this.kindFilter()));
    this.message.set(action === 'resolve' ? `Resolved: ${alert.title}.` : `Acknowledged: ${alert.title}.`);
  }

  private page(tab: AlertTab, kind: string | null, before?: number): Observable<AlertsLoad> {
    return this.api.alerts({ state: tab, kind: kind ? [kind] : undefined, limit: ALERTS_PAGE_SIZE, before }).pipe(
      map((alerts): AlertsLoad => ({ alerts, error: null })),
      catchError((error: unknown) => of<AlertsLoad>({ alerts: null, error: apiErrorMessage(error, 'The alerts could not be loaded.') })),
    );
  }

  private show(load: AlertsLoad, append: boolean): void {
    this.loading.set(false);
    if (load.alerts === null) {
      this.error.set(load.error);
      return;
    }
    const page = load.alerts;
    this.hasMore.set(page.length === ALERTS_PAGE_SIZE);
    this.alerts.update((alerts) => {
      if (!append) return page;
      // A live change may already have put one of these in the list.
      const shown = new Set(alerts.map((alert) => alert.id));
      return [...alerts, ...page.filter((alert) => !shown.has(alert.id))];
    });
  }
}
