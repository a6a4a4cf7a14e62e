import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BIN_STATUS_LABELS, type BinStatus } from '../../core/api/inventory.models';
import { BIN_STATUS_COLOURS } from '../../map/inventory-style';

/** A bin's level as a bar against its maximum, with marks at the reorder point and par; the colour is the server's status. */
@Component({
  selector: 'ww-level-gauge',
  template: `
    <div
      class="gauge"
      role="meter"
      [attr.aria-valuenow]="expected()"
      aria-valuemin="0"
      [attr.aria-valuemax]="maximum()"
      [attr.aria-label]="label()"
      [attr.title]="label()"
    >
      <div class="fill" [style.width.%]="fillPercent()" [style.background]="colour()"></div>
      <div class="mark reorder" [style.left.%]="percent(reorderPoint())"></div>
      <div class="mark par" [style.left.%]="percent(par())"></div>
    </div>
  `,
  styles: `
    .gauge {
      position: relative;
      width: 8rem;
      height: 0.8rem;
      border: 1px solid #9aa5b1;
      border-radius: 3px;
      background: #f2f4f7;
      overflow: hidden;
    }

    .fill {
      height: 100%;
    }

    .mark {
      position: absolute;
      top: 0;
      bottom: 0;
      width: 2px;
    }

    .reorder {
      background: #b54708;
    }

    .par {
      background: #344054;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LevelGaugeComponent {
  readonly expected = input.required<number>();
  readonly par = input.required<number>();
  readonly reorderPoint = input.required<number>();
  readonly maximum = input.required<number>();
  readonly status = input.required<BinStatus>();

  protected readonly colour = computed(() => BIN_STATUS_COLOURS[this.status()]);
  protected readonly fillPercent = computed(() => this.percent(Math.max(0, this.expected())));
  protected readonly label = computed(
    () => `${this.expected()} of par ${this.par()} (reorder at ${this.reorderPoint()}, maximum ${this.maximum()}): ${BIN_STATUS_LABELS[this.status()]}`,
  );

  protected percent(value: number): number {
    return this.maximum() <= 0 ? 0 : Math.min(100, (value / this.maximum()) * 100);
  }
}
