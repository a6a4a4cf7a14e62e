import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { apiErrorMessage } from '../../../core/api/api-error';
import { HygieneApiService } from '../../../core/api/hygiene-api.service';
import type { CleaningKind, RoomCleaning, RoomEvent } from '../../../core/api/hygiene.models';

type EventType = RoomEvent['type'];

const EVENT_LABELS: Readonly<Record<EventType, string>> = {
  discharge: 'Patient discharged',
  isolation_started: 'Isolation started',
  isolation_ended: 'Isolation ended',
  cleaning_started: 'Clean started',
  cleaning_completed: 'Clean completed',
  verification: 'Verification (ATP or marker)',
};

/**
 * Records what happened in a room (infection control, admins): a discharge or isolation flag, a clean
 * started or completed, a verification. The server applies the rules and answers the room's new state.
 */
@Component({
  selector: 'ww-room-event-form',
  template: `
    <form class="event-form" novalidate (submit)="submit($event)" [attr.aria-label]="'Record an event for ' + room().roomName">
      <label>
        Event
        <select data-testid="room-event-type" (change)="type.set(valueOf($event))">
          @for (option of types; track option) {
            <option [value]="option" [selected]="option === type()">{{ labels[option] }}</option>
          }
        </select>
      </label>
      @if (needsKind()) {
        <label>
          Clean
          <select data-testid="room-event-kind" (change)="kind.set(valueOf($event))">
            <option value="daily" [selected]="kind() === 'daily'">Daily</option>
            <option value="terminal" [selected]="kind() === 'terminal'">Terminal</option>
            <option value="uv" [selected]="kind() === 'uv'">UV cycle</option>
          </select>
        </label>
      }
      @if (type() === 'verification') {
        <label>
          Method
          <select data-testid="room-event-method" (change)="method.set(valueOf($event))">
            <option value="atp" [selected]="method() === 'atp'">ATP</option>
            <option value="fluorescent" [selected]="method() === 'fluorescent'">Fluorescent marker</option>
          </select>
        </label>
        <label class="inline">
          <input type="checkbox" data-testid="room-event-passed" [checked]="passed()" (change)="passed.set(checkedOf($event))" />
          Passed
        </label>
      }
      <button type="submit" class="btn btn-small btn-primary" data-testid="room-event-submit" [disabled]="busy()">Record</button>
      <button type="button" class="btn btn-small" (click)="closed.emit()">Cancel</button>
    </form>
    @if (error(); as message) {
      <p class="field-error" role="alert" data-testid="room-event-error">{{ message }}</p>
    }
  `,
  styles: `
    .event-form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5rem;
    }

    label {
      display: flex;
      flex-direction: column;
      font-size: 0.85rem;
    }

    label.inline {
      flex-direction: row;
      align-items: center;
      gap: 0.3rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoomEventFormComponent {
  private readonly api = inject(HygieneApiService);

  readonly room = input.required<RoomCleaning>();
  /** The room's state after the event. */
  readonly recorded = output<RoomCleaning>();
  readonly closed = output<void>();

  protected readonly types = Object.keys(EVENT_LABELS) as EventType[];
  protected readonly labels = EVENT_LABELS;
  protected readonly type = signal<EventType>('cleaning_completed');
  protected readonly kind = signal<CleaningKind>('daily');
  protected readonly method = signal<'atp' | 'fluorescent'>('atp');
  protected readonly passed = signal(true);
  protected readonly needsKind = computed(() => this.type() === 'cleaning_started' || this.type() === 'cleaning_completed');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.api.recordRoomEvent(this.room().roomId, this.event()).subscribe({
      next: (room) => {
        this.busy.set(false);
        this.recorded.emit(room);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(error, 'The event could not be recorded.'));
      },
    });
  }

  private event(): RoomEvent {
    const type = this.type();
    if (type === 'cleaning_started' || type === 'cleaning_completed') return { type, kind: this.kind() };
    if (type === 'verification') return { type, method: this.method(), passed: this.passed() };
    return { type };
  }

  protected valueOf<T extends string>(event: Event): T {
    return (event.target as HTMLSelectElement).value as T;
  }

  protected checkedOf(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
