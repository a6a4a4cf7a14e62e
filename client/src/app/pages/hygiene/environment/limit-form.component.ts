import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { Observable } from 'rxjs';
import { apiErrorMessage, fieldIssues } from '../../../core/api/api-error';
import { HygieneApiService } from '../../../core/api/hygiene-api.service';
import { type EnvironmentMeasure, type LimitOverride, MEASURE_LOOKS, type SensorLimit } from '../../../core/api/hygiene.models';
import { FieldControlDirective } from '../../../shared/field-control.directive';
import { FormFieldComponent } from '../../../shared/form-field.component';

const MINUTE = 60_000;

/** The form's fields, each named as the server names it in a 400's `issues`. */
const LIMIT_FIELDS = ['min', 'max', 'clearMargin', 'startDelayMs'] as const;
type LimitField = (typeof LIMIT_FIELDS)[number];

/** The values the form starts from: the limit in force, the start delay in minutes. */
function initialValues(limit: SensorLimit | null): Record<LimitField, string> {
  const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return { min: text(limit?.min), max: text(limit?.max), clearMargin: text(limit?.clearMargin), startDelayMs: text(limit === null ? null : limit.startDelayMs / MINUTE) };
}

/**
 * A room's own limit for a measure of its air (infection control, admins): the range, the clear margin
 * and the start delay, set (PUT) or removed (DELETE) on the server, which checks them and answers a
 * 400 naming the field at fault; that message is shown under the field. A field left empty is left
 * out: no bound, or the default's timing.
 */
@Component({
  selector: 'ww-limit-form',
  imports: [FormFieldComponent, FieldControlDirective],
  template: `
    <form class="limit-form" novalidate data-testid="limit-form" (submit)="submit($event)" [attr.aria-label]="'Limits of ' + looks().label.toLowerCase() + ' in ' + roomName()">
      <ww-form-field label="Min ({{ looks().unit }})" fieldId="limit-min" [error]="errors()['min'] ?? null">
        <input wwFieldControl type="number" step="any" data-testid="limit-min" [value]="values().min" (input)="set('min', $event)" />
      </ww-form-field>
      <ww-form-field label="Max ({{ looks().unit }})" fieldId="limit-max" [error]="errors()['max'] ?? null">
        <input wwFieldControl type="number" step="any" data-testid="limit-max" [value]="values().max" (input)="set('max', $event)" />
      </ww-form-field>
      <ww-form-field label="Clear margin ({{ looks().unit }})" fieldId="limit-clear-margin" hint="Back inside by this much clears the alarm." [error]="errors()['clearMargin'] ?? null">
        <input wwFieldControl type="number" step="any" min="0" data-testid="limit-clear-margin" [value]="values().clearMargin" (input)="set('clearMargin', $event)" />
      </ww-form-field>
      <ww-form-field label="Start delay (min)" fieldId="limit-start-delay" hint="Out of range for less raises nothing." [error]="errors()['startDelayMs'] ?? null">
        <input wwFieldControl type="number" step="any" min="0" data-testid="limit-start-delay" [value]="values().startDelayMs" (input)="set('startDelayMs', $event)" />
      </ww-form-field>
      <div class="actions">
        <button type="submit" class="btn btn-small btn-primary" data-testid="limit-save" [disabled]="busy()">Save override</button>
        @if (overridden()) {
          <button type="button" class="btn btn-small" data-testid="limit-remove" [disabled]="busy()" (click)="remove()">Back to default</button>
        }
        <button type="button" class="btn btn-small" (click)="closed.emit()">Cancel</button>
      </div>
    </form>
    @if (error(); as message) {
      <p class="field-error" role="alert" data-testid="limit-error">{{ message }}</p>
    }
  `,
  styles: `
    .limit-form {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.75rem;
    }

    .actions {
      display: flex;
      gap: 0.5rem;
      align-self: flex-end;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LimitFormComponent {
  private readonly api = inject(HygieneApiService);

  readonly roomId = input.required<string>();
  readonly roomName = input.required<string>();
  readonly measure = input.required<EnvironmentMeasure>();
  /** The limit in force in the room now; null where the measure has none. */
  readonly limit = input.required<SensorLimit | null>();
  /** The override was set or removed: the limits in force have changed. */
  readonly changed = output<void>();
  readonly closed = output<void>();

  protected readonly looks = computed(() => MEASURE_LOOKS[this.measure()]);
  protected readonly overridden = computed(() => this.limit()?.source === 'override');
  private readonly edits = signal<Partial<Record<LimitField, string>>>({});
  protected readonly values = computed(() => ({ ...initialValues(this.limit()), ...this.edits() }));
  protected readonly errors = signal<Partial<Record<string, string>>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected set(field: LimitField, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.edits.update((edits) => ({ ...edits, [field]: value }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.send(this.api.setLimit(this.roomId(), this.measure(), this.override()), 'The limit could not be saved.');
  }

  protected remove(): void {
    this.send(this.api.removeLimit(this.roomId(), this.measure()), 'The override could not be removed.');
  }

  /** What the form asks for; an empty field is left out. */
  private override(): LimitOverride {
    const values = this.values();
    const number = (field: LimitField) => (values[field].trim() === '' ? undefined : Number(values[field]));
    const startDelay = number('startDelayMs');
    const override: LimitOverride = { min: number('min'), max: number('max'), clearMargin: number('clearMargin'), startDelayMs: startDelay === undefined ? undefined : Math.round(startDelay * MINUTE) };
    return Object.fromEntries(Object.entries(override).filter(([, value]) => value !== undefined));
  }

  private send(request: Observable<unknown>, failure: string): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.errors.set({});
    this.error.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.edits.set({});
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const issues = fieldIssues(error);
        const shown = issues.filter((issue) => (LIMIT_FIELDS as readonly string[]).includes(issue.field));
        this.errors.set(Object.fromEntries(shown.map((issue) => [issue.field, issue.message])));
        // Anything the form has no field for is said as a whole.
        if (shown.length === 0 || shown.length < issues.length) this.error.set(apiErrorMessage(error, failure));
      },
    });
  }
}
