import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { EMPTY, Subject, auditTime, catchError, merge, switchMap } from 'rxjs';
import { AlertsApiService } from '../api/alerts-api.service';
import type { AlertSummary } from '../api/alerts.models';
import { AuthService } from '../auth/auth.service';
import { LiveEventsService } from './live-events.service';

/** Checks raise alerts in bursts: one summary request per this long, however many arrive. */
export const SUMMARY_REFRESH_MS = 1_000;

/**
 * Open alerts counted by kind, for the navigation badge and the alert kind names. Asked again from the
 * server after live alert events (rather than counted here, so a missed or repeated event cannot
 * leave the badge wrong for long) and whenever the stream reconnects.
 */
@Injectable({ providedIn: 'root' })
export class AlertSummaryService {
  private readonly api = inject(AlertsApiService);
  private readonly live = inject(LiveEventsService);
  private readonly current = signal<AlertSummary | null>(null);
  private readonly requested = new Subject<void>();

  readonly summary = this.current.asReadonly();
  readonly openCount = computed(() => this.current()?.open ?? 0);
  readonly kindLabels = computed(() => new Map((this.current()?.byKind ?? []).map((entry) => [entry.kind, entry.label])));

  constructor() {
    merge(this.requested, this.live.resyncs$, this.live.alerts$.pipe(auditTime(SUMMARY_REFRESH_MS)))
      .pipe(switchMap(() => this.api.summary().pipe(catchError(() => EMPTY))))
      .subscribe((summary) => this.current.set(summary));
    const auth = inject(AuthService);
    effect(() => {
      if (!auth.isSignedIn()) this.current.set(null);
    });
  }

  refresh(): void {
    this.requested.next();
  }

  /** `equipment.missing` → "Equipment missing", once the summary has been loaded. */
  kindLabel(kind: string): string {
    return this.kindLabels().get(kind) ?? kind;
  }
}
