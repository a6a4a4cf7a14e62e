import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { FloorGroup } from './floor-selection';

/** One button per floor, grouped by building; the current floor is shown pressed. */
@Component({
  selector: 'ww-floor-switcher',
  template: `
    <div class="switcher" role="group" aria-label="Choose a floor">
      @for (group of groups(); track group.label) {
        <div class="building" role="group" [attr.aria-label]="group.label">
          @if (groups().length > 1) {
            <span class="building-name" aria-hidden="true">{{ group.label }}</span>
          }
          @for (floor of group.floors; track floor.id) {
            <button
              type="button"
              class="btn btn-small floor-option"
              [class.is-current]="floor.id === selectedId()"
              [attr.aria-pressed]="floor.id === selectedId()"
              [attr.data-testid]="'floor-option-' + floor.id"
              (click)="floorSelected.emit(floor.id)"
            >
              {{ floor.name }}
            </button>
          }
        </div>
      }
    </div>
  `,
  styleUrl: './floor-switcher.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FloorSwitcherComponent {
  readonly groups = input.required<readonly FloorGroup[]>();
  readonly selectedId = input<string | null>(null);
  readonly floorSelected = output<string>();
}
