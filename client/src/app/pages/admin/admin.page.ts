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
        <a routerLink="audit" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="admin-tab-audit">Audit</a>
      </nav>
      <router-outlet />
    </div>
  `,
  styles: `
    .tabs {
      display: flex;
      gap: 0.25rem;
      margin: 1rem 0 1.25rem;
      border-bottom: 1px solid var(--ww-border);
      overflow-x: auto;
    }

    .tabs a {
      padding: 0.55rem 1rem;
      border-bottom: 3px solid transparent;
      color: var(--ww-muted);
      font-weight: 500;
      text-decoration: none;
      white-space: nowrap;
    }

    .tabs a:hover {
      color: var(--ww-text);
    }

    .tabs a.active {
      border-bottom-color: var(--ww-blue);
      color: var(--ww-blue-dark);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPage {}
