import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** Pharmacy inventory: cabinets and bins, the pick list, expiry, discrepancies and count sessions; each tab has its URL. */
@Component({
  selector: 'ww-inventory-page',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <div class="page page-wide">
      <div class="page-heading">
        <h1>Inventory</h1>
      </div>
      <nav class="tabs" aria-label="Inventory sections">
        <a routerLink="." routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" ariaCurrentWhenActive="page" data-testid="inventory-tab-cabinets"
          >Cabinets &amp; bins</a
        >
        <a routerLink="pick-list" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="inventory-tab-pick-list">Pick list</a>
        <a routerLink="expiry" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="inventory-tab-expiry">Expiry</a>
        <a routerLink="discrepancies" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="inventory-tab-discrepancies">Discrepancies</a>
        <a routerLink="count-sessions" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="inventory-tab-count-sessions">Count sessions</a>
      </nav>
      <router-outlet />
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InventoryPage {}
