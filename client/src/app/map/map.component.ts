import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import * as L from 'leaflet';
import type { MapLayer } from './map-layer';
import { floorBounds, type PlanSize } from './plan-coordinates';

/** Room around the floor when fitting it, and how far past its edges the user may pan. */
const FIT_PADDING_PX = 16;
const PAN_SLACK = 0.5;

/**
 * The floor map: a Leaflet map in metres (`L.CRS.Simple`, lat = y, lng = x). It shows whatever
 * `layers` it is given, in order, and fits the view to `extent` whenever that changes.
 */
@Component({
  selector: 'ww-floor-map',
  template: `<div #container class="floor-map" data-testid="floor-map" role="region" [attr.aria-label]="label()"></div>`,
  styleUrl: './map.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MapComponent {
  /** The floor's size; a new object (another floor) re-fits the view. */
  readonly extent = input<PlanSize | null>(null);
  readonly layers = input<readonly MapLayer[]>([]);
  readonly label = input('Floor plan');

  private readonly container = viewChild.required<ElementRef<HTMLElement>>('container');
  private readonly map = signal<L.Map | null>(null);
  private shown: readonly MapLayer[] = [];
  private userMoved = false;

  constructor() {
    afterNextRender(() => {
      const map = createFloorMap(this.container().nativeElement);
      // Until the user pans or zooms, the floor stays fitted to the map as the page settles or resizes.
      map.on('dragstart', () => (this.userMoved = true));
      map.getContainer().addEventListener('wheel', () => (this.userMoved = true), { passive: true });
      map.on('resize', () => {
        const extent = untracked(this.extent);
        if (!this.userMoved && extent) fitToFloor(map, extent);
      });
      this.map.set(map);
    });

    effect(() => {
      const map = this.map();
      const layers = this.layers();
      if (map) untracked(() => this.showLayers(map, layers));
    });

    effect(() => {
      const map = this.map();
      const extent = this.extent();
      if (!map || !extent) return;
      this.userMoved = false;
      untracked(() => fitToFloor(map, extent));
    });

    inject(DestroyRef).onDestroy(() => {
      this.shown.forEach((layer) => layer.remove());
      this.map()?.remove();
    });
  }

  /** Removes layers no longer listed and adds new ones; layers that stay are left untouched. */
  private showLayers(map: L.Map, layers: readonly MapLayer[]): void {
    for (const layer of this.shown) if (!layers.includes(layer)) layer.remove();
    for (const layer of layers) if (!this.shown.includes(layer)) layer.addTo(map);
    this.shown = [...layers];
  }
}

function createFloorMap(element: HTMLElement): L.Map {
  const map = L.map(element, {
    crs: L.CRS.Simple,
    // SVG, not canvas: every room and device is its own element to style, hover and find.
    renderer: L.svg({ padding: 0.5 }),
    minZoom: -4,
    maxZoom: 6,
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    attributionControl: false,
    keyboard: true,
  });
  map.setView([0, 0], 0);
  if (typeof ResizeObserver !== 'undefined') {
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(element);
    map.on('unload', () => observer.disconnect());
  }
  return map;
}

function fitToFloor(map: L.Map, extent: PlanSize): void {
  const bounds = floorBounds(extent);
  map.setMaxBounds(bounds.pad(PAN_SLACK));
  map.fitBounds(bounds, { padding: [FIT_PADDING_PX, FIT_PADDING_PX], animate: false });
}
