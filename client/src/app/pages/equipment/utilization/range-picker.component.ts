import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal, untracked } from '@angular/core';
import { RANGE_PRESETS, type RangeChoice, type RangePresetId, customRange, localInputValue, resolveRange } from './time-range';

/**
 * Last 24 h / 7 days / 30 days, or a custom from–to typed in the browser's zone. Shows the screen's
 * current choice and emits each one made; a preset chosen again is emitted again (it ends at the new
 * now), so the screen can ask the server again.
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
  /** The range the screen shows now. */
  readonly choice = input.required<RangeChoice>();
  readonly chosen = output<RangeChoice>();

  protected readonly options: { id: RangePresetId | 'custom'; label: string }[] = [...RANGE_PRESETS, { id: 'custom', label: 'Custom…' }];
  /** Custom opened but not applied yet. */
  private readonly customOpen = signal(false);
  protected readonly selected = computed(() => (this.customOpen() ? 'custom' : this.choice().preset));
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly error = signal<string | null>(null);

  constructor() {
    // The custom fields start from the range shown: a custom one as it is, a preset as of now.
    effect(() => {
      const choice = this.choice();
      untracked(() => {
        this.customOpen.set(false);
        const range = resolveRange(choice, Date.now());
        this.from.set(localInputValue(range.from));
        this.to.set(localInputValue(range.to));
      });
    });
  }

  protected choose(option: RangePresetId | 'custom'): void {
    this.error.set(null);
    if (option === 'custom') {
      this.customOpen.set(true);
      return;
    }
    this.customOpen.set(false);
    this.chosen.emit({ preset: option });
  }

  protected applyCustom(event: Event): void {
    event.preventDefault();
    const choice = customRange(Date.parse(this.from()), Date.parse(this.to()));
    if ('error' in choice) {
      this.error.set(choice.error);
      return;
    }
    this.error.set(null);
    this.chosen.emit(choice);
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
