import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { PERIOD_PRESETS, type PeriodChoice, type PeriodPreset, customPeriod, dayOf, resolvePeriod } from './hygiene-period';

/**
 * The last 7, 30 or 90 days, or a custom first–last day. Emits each choice made; a preset chosen again
 * is emitted again, so the screen can ask the server again as of now.
 */
@Component({
  selector: 'ww-period-picker',
  template: `
    <div class="period" role="group" aria-label="Period">
      @for (days of presets; track days) {
        <button type="button" class="btn btn-small" [attr.aria-pressed]="shown() === days" [attr.data-testid]="testIdPrefix() + '-' + days" (click)="choosePreset(days)">
          Last {{ days }} days
        </button>
      }
      <button type="button" class="btn btn-small" [attr.aria-pressed]="shown() === 'custom'" [attr.data-testid]="testIdPrefix() + '-custom'" (click)="customOpen.set(true)">
        Custom…
      </button>
    </div>
    @if (shown() === 'custom') {
      <form class="custom" novalidate (submit)="applyCustom($event)">
        <label>
          First day
          <input type="date" [attr.data-testid]="testIdPrefix() + '-first'" [value]="firstDay()" (input)="firstDay.set(valueOf($event))" />
        </label>
        <label>
          Last day
          <input type="date" [attr.data-testid]="testIdPrefix() + '-last'" [value]="lastDay()" (input)="lastDay.set(valueOf($event))" />
        </label>
        <button type="submit" class="btn btn-small" [attr.data-testid]="testIdPrefix() + '-apply'">Show</button>
      </form>
      @if (error(); as message) {
        <p class="field-error" role="alert" [attr.data-testid]="testIdPrefix() + '-error'">{{ message }}</p>
      }
    }
  `,
  styles: `
    .period,
    .custom {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5rem;
    }

    .custom {
      margin-top: 0.5rem;
    }

    .custom label {
      display: flex;
      flex-direction: column;
      font-size: 0.9rem;
    }

    button[aria-pressed='true'] {
      border-color: var(--ww-blue);
      background: var(--ww-blue-soft);
      color: var(--ww-blue-dark);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodPickerComponent {
  /** The period the screen shows now. */
  readonly choice = input.required<PeriodChoice>();
  /** The longest custom period the server accepts here. */
  readonly maxDays = input.required<number>();
  readonly testIdPrefix = input('period');
  readonly chosen = output<PeriodChoice>();

  protected readonly presets = PERIOD_PRESETS;
  /** Custom opened and not applied yet; closed again whenever the screen's choice changes. */
  protected readonly customOpen = linkedSignal({ source: this.choice, computation: () => false });
  protected readonly shown = computed(() => (this.customOpen() ? 'custom' : this.choice().days));
  private readonly shownPeriod = computed(() => resolvePeriod(this.choice(), new Date()));
  protected readonly firstDay = linkedSignal(() => dayOf(new Date(this.shownPeriod().from)));
  protected readonly lastDay = linkedSignal(() => dayOf(new Date(Date.parse(this.shownPeriod().to) - 1)));
  /** The custom period typed, or what is wrong with it; said once the user asks for it. */
  private readonly custom = computed(() => customPeriod(this.firstDay(), this.lastDay(), this.maxDays()));
  private readonly asked = linkedSignal({ source: this.custom, computation: () => false });
  protected readonly error = computed(() => {
    const custom = this.custom();
    return this.asked() && 'error' in custom ? custom.error : null;
  });

  protected choosePreset(days: PeriodPreset): void {
    this.customOpen.set(false);
    this.chosen.emit({ days });
  }

  protected applyCustom(event: Event): void {
    event.preventDefault();
    this.asked.set(true);
    const custom = this.custom();
    if (!('error' in custom)) this.chosen.emit(custom);
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
