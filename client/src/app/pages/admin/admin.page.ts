import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** Administration: one sub-page per tab, each with its own URL so a tab can be linked and reloaded. */
@Component({
  selector: 'ww-admin-page',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <div class="page">
      <h1>Administration</h1>
      <nav class="tabs" aria-label="Administration sections">
        <a routerLink="users" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="admin-tab-users">Users</a>
        <a routerLink="device-keys" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="admin-tab-device-keys"
          >Device keys</a
        >
        <a routerLink="gateways" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="admin-tab-gateways">Gateway health</a>
        <a routerLink="audit" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="admin-tab-audit">Audit</a>
      </nav>
      <router-outlet />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPage {}
