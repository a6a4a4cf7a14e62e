import { Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type Observable, Subject, catchError, filter, forkJoin, interval, map, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { HygieneApiService } from '../../core/api/hygiene-api.service';
import { LiveEventsService } from '../../core/realtime/live-events.service';
import type { RoomHygiene } from '../../map/hygiene.layer';

/** How often the figures are read again while the layer is shown. */
const REFRESH_MS = 60_000;
/** The compliance the map colours rooms by: the last week's. */
const COMPLIANCE_DAYS = 7;
/** Alerts whose change means a room's cleaning state or an excursion changed. */
const HYGIENE_ALERT_KINDS = /^(environment\.|hygiene\.)/;

const EMPTY_HYGIENE: RoomHygiene = { compliance: new Map(), cleaning: new Map(), openExcursions: new Set() };

/**
 * What the map's hygiene layer shows, for every room at once: last week's compliance by room, the
 * cleaning board and the excursions going on. Read when the layer is turned on, every minute while it
 * is, and when a hygiene or environment alert changes. Each part loads on its own: one failing leaves
 * the others shown and says what failed. One per map page.
 */
@Injectable()
export class FloorHygieneService {
  private readonly api = inject(HygieneApiService);
  private readonly loads = new Subject<void>();
  private shown = false;

  readonly hygiene = signal<RoomHygiene>(EMPTY_HYGIENE);
  readonly loadError = signal<string | null>(null);

  constructor() {
    this.loads
      .pipe(
        switchMap(() => this.read()),
        takeUntilDestroyed(),
      )
      .subscribe(({ hygiene, errors }) => {
        this.hygiene.set(hygiene);
        this.loadError.set(errors.length > 0 ? errors.join(' ') : null);
      });
    interval(REFRESH_MS)
      .pipe(
        filter(() => this.shown),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.reload());
    inject(LiveEventsService)
      .alerts$.pipe(
        filter(({ alert }) => this.shown && HYGIENE_ALERT_KINDS.test(alert.kind)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.reload());
  }

  /** The layer was turned on or off: on, it is read afresh. */
  show(on: boolean): void {
    this.shown = on;
    if (on) this.reload();
  }

  reload(): void {
    this.loads.next();
  }

  private read(): Observable<{ hygiene: RoomHygiene; errors: string[] }> {
    const now = new Date();
    const to = now.toISOString();
    const weekAgo = new Date(now.getTime() - COMPLIANCE_DAYS * 86_400_000).toISOString();
    // An excursion going on overlaps any period up to now; a minute back is enough to find it.
    const minuteAgo = new Date(now.getTime() - 60_000).toISOString();
    const errors: string[] = [];
    const part = <T>(request: Observable<T>, empty: T, failure: string): Observable<T> =>
      request.pipe(
        catchError((error: unknown) => {
          errors.push(apiErrorMessage(error, failure));
          return of(empty);
        }),
      );
    return forkJoin({
      compliance: part(
        this.api.compliance({ from: weekAgo, to, by: 'room' }).pipe(map((report) => new Map(report.groups.map((group) => [group.key, group])))),
        new Map(),
        'Compliance by room could not be loaded.',
      ),
      cleaning: part(
        this.api.cleaningBoard().pipe(map((rooms) => new Map(rooms.map((room) => [room.roomId, room])))),
        new Map(),
        'The cleaning board could not be loaded.',
      ),
      openExcursions: part(
        this.api.excursions({ from: minuteAgo, to }).pipe(map((excursions) => new Set(excursions.flatMap((excursion) => (excursion.endedAt === null && excursion.roomId !== null ? [excursion.roomId] : []))))),
        new Set<string>(),
        'The environment excursions could not be loaded.',
      ),
    }).pipe(map((hygiene) => ({ hygiene, errors })));
  }
}
