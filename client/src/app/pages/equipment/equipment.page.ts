import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { EQUIPMENT_WRITERS, MAINTENANCE_PLANNERS } from '../../core/api/equipment.models';
import { AuthService } from '../../core/auth/auth.service';

/**
 * The equipment register: the assets, the PAR levels units keep, how much equipment is used, and (for
 * biomed and admins) the preventive maintenance coming due; each tab has its own URL.
 */
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
        <a routerLink="utilization" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="equipment-tab-utilization">Utilization</a>
        @if (canPlanMaintenance()) {
          <a routerLink="maintenance" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="equipment-tab-maintenance">Maintenance due</a>
        }
      </nav>
      <router-outlet />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EquipmentPage {
  private readonly auth = inject(AuthService);
  protected readonly canWrite = computed(() => this.auth.hasRole(EQUIPMENT_WRITERS));
  protected readonly canPlanMaintenance = computed(() => this.auth.hasRole(MAINTENANCE_PLANNERS));
}
