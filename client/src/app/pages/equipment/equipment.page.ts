import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { EQUIPMENT_WRITERS } from '../../core/api/equipment.models';
import { AuthService } from '../../core/auth/auth.service';

/** The equipment register: the assets, and the PAR levels units keep; each tab has its own URL. */
@Component({
  selector: 'ww-equipment-page',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <div class="page page-wide">
      <div class="page-heading">
        <h1>Equipment</h1>
        @if (canWrite()) {
          <a class="btn btn-primary" routerLink="new" data-testid="register-asset">Register equipment</a>
        }
      </div>
      <nav class="tabs" aria-label="Equipment sections">
        <a
          routerLink="."
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: true }"
          ariaCurrentWhenActive="page"
          queryParamsHandling="preserve"
          data-testid="equipment-tab-assets"
          >Assets</a
        >
        <a routerLink="par-levels" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="equipment-tab-par-levels">PAR levels</a>
      </nav>
      <router-outlet />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EquipmentPage {
  private readonly auth = inject(AuthService);
  protected readonly canWrite = computed(() => this.auth.hasRole(EQUIPMENT_WRITERS));
}
