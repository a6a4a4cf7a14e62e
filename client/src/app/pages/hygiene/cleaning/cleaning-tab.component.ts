import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { interval } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { HygieneApiService } from '../../../core/api/hygiene-api.service';
import { CLEANING_STATES, CLEANING_STATE_LABELS, type CleaningState, type RoomCleaning } from '../../../core/api/hygiene.models';
import { CLEANING_STATE_COLOURS } from '../../../map/hygiene-style';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { isHygieneInvestigator } from '../hygiene-roles';
import { RoomEventFormComponent } from './room-event-form.component';

/** How often the board is read again: overdue is judged by the server's clock, and devices report cleans. */
const REFRESH_MS = 60_000;

interface UnitRooms {
  unit: string;
  rooms: RoomCleaning[];
}

/**
 * The room cleaning board: every patient-care room by unit with its cleaning state, overdue rooms
 * first and highlighted, the last clean and verification. Infection control and admins record
 * discharges, isolation flags and cleans here.
 */
@Component({
  selector: 'ww-cleaning-tab',
  imports: [DatePipe, RetryNoticeComponent, RoomEventFormComponent],
  template: `
    <div class="section-heading">
      <h2>Cleaning board</h2>
      <p class="muted">Read again every minute. Rules: a discharge or the end of isolation requires a terminal clean within 2 h; a daily clean is due 24 h after the last.</p>
    </div>
    @if (loadError(); as message) {
      <ww-retry-notice [message]="message" (retry)="load()" />
    }
    <div class="figures" data-testid="cleaning-summary">
      @for (state of states; track state) {
        <div>
          <span><span class="swatch" [style.background]="colours[state]" aria-hidden="true"></span>{{ labels[state] }}</span>
          <strong [attr.data-testid]="'cleaning-count-' + state">{{ counts()[state] }}</strong>
        </div>
      }
      <div>
        <span>Overdue</span>
        <strong data-testid="cleaning-count-overdue">{{ overdueCount() }}</strong>
      </div>
    </div>
    <div class="filters">
      <label>
        Unit
        <select data-testid="cleaning-unit" (change)="unit.set(valueOf($event))">
          <option value="">All units</option>
          @for (group of units(); track group.unit) {
            <option [value]="group.unit">{{ group.unit }}</option>
          }
        </select>
      </label>
    </div>
    @for (group of shownUnits(); track group.unit) {
      <section [attr.aria-label]="group.unit">
        <h3>{{ group.unit }}</h3>
        <div class="table-scroll">
          <table class="data-table" [attr.data-testid]="'cleaning-unit-' + group.unit">
            <thead>
              <tr>
                <th scope="col">Room</th>
                <th scope="col">State</th>
                <th scope="col">Due by</th>
                <th scope="col">Last clean</th>
                <th scope="col">Last terminal clean</th>
                <th scope="col">Last verification</th>
                @if (canRecord()) {
                  <th scope="col"><span class="visually-hidden">Actions</span></th>
                }
              </tr>
            </thead>
            <tbody>
              @for (room of group.rooms; track room.roomId) {
                <tr [class.overdue]="room.overdue" [attr.data-testid]="'cleaning-row-' + room.roomId" [attr.data-state]="room.state">
                  <td>
                    {{ room.roomName }}
                    @if (room.isolation) {
                      <span class="badge badge-off">Isolation</span>
                    }
                  </td>
                  <td>
                    <span class="swatch" [style.background]="colours[room.state]" aria-hidden="true"></span>{{ labels[room.state] }}
                    @if (room.overdue) {
                      <span class="badge badge-off" data-testid="overdue">Overdue</span>
                    }
                  </td>
                  <td>{{ room.dueBy ? (room.dueBy | date: 'd MMM, HH:mm') : '—' }}</td>
                  <td>{{ room.lastCleanedAt ? (room.lastCleanedAt | date: 'd MMM, HH:mm') : 'none on record' }}</td>
                  <td>{{ room.lastTerminalCleanAt ? (room.lastTerminalCleanAt | date: 'd MMM, HH:mm') : '—' }}</td>
                  <td>
                    @if (room.lastVerification; as check) {
                      <span class="badge" [class.badge-ok]="check.passed" [class.badge-off]="!check.passed">{{ check.passed ? 'Passed' : 'Failed' }}</span>
                      {{ check.method === 'atp' ? 'ATP' : 'Marker' }}{{ check.value !== null ? ' ' + check.value + ' RLU' : '' }}, {{ check.at | date: 'd MMM, HH:mm' }}
                    } @else {
                      —
                    }
                  </td>
                  @if (canRecord()) {
                    <td>
                      @if (recordingFor() === room.roomId) {
                        <ww-room-event-form [room]="room" (recorded)="put($event)" (closed)="recordingFor.set(null)" />
                      } @else {
                        <button type="button" class="btn btn-small" [attr.data-testid]="'record-event-' + room.roomId" (click)="recordingFor.set(room.roomId)">Record event</button>
                      }
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    } @empty {
      <p class="muted">{{ rooms() === null ? 'Loading rooms…' : 'No patient-care rooms on the floor plans.' }}</p>
    }
    @if (recordedMessage(); as message) {
      <p class="notice notice-success" role="status" data-testid="room-event-recorded">{{ message }}</p>
    }
  `,
  styleUrl: '../hygiene-tab.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CleaningTabComponent {
  private readonly api = inject(HygieneApiService);

  protected readonly states = CLEANING_STATES;
  protected readonly labels = CLEANING_STATE_LABELS;
  protected readonly colours = CLEANING_STATE_COLOURS;
  protected readonly canRecord = isHygieneInvestigator();

  protected readonly rooms = signal<RoomCleaning[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly unit = signal('');
  protected readonly recordingFor = signal<string | null>(null);
  protected readonly recordedMessage = signal<string | null>(null);

  /** Units by name (rooms of no unit last), overdue rooms first, then by name. */
  protected readonly units = computed((): UnitRooms[] => {
    const byUnit = new Map<string, RoomCleaning[]>();
    for (const room of this.rooms() ?? []) {
      const unit = room.unit ?? 'No unit';
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), room]);
    }
    return [...byUnit.entries()]
      .sort(([a], [b]) => (a === 'No unit' ? 1 : b === 'No unit' ? -1 : a.localeCompare(b)))
      .map(([unit, rooms]) => ({ unit, rooms: rooms.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.roomName.localeCompare(b.roomName, undefined, { numeric: true })) }));
  });
  protected readonly shownUnits = computed(() => this.units().filter((group) => this.unit() === '' || group.unit === this.unit()));
  protected readonly counts = computed(() => {
    const counts: Record<CleaningState, number> = { clean: 0, dirty: 0, in_progress: 0, needs_terminal_clean: 0 };
    for (const room of this.rooms() ?? []) counts[room.state]++;
    return counts;
  });
  protected readonly overdueCount = computed(() => (this.rooms() ?? []).filter((room) => room.overdue).length);

  constructor() {
    this.load();
    interval(REFRESH_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.load());
  }

  protected load(): void {
    this.loadError.set(null);
    this.api.cleaningBoard().subscribe({
      next: (rooms) => this.rooms.set(rooms),
      error: (error: unknown) => this.loadError.set(apiErrorMessage(error, 'The cleaning board could not be loaded.')),
    });
  }

  /** A room's state as the server answered it after an event. */
  protected put(room: RoomCleaning): void {
    this.rooms.update((rooms) => (rooms ?? []).map((other) => (other.roomId === room.roomId ? room : other)));
    this.recordingFor.set(null);
    this.recordedMessage.set(`Recorded for ${room.roomName}: now ${CLEANING_STATE_LABELS[room.state].toLowerCase()}.`);
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
