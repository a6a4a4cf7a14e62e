import { ChangeDetectionStrategy, Component, type ElementRef, computed, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map, pairwise, startWith } from 'rxjs';
import { ROLE_LABELS, type Role } from '../core/api/auth.models';
import { AuthService } from '../core/auth/auth.service';
import { AlertSummaryService } from '../core/realtime/alert-summary.service';
import { LiveEventsService } from '../core/realtime/live-events.service';
import { BrandMarkComponent } from '../shared/brand-mark.component';

interface NavLink {
  /** Used for `data-testid="nav-<id>"`. */
  id: string;
  label: string;
  path: string;
  /** Roles that see the link; every signed-in user when absent. */
  roles?: readonly Role[];
}

const NAV_LINKS: readonly NavLink[] = [
  { id: 'map', label: 'Map', path: '/map' },
  { id: 'equipment', label: 'Equipment', path: '/equipment' },
  { id: 'hygiene', label: 'Hygiene', path: '/hygiene' },
  { id: 'inventory', label: 'Inventory', path: '/inventory' },
  { id: 'alerts', label: 'Alerts', path: '/alerts' },
  { id: 'admin', label: 'Admin', path: '/admin', roles: ['admin'] },
];

/**
 * The signed-in frame: top bar with navigation and the user, and the page below it. It exists only while
 * someone is signed in, so it opens the live event stream and keeps the open-alert count on the nav.
 */
@Component({
  selector: 'ww-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, BrandMarkComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly user = this.auth.user;
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });
  protected readonly links = computed(() => NAV_LINKS.filter((link) => !link.roles || this.auth.hasRole(link.roles)));
  protected readonly openAlerts = inject(AlertSummaryService).openCount;

  constructor() {
    inject(LiveEventsService).start();
    inject(AlertSummaryService).refresh();

    // After moving to another page, put keyboard and screen-reader focus at the start of its
    // content, as a full page load would. Query changes on the same page (the floor switcher) keep focus.
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        startWith(this.router.url.split(/[?#]/)[0]),
        pairwise(),
        filter(([previous, current]) => previous !== current),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.focusMain());
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  protected async signOut(): Promise<void> {
    await this.auth.signOut();
    await this.router.navigate(['/login']);
  }

  private focusMain(): void {
    this.main().nativeElement.focus({ preventScroll: true });
  }
}
