import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { isHygieneInvestigator } from './hygiene-roles';

/**
 * Hygiene: hand-hygiene compliance, the room cleaning board, environment readings and excursions, and
 * (for infection control and admins) the audit report, contact investigation and the staff whose badges count; each tab has its URL.
 */
@Component({
  selector: 'ww-hygiene-page',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <div class="page page-wide">
      <div class="page-heading">
        <h1>Hygiene</h1>
      </div>
      <nav class="tabs" aria-label="Hygiene sections">
        <a routerLink="." routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" ariaCurrentWhenActive="page" data-testid="hygiene-tab-compliance"
          >Compliance</a
        >
        <a routerLink="cleaning" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="hygiene-tab-cleaning">Cleaning board</a>
        <a routerLink="environment" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="hygiene-tab-environment">Environment</a>
        @if (investigator()) {
          <a routerLink="audit-report" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="hygiene-tab-audit-report">Audit report</a>
          <a routerLink="contacts" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="hygiene-tab-contacts">Contact investigation</a>
          <a routerLink="staff" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="hygiene-tab-staff">Staff and badges</a>
        }
      </nav>
      <router-outlet />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HygienePage {
  protected readonly investigator = isHygieneInvestigator();
}
