import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ASSET_STATUS_LABELS, type AssetStatus } from '../core/api/equipment.models';
import { ASSET_STATUS_COLOURS } from '../map/equipment-style';

/**
 * An asset's status as a pill in the colour its marker has on the map, marked "soiled" when its
 * movements soiled it (hygiene) while its status does not say so already.
 */
@Component({
  selector: 'ww-asset-status-badge',
  template: `<span class="badge status-badge" [attr.data-status]="status()" [attr.data-soiled]="soiledByHygiene() || null"
    ><span class="dot" [style.background]="colour()" aria-hidden="true"></span>{{ label() }}
    @if (soiledByHygiene()) {
      <span class="soiled" title="Soiled by where it went: left an isolation room or entered a soiled utility room. Not offered as available until cleaned."
        >· soiled</span
      >
    }</span
  >`,
  styles: `
    .status-badge {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      color: var(--ww-text);
    }

    .dot {
      width: 0.65rem;
      height: 0.65rem;
      border-radius: 50%;
    }

    .soiled {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetStatusBadgeComponent {
  readonly status = input.required<AssetStatus>();
  /** The asset's `hygiene.soiled`. */
  readonly soiled = input(false);
  protected readonly label = computed(() => ASSET_STATUS_LABELS[this.status()] ?? this.status());
  protected readonly colour = computed(() => ASSET_STATUS_COLOURS[this.status()] ?? '#52606d');
  protected readonly soiledByHygiene = computed(() => this.soiled() && this.status() !== 'soiled');
}
