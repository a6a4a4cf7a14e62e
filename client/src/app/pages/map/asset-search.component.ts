import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type Observable, catchError, debounceTime, distinctUntilChanged, forkJoin, map, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { EquipmentApiService } from '../../core/api/equipment-api.service';
import type { Asset, EquipmentType } from '../../core/api/equipment.models';
import { AssetStatusBadgeComponent } from '../../shared/asset-status-badge.component';
import { roomLabel } from '../../shared/equipment-format';

/** Typing pauses this long before the server is asked. */
export const SEARCH_DEBOUNCE_MS = 250;
const MIN_QUERY_LENGTH = 2;
const RESULTS_PER_QUERY = 8;

interface SearchOutcome {
  query: string;
  assets: Asset[];
  error: string | null;
}

const NOTHING: SearchOutcome = { query: '', assets: [], error: null };

/**
 * Finds equipment by asset number, name (and the other registry text the server searches) or type:
 * text goes to the server's search; a type's name also lists that type on the floor shown. Picking a
 * result hands the asset to the page, which shows it on the map.
 */
@Component({
  selector: 'ww-asset-search',
  imports: [AssetStatusBadgeComponent],
  template: `
    <div class="asset-search" data-testid="asset-search" role="search">
      <label class="visually-hidden" for="asset-search-input">Find equipment</label>
      <input
        id="asset-search-input"
        type="search"
        placeholder="Find equipment: number, name or type"
        autocomplete="off"
        [value]="text()"
        (input)="typed($event)"
        (keydown.escape)="clear()"
        aria-describedby="asset-search-status"
      />
      <p id="asset-search-status" class="visually-hidden" aria-live="polite">{{ status() }}</p>
      @if (open()) {
        <ul class="results" aria-label="Equipment found">
          @for (asset of outcome().assets; track asset.id) {
            <li>
              <button type="button" class="result-button result" data-testid="asset-search-result" (click)="pick(asset)">
                <span class="result-name">{{ asset.name }} <code>{{ asset.assetTag }}</code></span>
                <span class="result-meta">
                  <ww-asset-status-badge [status]="asset.status" [soiled]="asset.hygiene.soiled" />
                  {{ typeName(asset.typeCode) }} · {{ where(asset) }}
                </span>
              </button>
            </li>
          } @empty {
            <li class="muted empty">{{ outcome().error ?? 'No equipment matches “' + outcome().query + '”.' }}</li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .asset-search {
      position: relative;
      min-width: 16rem;
    }

    input {
      width: 100%;
      min-height: 2.5rem;
      padding: 0.4rem 0.6rem;
      border: 1px solid #9aa5b1;
      border-radius: var(--ww-radius);
      font: inherit;
    }

    .results {
      position: absolute;
      top: calc(100% + 0.25rem);
      left: 0;
      right: 0;
      z-index: 1100;
      max-height: 22rem;
      margin: 0;
      padding: 0.25rem;
      overflow-y: auto;
      list-style: none;
      background: var(--ww-surface);
      border: 1px solid var(--ww-border);
      border-radius: var(--ww-radius);
      box-shadow: var(--ww-shadow);
    }

    .result {
      display: flex;
      flex-direction: column;
    }

    .empty {
      padding: 0.4rem 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetSearchComponent {
  private readonly api = inject(EquipmentApiService);

  readonly types = input<readonly EquipmentType[]>([]);
  /** The floor on the map: a type search lists what is there. */
  readonly floorId = input<string | null>(null);
  /** Floor names by id, to say which floor a result elsewhere is on. */
  readonly floorNames = input<ReadonlyMap<string, string>>(new Map());
  readonly picked = output<Asset>();

  protected readonly text = signal('');
  protected readonly outcome = toSignal(
    toObservable(this.text).pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((text) => text.trim()),
      distinctUntilChanged(),
      switchMap((query) => (query.length < MIN_QUERY_LENGTH ? of(NOTHING) : this.search(query))),
    ),
    { initialValue: NOTHING },
  );
  protected readonly open = computed(() => this.outcome().query !== '' && this.text().trim() === this.outcome().query);
  protected readonly status = computed(() => {
    if (!this.open()) return '';
    const count = this.outcome().assets.length;
    return count === 1 ? '1 result' : `${count} results`;
  });

  protected typed(event: Event): void {
    this.text.set((event.target as HTMLInputElement).value);
  }

  protected clear(): void {
    this.text.set('');
  }

  protected pick(asset: Asset): void {
    this.clear();
    this.picked.emit(asset);
  }

  protected typeName(code: string): string {
    return this.types().find((type) => type.code === code)?.name ?? code;
  }

  protected where(asset: Asset): string {
    const position = asset.position;
    if (!position) return 'not located';
    const floor = position.floorId === this.floorId() ? '' : ` (${this.floorNames().get(position.floorId) ?? position.floorId})`;
    return `${roomLabel(position)}${floor}`;
  }

  private search(query: string): Observable<SearchOutcome> {
    const needle = query.toLowerCase();
    const type = this.types().find((candidate) => candidate.name.toLowerCase().includes(needle) || candidate.code.includes(needle));
    const floor = this.floorId() ?? undefined;
    return forkJoin({
      byText: this.api.assets({ q: query, limit: RESULTS_PER_QUERY }),
      byType: type ? this.api.assets({ type: type.code, floor, limit: RESULTS_PER_QUERY }) : of(null),
    }).pipe(
      map(({ byText, byType }) => {
        const seen = new Set(byText.items.map((asset) => asset.id));
        const more = (byType?.items ?? []).filter((asset) => !seen.has(asset.id));
        return { query, assets: [...byText.items, ...more], error: null };
      }),
      catchError((error: unknown) => of({ query, assets: [], error: apiErrorMessage(error, 'The search failed. Please try again.') })),
    );
  }
}
