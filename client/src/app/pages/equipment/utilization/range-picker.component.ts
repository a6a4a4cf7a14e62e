import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { TimeRange } from '../../../core/api/equipment.models';
import { RANGE_PRESETS, type RangePresetId, customRange, presetRange } from './time-range';

/**
 * Last 24 h / 7 days / 30 days, or a custom from–to. Emits the range each time one is chosen (a preset
 * chosen again ends at the new now), so the screen asks the server again.
 */
@Component({
  selector: 'ww-range-picker',
  template: `
    <div class="range" role="group" [attr.aria-label]="label()">
      <div class="button-row presets">
        @for (option of options; track option.id) {
          <button
            type="button"
            class="btn btn-small"
            [attr.aria-pressed]="selected() === option.id"
            [attr.data-testid]="testIdPrefix() + '-' + option.id"
            (click)="choose(option.id)"
          >
            {{ option.label }}
          </button>
        }
      </div>
      @if (selected() === 'custom') {
        <form class="custom" (submit)="applyCustom($event)" novalidate>
          <div class="field">
            <label [for]="testIdPrefix() + '-from'">From</label>
            <input type="datetime-local" [id]="testIdPrefix() + '-from'" [attr.data-testid]="testIdPrefix() + '-from'" [value]="from()" (input)="from.set(valueOf($event))" />
          </div>
          <div class="field">
            <label [for]="testIdPrefix() + '-to'">To</label>
            <input type="datetime-local" [id]="testIdPrefix() + '-to'" [attr.data-testid]="testIdPrefix() + '-to'" [value]="to()" (input)="to.set(valueOf($event))" />
          </div>
          <button type="submit" class="btn btn-small" [attr.data-testid]="testIdPrefix() + '-apply'">Show</button>
        </form>
        @if (error(); as message) {
          <p class="field-error" role="alert" [attr.data-testid]="testIdPrefix() + '-error'">{{ message }}</p>
        }
      }
    </div>
  `,
  styles: `
    .presets button[aria-pressed='true'] {
      border-color: var(--ww-blue);
      background: var(--ww-blue-soft);
      color: var(--ww-blue-dark);
      font-weight: 600;
    }

    .custom {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0 0.75rem;
      margin-top: 0.5rem;
    }

    .custom .field {
      margin-bottom: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RangePickerComponent {
  /** What the group is for, for screen readers. */
  readonly label = input('Time range');
  readonly testIdPrefix = input('range');
  /** The preset shown as chosen at first (the screen asks for it itself). */
  readonly initial = input<RangePresetId>('7d');
  readonly picked = output<TimeRange>();

  protected readonly options: { id: RangePresetId | 'custom'; label: string }[] = [...RANGE_PRESETS, { id: 'custom', label: 'Custom…' }];
  private readonly chosen = signal<RangePresetId | 'custom' | null>(null);
  protected readonly selected = computed(() => this.chosen() ?? this.initial());
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly error = signal<string | null>(null);

  /** A preset asks at once; custom waits for its dates. */
  protected choose(option: RangePresetId | 'custom'): void {
    this.chosen.set(option);
    this.error.set(null);
    if (option !== 'custom') this.picked.emit(presetRange(option, Date.now()));
  }

  protected applyCustom(event: Event): void {
    event.preventDefault();
    const range = customRange(this.from(), this.to());
    if ('error' in range) {
      this.error.set(range.error);
      return;
    }
    this.error.set(null);
    this.picked.emit(range);
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
