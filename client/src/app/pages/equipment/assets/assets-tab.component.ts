import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Subject, catchError, debounceTime, map, merge, of, startWith, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { EquipmentApiService } from '../../../core/api/equipment-api.service';
import { ASSET_STATUSES, ASSET_STATUS_LABELS, type Asset, type AssetQuery, type AssetStatus } from '../../../core/api/equipment.models';
import { AssetStatusBadgeComponent } from '../../../shared/asset-status-badge.component';
import { roomLabel } from '../../../shared/equipment-format';
import { RetryNoticeComponent } from '../../../shared/retry-notice.component';
import { equipmentTypes, sitePlaces } from '../equipment-lookups';

export const ASSET_PAGE_SIZE = 50;
/** The text filter goes into the URL (and to the server) once typing pauses this long. */
export const TEXT_FILTER_DEBOUNCE_MS = 300;

type FilterName = 'type' | 'status' | 'floor' | 'unit';

interface AssetsOutcome {
  loading: boolean;
  error: string | null;
  total: number;
  items: Asset[];
}

/**
 * The register as a table, filtered on the server by type, status, floor (where it is now), home unit
 * and free text, a page at a time. The filters live in the URL (`?type=&status=&floor=&unit=&q=&page=`),
 * so a filtered list can be bookmarked and survives a reload.
 */
@Component({
  selector: 'ww-assets-tab',
  imports: [RouterLink, AssetStatusBadgeComponent, RetryNoticeComponent],
  templateUrl: './assets-tab.component.html',
  styles: `
    .filters {
      display: grid;
      grid-template-columns: minmax(14rem, 2fr) repeat(4, minmax(9rem, 1fr));
      gap: 0 1rem;
    }

    .pager {
      justify-content: flex-end;
      margin-top: 0.75rem;
    }

    .nowrap {
      white-space: nowrap;
    }

    @media (max-width: 960px) {
      .filters {
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetsTabComponent {
  private readonly api = inject(EquipmentApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly reloads = new Subject<void>();
  private readonly textTyped = new Subject<string>();

  readonly type = input<string>();
  readonly status = input<string>();
  readonly floor = input<string>();
  readonly unit = input<string>();
  readonly q = input<string>();
  readonly page = input<string>();

  protected readonly statuses = ASSET_STATUSES.map((value) => ({ value, label: ASSET_STATUS_LABELS[value] }));
  protected readonly types = equipmentTypes();
  protected readonly places = sitePlaces();

  protected readonly pageNumber = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page : 1;
  });
  private readonly query = computed(
    (): AssetQuery => ({
      type: this.type() || undefined,
      status: (ASSET_STATUSES as string[]).includes(this.status() ?? '') ? (this.status() as AssetStatus) : undefined,
      floor: this.floor() || undefined,
      unit: this.unit() || undefined,
      q: this.q()?.trim() || undefined,
      limit: ASSET_PAGE_SIZE,
      offset: (this.pageNumber() - 1) * ASSET_PAGE_SIZE,
    }),
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly outcome = toSignal(
    merge(toObservable(this.query), this.reloads.pipe(map(() => this.query()))).pipe(
      switchMap((query) =>
        this.api.assets(query).pipe(
          map((page): AssetsOutcome => ({ loading: false, error: null, total: page.total, items: page.items })),
          startWith<AssetsOutcome>({ loading: true, error: null, total: 0, items: [] }),
          catchError((error: unknown) =>
            of<AssetsOutcome>({ loading: false, error: apiErrorMessage(error, 'The equipment could not be loaded.'), total: 0, items: [] }),
          ),
        ),
      ),
    ),
    { initialValue: { loading: true, error: null, total: 0, items: [] } },
  );
  protected readonly rows = computed(() => {
    const typeNames = new Map(this.types().map((type) => [type.code, type.name]));
    const floorNames = new Map((this.places()?.floors ?? []).map((floor) => [floor.id, floor.name]));
    return this.outcome().items.map((asset) => {
      const position = asset.position;
      const where = position ? `${roomLabel(position)} · ${floorNames.get(position.floorId) ?? position.floorId}` : 'Not located';
      return {
        asset,
        typeName: typeNames.get(asset.typeCode) ?? asset.typeCode,
        where: position && !position.fresh ? `${where} (last seen)` : where,
        fresh: position?.fresh ?? false,
      };
    });
  });
  protected readonly range = computed(() => {
    const { total, items } = this.outcome();
    const first = (this.pageNumber() - 1) * ASSET_PAGE_SIZE + 1;
    return `${first}–${first + items.length - 1} of ${total}`;
  });
  protected readonly hasNextPage = computed(() => this.pageNumber() * ASSET_PAGE_SIZE < this.outcome().total);

  constructor() {
    this.textTyped
      .pipe(debounceTime(TEXT_FILTER_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((text) => this.setFilters({ q: text.trim() || null }));
  }

  protected filter(name: FilterName, event: Event): void {
    this.setFilters({ [name]: (event.target as HTMLSelectElement).value || null });
  }

  protected typed(event: Event): void {
    this.textTyped.next((event.target as HTMLInputElement).value);
  }

  protected goToPage(page: number): void {
    this.navigate({ page: page > 1 ? page : null });
  }

  protected reload(): void {
    this.reloads.next();
  }

  /** A new filter starts again from the first page. */
  private setFilters(filters: Partial<Record<FilterName | 'q', string | null>>): void {
    this.navigate({ ...filters, page: null });
  }

  private navigate(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
