import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { type Observable, Subject, catchError, interval, map, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { EquipmentApiService } from '../../core/api/equipment-api.service';
import { ASSET_STATUSES, ASSET_STATUS_LABELS, type Asset, type AssetTrail, type EquipmentType } from '../../core/api/equipment.models';
import { FloorplanApiService } from '../../core/api/floorplan-api.service';
import { InventoryApiService } from '../../core/api/inventory-api.service';
import type { CabinetStock } from '../../core/api/inventory.models';
import { CLEANING_STATES, CLEANING_STATE_LABELS } from '../../core/api/hygiene.models';
import type { FloorDetail } from '../../core/api/floorplan.models';
import { LiveEventsService } from '../../core/realtime/live-events.service';
import { DevicesLayer } from '../../map/devices.layer';
import { ASSET_STATUS_COLOURS } from '../../map/equipment-style';
import { EquipmentLayer } from '../../map/equipment.layer';
import { FloorPlanImageLayer } from '../../map/floor-plan-image.layer';
import { CLEANING_STATE_COLOURS, COMPLIANCE_BANDS, EXCURSION_OUTLINE, NO_COMPLIANCE_COLOUR } from '../../map/hygiene-style';
import { HygieneLayer, type HygieneColouring } from '../../map/hygiene.layer';
import { BIN_STATUS_COLOURS, STOCKED_BADGE_COLOUR } from '../../map/inventory-style';
import { InventoryLayer } from '../../map/inventory.layer';
import { withLivePosition } from '../../map/live-position';
import type { MapLayer } from '../../map/map-layer';
import { MapComponent } from '../../map/map.component';
import { roomTypeLook } from '../../map/room-style';
import { RoomsLayer } from '../../map/rooms.layer';
import { TrailLayer } from '../../map/trail.layer';
import { RetryNoticeComponent } from '../../shared/retry-notice.component';
import { AssetDetailsComponent } from './asset-details.component';
import { AssetSearchComponent } from './asset-search.component';
import { FloorEquipmentService } from './floor-equipment.service';
import { FloorHygieneService } from './floor-hygiene.service';
import { type FloorGroup, findFloor, groupFloors, resolveFloorId } from './floor-selection';
import { FloorSwitcherComponent } from './floor-switcher.component';
import { NearestPanelComponent } from './nearest-panel.component';
import { RoomDetailsComponent } from './room-details.component';

type FloorLoad = { floorId: string; detail: FloorDetail } | { floorId: string; error: string };

/** The only trail window the map offers, as `?trail=24h`. */
const TRAIL_PARAM = '24h';
const TRAIL_HOURS = 24;
/** How often the inventory layer's badges are read again while shown. */
const INVENTORY_REFRESH_MS = 60_000;

interface ShownTrail {
  assetId: number;
  trail: AssetTrail | null;
  error: string | null;
}

/**
 * The live floor plan: pick a floor, see its rooms, devices and equipment (moving as tags move),
 * select a room or a piece of equipment for details, find equipment by name or the nearest free one.
 * The floor, the selected asset and its trail are kept in the URL (`?floor=&asset=&trail=24h`).
 */
@Component({
  selector: 'ww-map-page',
  imports: [
    MapComponent,
    FloorSwitcherComponent,
    RoomDetailsComponent,
    RetryNoticeComponent,
    AssetSearchComponent,
    AssetDetailsComponent,
    NearestPanelComponent,
  ],
  providers: [FloorEquipmentService, FloorHygieneService],
  templateUrl: './map.page.html',
  styleUrl: './map.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MapPage {
  private readonly api = inject(FloorplanApiService);
  private readonly equipmentApi = inject(EquipmentApiService);
  private readonly inventoryApi = inject(InventoryApiService);
  private readonly floorEquipment = inject(FloorEquipmentService);
  private readonly floorHygiene = inject(FloorHygieneService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly floorRequests = new Subject<string>();

  /** `?floor=<floorId>`: the floor being shown, kept in the URL so it survives reloads and links. */
  readonly floor = input<string>();
  /** `?asset=<id>`: the selected piece of equipment. */
  readonly asset = input<string>();
  /** `?trail=24h`: the selected asset's trail is drawn. */
  readonly trail = input<string>();

  protected readonly groups = signal<FloorGroup[] | null>(null);
  protected readonly sitesError = signal<string | null>(null);
  protected readonly selectedFloorId = computed(() => {
    const groups = this.groups();
    return groups ? resolveFloorId(groups, this.floor()) : null;
  });
  protected readonly currentFloor = computed(() => findFloor(this.groups() ?? [], this.selectedFloorId()));
  protected readonly floorNames = computed(
    () => new Map((this.groups() ?? []).flatMap((group) => group.floors.map((floor) => [floor.id, floor.name] as const))),
  );

  protected readonly detail = signal<FloorDetail | null>(null);
  protected readonly floorError = signal<string | null>(null);
  protected readonly showDevices = signal(true);
  protected readonly showEquipment = signal(true);
  /** The inventory layer: cabinet fill-level badges, off until asked for. */
  protected readonly showInventory = signal(false);
  protected readonly cabinets = signal<CabinetStock[]>([]);
  protected readonly inventoryError = signal<string | null>(null);
  /** The hygiene layer: rooms by last week's compliance or by cleaning state, excursions, dispensers; off until asked for. */
  protected readonly showHygiene = signal(false);
  protected readonly hygieneColouring = signal<HygieneColouring>('compliance');
  protected readonly hygieneError = this.floorHygiene.loadError;
  protected readonly selectedRoomId = signal<string | null>(null);

  protected readonly types = signal<EquipmentType[]>([]);
  protected readonly equipmentCount = signal(0);
  protected readonly equipmentError = this.floorEquipment.loadError;
  protected readonly selectedAssetId = computed(() => {
    const id = Number(this.asset());
    return Number.isInteger(id) && id > 0 ? id : null;
  });
  protected readonly selectedAsset = signal<Asset | null>(null);
  protected readonly assetError = signal<string | null>(null);
  protected readonly trailShown = computed(() => this.selectedAssetId() !== null && this.trail() === TRAIL_PARAM);
  private readonly shownTrail = signal<ShownTrail | null>(null);
  protected readonly selectedTrail = computed(() => {
    const shown = this.shownTrail();
    return shown?.assetId === this.selectedAssetId() ? shown : null;
  });

  protected readonly selectedRoom = computed(() => {
    const id = this.selectedRoomId();
    return this.detail()?.rooms.find((room) => room.id === id) ?? null;
  });
  protected readonly selectedRoomDevices = computed(() => {
    const id = this.selectedRoomId();
    return this.detail()?.devices.filter((device) => device.roomId === id) ?? [];
  });
  protected readonly roomChoices = computed(() =>
    [...(this.detail()?.rooms ?? [])].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true })),
  );
  protected readonly legend = computed(() => {
    const types = new Set((this.detail()?.rooms ?? []).map((room) => room.type));
    return [...types]
      .map((type) => ({ type, ...roomTypeLook(type) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  });
  protected readonly inventoryLegend = [
    { label: 'A bin is stocked out', colour: BIN_STATUS_COLOURS.stock_out },
    { label: 'A bin is at or below its reorder point', colour: BIN_STATUS_COLOURS.below_reorder },
    { label: 'Stocked', colour: STOCKED_BADGE_COLOUR },
  ];
  protected readonly complianceLegend = [...COMPLIANCE_BANDS.map((band) => ({ label: band.label, colour: band.colour })), { label: 'No opportunities', colour: NO_COMPLIANCE_COLOUR }];
  protected readonly cleaningLegend = CLEANING_STATES.map((state) => ({ label: CLEANING_STATE_LABELS[state], colour: CLEANING_STATE_COLOURS[state] }));
  protected readonly excursionOutline = EXCURSION_OUTLINE;
  protected readonly statusLegend = ASSET_STATUSES.map((status) => ({ status, label: ASSET_STATUS_LABELS[status], colour: ASSET_STATUS_COLOURS[status] }));

  // One layer object per floor load, so toggling devices or equipment leaves the other layers in place.
  private readonly planLayer = computed(() => {
    const detail = this.detail();
    return detail ? new FloorPlanImageLayer(detail.floor) : null;
  });
  private readonly roomsLayer = computed(() => {
    const detail = this.detail();
    return detail ? new RoomsLayer(detail.rooms, {
          onSelect: (roomId) => this.selectedRoomId.set(roomId),
          // Wardwatch floor plans are drawn with their room names (floorplans/README.md).
          writeNames: false,
        }) : null;
  });
  private readonly devicesLayer = computed(() => {
    const detail = this.detail();
    return detail ? new DevicesLayer(detail.devices, { onSelectRoom: (roomId) => this.selectedRoomId.set(roomId) }) : null;
  });
  private readonly equipmentLayer = computed(() => {
    const detail = this.detail();
    return detail
      ? new EquipmentLayer(detail.floor.id, {
          onSelect: (assetId) => this.selectAsset(assetId),
          onCountChange: (count) => this.equipmentCount.set(count),
          typeName: (code) => this.typeName(code),
        })
      : null;
  });
  private readonly inventoryLayer = computed(() => {
    const detail = this.detail();
    return detail && this.showInventory() ? new InventoryLayer(this.cabinets(), detail.devices, { onSelect: (cabinetId) => this.openCabinet(cabinetId) }) : null;
  });
  private readonly hygieneLayer = computed(() => {
    const detail = this.detail();
    if (!detail || !this.showHygiene()) return null;
    return new HygieneLayer(detail.rooms, detail.devices, this.floorHygiene.hygiene(), this.hygieneColouring(), { onSelect: (roomId) => this.selectedRoomId.set(roomId) });
  });
  private readonly trailLayer = computed(() => {
    const detail = this.detail();
    const shown = this.trailShown() ? this.selectedTrail() : null;
    if (!detail || !shown?.trail) return null;
    // Ends where the asset is when the trail is drawn; not redrawn (and re-fitted) each time it moves.
    const now = untracked(() => this.selectedAsset()?.position ?? null);
    return new TrailLayer(shown.trail.visits, detail.rooms, detail.floor.id, now);
  });
  protected readonly layers = computed(() => {
    const layers: (MapLayer | null)[] = [
      this.planLayer(),
      this.roomsLayer(),
      this.hygieneLayer(),
      this.showDevices() ? this.devicesLayer() : null,
      this.trailLayer(),
      this.showEquipment() ? this.equipmentLayer() : null,
      this.inventoryLayer(),
    ];
    return layers.filter((layer): layer is MapLayer => layer !== null);
  });
  protected readonly extent = computed(() => this.detail()?.floor ?? null);

  constructor() {
    this.loadSites();
    this.equipmentApi.types().pipe(catchError(() => of([]))).subscribe((types) => this.types.set(types));

    this.floorRequests
      .pipe(
        switchMap((floorId) =>
          this.api.floor(floorId).pipe(
            map((detail): FloorLoad => ({ floorId, detail })),
            catchError((error: unknown) => of<FloorLoad>({ floorId, error: apiErrorMessage(error, 'This floor could not be loaded.') })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        if ('detail' in result) this.detail.set(result.detail);
        else this.floorError.set(result.error);
      });

    effect(() => {
      const floorId = this.selectedFloorId();
      if (floorId === null) return;
      untracked(() => {
        if (floorId !== this.floor()) this.setQuery({ floor: floorId }, true);
        this.loadFloor(floorId);
      });
    });

    effect(() => this.roomsLayer()?.select(this.selectedRoomId()));

    // Stock changes with every cabinet report: the badges are read again every minute while shown.
    interval(INVENTORY_REFRESH_MS)
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        if (this.showInventory()) this.loadCabinets();
      });

    effect(() => {
      const layer = this.equipmentLayer();
      if (!layer) return;
      untracked(() => {
        this.equipmentCount.set(0);
        this.floorEquipment.track(layer);
      });
    });

    // The selected asset's marker is outlined, and brought into view if it is out of it.
    effect(() => {
      const layer = this.equipmentLayer();
      const assetId = this.selectedAssetId();
      layer?.select(assetId);
      if (layer && assetId !== null) untracked(() => layer.reveal(assetId));
    });

    toObservable(this.selectedAssetId)
      .pipe(
        switchMap((assetId) => {
          this.selectedAsset.set(null);
          this.assetError.set(null);
          if (assetId === null) return of(null);
          return this.equipmentApi.asset(assetId).pipe(
            catchError((error: unknown) => {
              this.assetError.set(apiErrorMessage(error, 'This piece of equipment could not be loaded.'));
              return of(null);
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((asset) => this.selectedAsset.set(asset));

    toObservable(computed(() => (this.trailShown() ? this.selectedAssetId() : null)))
      .pipe(
        switchMap((assetId) => (assetId === null ? of(null) : this.loadTrail(assetId))),
        takeUntilDestroyed(),
      )
      .subscribe((shown) => this.shownTrail.set(shown));

    // The details follow the selected asset's tag as it moves.
    inject(LiveEventsService)
      .positions$.pipe(takeUntilDestroyed())
      .subscribe((updates) => {
        const asset = this.selectedAsset();
        const update = asset?.tagId ? updates.filter((candidate) => candidate.tagId === asset.tagId).at(-1) : undefined;
        if (!asset || !update) return;
        const room = update.floorId === this.detail()?.floor.id ? this.detail()?.rooms.find((candidate) => candidate.id === update.roomId) : null;
        this.selectedAsset.set(withLivePosition(asset, update, room));
      });
  }

  protected chooseFloor(floorId: string): void {
    if (floorId !== this.selectedFloorId()) this.setQuery({ floor: floorId }, false);
  }

  protected loadSites(): void {
    this.sitesError.set(null);
    this.api.sites().subscribe({
      next: (sites) => this.groups.set(groupFloors(sites)),
      error: (error: unknown) => this.sitesError.set(apiErrorMessage(error, 'The list of floors could not be loaded.')),
    });
  }

  protected retryFloor(): void {
    const floorId = this.selectedFloorId();
    if (floorId !== null) this.loadFloor(floorId);
  }

  protected retryEquipment(): void {
    this.floorEquipment.reload();
  }

  private loadFloor(floorId: string): void {
    this.detail.set(null);
    this.floorError.set(null);
    this.selectedRoomId.set(null);
    this.floorRequests.next(floorId);
  }

  protected pickRoom(event: Event): void {
    const roomId = (event.target as HTMLSelectElement).value;
    this.selectedRoomId.set(roomId === '' ? null : roomId);
    if (roomId !== '') this.roomsLayer()?.reveal(roomId);
  }

  protected toggleDevices(event: Event): void {
    this.showDevices.set((event.target as HTMLInputElement).checked);
  }

  protected toggleEquipment(event: Event): void {
    this.showEquipment.set((event.target as HTMLInputElement).checked);
  }

  /** Shows the cabinets' stock levels; read afresh each time the layer is turned on. */
  protected toggleInventory(event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.showInventory.set(on);
    if (on) this.loadCabinets();
  }

  /** Shows the hygiene layer; read afresh each time it is turned on. */
  protected toggleHygiene(event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.showHygiene.set(on);
    this.floorHygiene.show(on);
  }

  protected chooseHygieneColouring(event: Event): void {
    this.hygieneColouring.set((event.target as HTMLSelectElement).value as HygieneColouring);
  }

  protected retryHygiene(): void {
    this.floorHygiene.reload();
  }

  protected loadCabinets(): void {
    this.inventoryError.set(null);
    this.inventoryApi.cabinets().subscribe({
      next: (cabinets) => this.cabinets.set(cabinets),
      error: (error: unknown) => this.inventoryError.set(apiErrorMessage(error, 'The cabinets’ stock levels could not be loaded.')),
    });
  }

  private openCabinet(cabinetId: string): void {
    void this.router.navigate(['/inventory'], { queryParams: { cabinet: cabinetId } });
  }

  /** Shows a piece of equipment found by search or by "nearest": on its own floor when it is elsewhere. */
  protected showAsset(asset: Asset): void {
    const floorId = asset.position?.floorId;
    this.setQuery({ asset: asset.id, trail: null, ...(floorId ? { floor: floorId } : {}) }, false);
  }

  protected closeAsset(): void {
    this.setQuery({ asset: null, trail: null }, false);
  }

  protected toggleTrail(): void {
    this.setQuery({ trail: this.trailShown() ? null : TRAIL_PARAM }, false);
  }

  protected typeName(code: string): string {
    return this.types().find((type) => type.code === code)?.name ?? code;
  }

  private selectAsset(assetId: number): void {
    if (assetId !== this.selectedAssetId()) this.setQuery({ asset: assetId, trail: null }, false);
  }

  private loadTrail(assetId: number): Observable<ShownTrail> {
    const to = new Date();
    const from = new Date(to.getTime() - TRAIL_HOURS * 3_600_000);
    return this.equipmentApi.trail(assetId, { from: from.toISOString(), to: to.toISOString() }).pipe(
      map((trail): ShownTrail => ({ assetId, trail, error: null })),
      catchError((error: unknown) => of<ShownTrail>({ assetId, trail: null, error: apiErrorMessage(error, 'The trail could not be loaded.') })),
    );
  }

  private setQuery(queryParams: Record<string, string | number | null>, replaceUrl: boolean): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}
