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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { Subject, catchError, map, of, switchMap } from 'rxjs';
import { apiErrorMessage } from '../../core/api/api-error';
import { FloorplanApiService } from '../../core/api/floorplan-api.service';
import type { FloorDetail } from '../../core/api/floorplan.models';
import { DevicesLayer } from '../../map/devices.layer';
import { FloorPlanImageLayer } from '../../map/floor-plan-image.layer';
import type { MapLayer } from '../../map/map-layer';
import { MapComponent } from '../../map/map.component';
import { roomTypeLook } from '../../map/room-style';
import { RoomsLayer } from '../../map/rooms.layer';
import { RetryNoticeComponent } from '../../shared/retry-notice.component';
import { type FloorGroup, findFloor, groupFloors, resolveFloorId } from './floor-selection';
import { FloorSwitcherComponent } from './floor-switcher.component';
import { RoomDetailsComponent } from './room-details.component';

type FloorLoad = { floorId: string; detail: FloorDetail } | { floorId: string; error: string };

/** The live floor plan: pick a floor, see its rooms and devices, select a room for details. */
@Component({
  selector: 'ww-map-page',
  imports: [MapComponent, FloorSwitcherComponent, RoomDetailsComponent, RetryNoticeComponent],
  templateUrl: './map.page.html',
  styleUrl: './map.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MapPage {
  private readonly api = inject(FloorplanApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly floorRequests = new Subject<string>();

  /** `?floor=<floorId>`: the floor being shown, kept in the URL so it survives reloads and links. */
  readonly floor = input<string>();

  protected readonly groups = signal<FloorGroup[] | null>(null);
  protected readonly sitesError = signal<string | null>(null);
  protected readonly selectedFloorId = computed(() => {
    const groups = this.groups();
    return groups ? resolveFloorId(groups, this.floor()) : null;
  });
  protected readonly currentFloor = computed(() => findFloor(this.groups() ?? [], this.selectedFloorId()));

  protected readonly detail = signal<FloorDetail | null>(null);
  protected readonly floorError = signal<string | null>(null);
  protected readonly showDevices = signal(true);
  protected readonly selectedRoomId = signal<string | null>(null);

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

  // One layer object per floor load, so toggling devices leaves the plan and rooms in place.
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
  protected readonly layers = computed(() => {
    const layers: (MapLayer | null)[] = [this.planLayer(), this.roomsLayer(), this.showDevices() ? this.devicesLayer() : null];
    return layers.filter((layer): layer is MapLayer => layer !== null);
  });
  protected readonly extent = computed(() => this.detail()?.floor ?? null);

  constructor() {
    this.loadSites();

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
        if (floorId !== this.floor()) this.rememberFloor(floorId, true);
        this.loadFloor(floorId);
      });
    });

    effect(() => this.roomsLayer()?.select(this.selectedRoomId()));
  }

  protected chooseFloor(floorId: string): void {
    if (floorId !== this.selectedFloorId()) this.rememberFloor(floorId, false);
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

  private rememberFloor(floorId: string, replaceUrl: boolean): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { floor: floorId },
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }
}
