import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { apiErrorMessage } from '../../core/api/api-error';
import { AlertsApiService } from '../../core/api/alerts-api.service';
import type { Alert } from '../../core/api/alerts.models';
import { DialogComponent } from '../../shared/dialog.component';

export type AlertAction = 'acknowledge' | 'resolve';

/** The server's limit on a note. */
const MAX_NOTE_LENGTH = 2000;

/**
 * Acknowledge ("I have seen this and am on it", note optional) or resolve (what was done, note
 * required) one alert. The server may refuse: someone was first (409), or the role may not act on
 * this kind (403); its message says which.
 */
@Component({
  selector: 'ww-alert-action-dialog',
  imports: [DialogComponent],
  template: `
    <ww-dialog [heading]="heading()" (closed)="closed.emit()">
      <form [attr.data-testid]="'alert-' + action() + '-dialog'" (submit)="submit($event)" novalidate>
        <p class="subject">{{ alert().title }}</p>
        <div class="field">
          <label for="alert-note">
            {{ action() === 'resolve' ? 'What was done' : 'Note' }}
            @if (action() === 'acknowledge') {
              <span class="muted">(optional)</span>
            }
          </label>
          <textarea
            id="alert-note"
            data-testid="alert-note"
            rows="3"
            [maxLength]="maxNoteLength"
            [value]="note()"
            [attr.aria-invalid]="missingNote() ? 'true' : null"
            [attr.aria-describedby]="missingNote() ? 'alert-note-error' : null"
            (input)="typed($event)"
          ></textarea>
          @if (missingNote()) {
            <p id="alert-note-error" class="field-error">Say what was done: the note stays with the alert.</p>
          }
        </div>
        @if (error(); as message) {
          <p class="notice notice-error" role="alert" data-testid="alert-action-error">{{ message }}</p>
        }
        <div class="button-row">
          <button type="submit" class="btn btn-primary" data-testid="alert-action-submit" [disabled]="busy()">
            {{ busy() ? 'Saving…' : action() === 'resolve' ? 'Resolve' : 'Acknowledge' }}
          </button>
          <button type="button" class="btn" (click)="closed.emit()">Cancel</button>
        </div>
      </form>
    </ww-dialog>
  `,
  styles: `
    .subject {
      font-weight: 600;
    }

    textarea {
      min-height: 4.5rem;
      resize: vertical;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertActionDialogComponent {
  private readonly api = inject(AlertsApiService);

  readonly alert = input.required<Alert>();
  readonly action = input.required<AlertAction>();
  readonly done = output<Alert>();
  readonly closed = output<void>();

  protected readonly maxNoteLength = MAX_NOTE_LENGTH;
  protected readonly heading = computed(() => (this.action() === 'resolve' ? 'Resolve alert' : 'Acknowledge alert'));
  protected readonly note = signal('');
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly missingNote = computed(() => this.action() === 'resolve' && this.submitted() && this.note().trim() === '');

  protected typed(event: Event): void {
    this.note.set((event.target as HTMLTextAreaElement).value);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    const note = this.note().trim();
    if (this.missingNote() || this.busy()) return;
    const id = this.alert().id;
    const request = this.action() === 'resolve' ? this.api.resolve(id, note) : this.api.acknowledge(id, note || undefined);
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (alert) => {
        this.busy.set(false);
        this.done.emit(alert);
        this.closed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorMessage(error, 'The alert could not be updated.'));
      },
    });
  }
}
