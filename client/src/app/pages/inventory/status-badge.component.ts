import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { BIN_STATUS_LABELS, type BinStatus } from '../../core/api/inventory.models';
import { BIN_STATUS_COLOURS } from '../../map/inventory-style';

/** A bin status as a coloured label. */
@Component({
  selector: 'ww-bin-status',
  template: `<span class="badge" [style.background]="colour()" [attr.data-status]="status()">{{ label() }}</span>`,
  styles: `
    .badge {
      color: #fff;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BinStatusBadgeComponent {
  readonly status = input.required<BinStatus>();
  protected readonly colour = computed(() => BIN_STATUS_COLOURS[this.status()]);
  protected readonly label = computed(() => BIN_STATUS_LABELS[this.status()]);
}
