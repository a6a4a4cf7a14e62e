import { Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { EMPTY, Subject, catchError, map, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { EquipmentApiService } from '../../core/api/equipment-api.service';
import type { LivePosition } from '../../core/realtime/live-events.models';
import { LiveEventsService } from '../../core/realtime/live-events.service';
import type { EquipmentLayer } from '../../map/equipment.layer';
import { withLivePosition } from '../../map/live-position';

/**
 * Keeps the map's equipment layer true: fills it with the assets last placed on its floor, moves them
 * with live positions, and reloads after the stream says positions were missed. A tag that turns up on
 * the floor without a marker is looked up once; tags that are no asset's (staff badges, spare tags) are
 * remembered so they are not asked about again. One per map page.
 */
@Injectable()
export class FloorEquipmentService {
  private readonly api = inject(EquipmentApiService);
  private readonly live = inject(LiveEventsService);
  private readonly fills = new Subject<EquipmentLayer>();
  private layer: EquipmentLayer | null = null;
  private readonly notEquipment = new Set<string>();
  /** Tags being looked up, with the latest position heard meanwhile. */
  private readonly lookingUp = new Map<string, LivePosition>();

  readonly loadError = signal<string | null>(null);

  constructor() {
    this.fills
      .pipe(
        switchMap((layer) =>
          this.api.everyAsset({ floor: layer.floorId }).pipe(
            map((assets) => ({ layer, assets })),
            catchError((error: unknown) => {
              this.loadError.set(apiErrorMessage(error, 'The equipment on this floor could not be loaded.'));
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ layer, assets }) => layer.setAssets(assets));
    this.live.positions$.pipe(takeUntilDestroyed()).subscribe((updates) => this.move(updates));
    this.live.resyncs$.pipe(takeUntilDestroyed()).subscribe(() => this.reload());
  }

  /** Fills a floor's new layer and keeps it moving from now on; the stream narrows to that floor. */
  track(layer: EquipmentLayer): void {
    this.layer = layer;
    this.live.focusFloor(layer.floorId);
    this.live.start();
    this.reload();
  }

  reload(): void {
    if (!this.layer) return;
    this.loadError.set(null);
    // A tag may have been paired since it was last looked up.
    this.notEquipment.clear();
    this.fills.next(this.layer);
  }

  private move(updates: readonly LivePosition[]): void {
    const layer = this.layer;
    if (!layer) return;
    const unknown = new Set(layer.applyPositions(updates));
    for (const update of updates) if (unknown.has(update.tagId)) this.lookUp(layer, update);
  }

  private lookUp(layer: EquipmentLayer, update: LivePosition): void {
    const { tagId } = update;
    if (this.notEquipment.has(tagId)) return;
    const busy = this.lookingUp.has(tagId);
    this.lookingUp.set(tagId, update);
    if (busy) return;
    // `q` matches tag ids as text, so `…:1:4` also finds `…:1:42`: ask on this floor, take the exact one.
    this.api.assets({ floor: layer.floorId, q: tagId, limit: 50 }).subscribe({
      next: (page) => {
        const latest = this.lookingUp.get(tagId) ?? update;
        this.lookingUp.delete(tagId);
        const asset = page.items.find((item) => item.tagId === tagId);
        if (!asset) this.notEquipment.add(tagId);
        else if (layer === this.layer) layer.upsert(withLivePosition(asset, latest));
      },
      error: () => this.lookingUp.delete(tagId),
    });
  }
}
