import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { AdminApiService } from '../../../core/api/admin-api.service';
import type { AuditEntry } from '../../../core/api/admin.models';
import { apiErrorMessage } from '../../../core/api/api-error';
import { describeDetails } from './audit-details';

export const AUDIT_PAGE_SIZE = 50;

/** Who did what, newest first, fetched a page at a time. */
@Component({
  selector: 'ww-audit-tab',
  imports: [DatePipe],
  templateUrl: './audit-tab.component.html',
  styles: `
    .nowrap {
      white-space: nowrap;
    }

    .more {
      margin-top: 1rem;
    }

    .refused {
      margin-left: 0.4rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTabComponent {
  private readonly api = inject(AdminApiService);

  private readonly entries = signal<AuditEntry[]>([]);
  protected readonly rows = computed(() => this.entries().map((entry) => ({ ...entry, summary: describeDetails(entry.details) })));
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  /** A short page means the oldest entry has been reached. */
  protected readonly hasMore = signal(true);

  constructor() {
    this.loadMore();
  }

  protected loadMore(): void {
    if (this.loading()) return;
    this.loading.set(true);
    this.error.set(null);
    const oldest = this.entries().at(-1);
    this.api.audit({ limit: AUDIT_PAGE_SIZE, before: oldest?.id }).subscribe({
      next: (page) => {
        this.entries.update((entries) => [...entries, ...page]);
        this.hasMore.set(page.length === AUDIT_PAGE_SIZE);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(apiErrorMessage(error, 'The audit trail could not be loaded.'));
        this.loading.set(false);
      },
    });
  }
}
