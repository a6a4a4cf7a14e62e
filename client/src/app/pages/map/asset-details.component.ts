import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Asset, AssetTrail } from '../../core/api/equipment.models';
import { AssetStatusBadgeComponent } from '../../shared/asset-status-badge.component';
import { confidencePercent, roomLabel } from '../../shared/equipment-format';

/** The selected piece of equipment: status, type, where it is and how sure that is, and its trail. */
@Component({
  selector: 'ww-asset-details',
  imports: [DatePipe, RouterLink, AssetStatusBadgeComponent],
  templateUrl: './asset-details.component.html',
  styleUrls: ['./details-panel.css'],
  styles: `
    .trail {
      margin-top: 1rem;
    }

    .visits {
      margin: 0;
      padding-left: 1.2rem;
      font-size: 0.9rem;
    }

    .time {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetDetailsComponent {
  readonly asset = input.required<Asset>();
  readonly typeName = input('');
  readonly currentFloorId = input<string | null>(null);
  readonly floorNames = input<ReadonlyMap<string, string>>(new Map());
  readonly trailShown = input(false);
  readonly trail = input<AssetTrail | null>(null);
  readonly trailError = input<string | null>(null);
  readonly closed = output<void>();
  readonly trailToggled = output<void>();

  protected readonly room = computed(() => {
    const position = this.asset().position;
    if (!position) return '';
    const floor = position.floorId === this.currentFloorId() ? '' : ` (${this.floorNames().get(position.floorId) ?? position.floorId})`;
    return `${roomLabel(position)}${floor}`;
  });
  protected readonly confidence = computed(() => confidencePercent(this.asset().position?.confidence ?? 0));
  protected readonly visits = computed(() => this.trail()?.visits ?? []);
}
