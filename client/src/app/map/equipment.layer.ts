import * as L from 'leaflet';
import { ASSET_STATUS_LABELS, type Asset, type LocatedAsset } from '../core/api/equipment.models';
import type { LivePosition } from '../core/realtime/live-events.models';
import { ASSET_STATUS_COLOURS, typeLetters } from './equipment-style';
import { withLivePosition } from './live-position';
import type { MapLayer } from './map-layer';
import { HOVER_TOOLTIP } from './path-helpers';
import { toLatLng } from './plan-coordinates';

export interface EquipmentLayerOptions {
  /** A marker was clicked. */
  onSelect?: (assetId: number) => void;
  /** How many markers are on the layer, whenever that changes. */
  onCountChange?: (count: number) => void;
  /** The type's name for the hover text; its code otherwise. */
  typeName?: (typeCode: string) => string;
}

/** Pixels, whatever the zoom: a marker stays a finger-sized dot with its letters readable. */
const RADIUS_PX = 8;
const SELECTED_RADIUS_PX = 11;
const UNKNOWN_STATUS_COLOUR = '#52606d';

function markerStyle(asset: LocatedAsset, selected: boolean): L.CircleMarkerOptions {
  const fresh = asset.position.fresh;
  return {
    radius: selected ? SELECTED_RADIUS_PX : RADIUS_PX,
    color: selected ? '#102a43' : '#fff',
    weight: selected ? 3 : 1.5,
    // Last seen too long ago: drawn faded and dashed, where it was rather than where it is.
    opacity: fresh ? 1 : 0.7,
    dashArray: fresh ? undefined : '2 2',
    fillColor: ASSET_STATUS_COLOURS[asset.status] ?? UNKNOWN_STATUS_COLOUR,
    fillOpacity: fresh ? 1 : 0.45,
  };
}

function styleKey(asset: LocatedAsset, selected: boolean): string {
  return `${asset.typeCode}|${asset.status}|${asset.position.fresh}|${selected}`;
}

/** The Leaflet 1.9 internals a canvas-drawn marker needs; they are not in Leaflet's type definitions. */
interface CanvasPathInternals {
  _renderer?: { _ctx?: CanvasRenderingContext2D; _drawing?: boolean };
  _point?: L.Point;
  _radius?: number;
}

interface CanvasRendererInternals {
  _ctx?: CanvasRenderingContext2D;
  _redrawRequest?: number | null;
}

const canvasRenderer = L.Canvas.prototype as unknown as { _redraw(this: L.Canvas): void; _destroyContainer(this: L.Canvas): void };

/**
 * Leaflet 1.9's canvas renderer, mended for being taken off the map and put back (the equipment toggle,
 * a floor change). A synchronous redraw (on pan or zoom) leaves an earlier frame request standing, which
 * can then run after the canvas is gone and throw; and once back on the map it never requests a frame
 * again, because it keeps the cancelled request's id, so markers would stop moving until the next pan.
 */
class EquipmentCanvas extends L.Canvas {
  _redraw(): void {
    if ((this as unknown as CanvasRendererInternals)._ctx) canvasRenderer._redraw.call(this);
  }

  _destroyContainer(): void {
    canvasRenderer._destroyContainer.call(this);
    (this as unknown as CanvasRendererInternals)._redrawRequest = null;
  }
}

const drawCircle = (L.CircleMarker.prototype as unknown as { _updatePath(this: L.CircleMarker): void })._updatePath;

/** A circle in the status colour with the type's letters written over it, drawn on a canvas. */
class EquipmentMarker extends L.CircleMarker {
  asset: LocatedAsset;
  letters: string;
  style: string;

  constructor(asset: LocatedAsset, selected: boolean, renderer: L.Canvas) {
    super(toLatLng([asset.position.x, asset.position.y]), { ...markerStyle(asset, selected), renderer, bubblingMouseEvents: false });
    this.asset = asset;
    this.letters = typeLetters(asset.typeCode);
    this.style = styleKey(asset, selected);
  }

  /** Leaflet's canvas renderer calls this to draw the path; the letters go on top of its circle. */
  _updatePath(): void {
    drawCircle.call(this);
    const { _renderer: renderer, _point: point, _radius: radius } = this as unknown as CanvasPathInternals;
    const context = renderer?._ctx;
    if (!renderer?._drawing || !context || !point || !radius) return;
    context.save();
    context.globalAlpha = this.options.fillOpacity ?? 1;
    context.fillStyle = '#fff';
    context.font = `700 ${Math.round(radius * (this.letters.length > 1 ? 0.9 : 1.1))}px system-ui, sans-serif`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(this.letters, point.x, point.y + 0.5);
    context.restore();
  }
}

/**
 * Equipment on one floor: a dot per located asset, coloured by status and lettered by type, drawn on
 * one canvas so thousands stay smooth (an SVG element each would not). Live positions move markers in
 * place; a tag that leaves the floor takes its marker off. Clicking a marker selects its asset.
 */
export class EquipmentLayer implements MapLayer {
  private readonly renderer = new EquipmentCanvas({ padding: 0.5 });
  private readonly group = L.featureGroup();
  private readonly markers = new Map<number, EquipmentMarker>();
  private readonly assetIdByTag = new Map<string, number>();
  private selectedId: number | null = null;
  private map: L.Map | null = null;
  /** Asked to reveal before its marker was there (the floor's assets still loading). */
  private revealId: number | null = null;

  constructor(
    readonly floorId: string,
    private readonly options: EquipmentLayerOptions = {},
  ) {}

  get count(): number {
    return this.markers.size;
  }

  addTo(map: L.Map): void {
    this.map = map;
    this.group.addTo(map);
    this.revealPending();
  }

  remove(): void {
    this.map = null;
    this.group.remove();
    // Markers bring their canvas onto the map; it goes with them, or each floor shown would leave one.
    this.renderer.remove();
  }

  /** Shows exactly these assets (those placed on this floor), keeping and updating markers already shown. */
  setAssets(assets: readonly Asset[]): void {
    const shown = new Set<number>();
    for (const asset of assets) if (this.place(asset)) shown.add(asset.id);
    for (const assetId of [...this.markers.keys()]) if (!shown.has(assetId)) this.drop(assetId);
    this.countChanged();
    this.revealPending();
  }

  /** Adds, moves or restyles one asset; takes it off when it has no position on this floor. */
  upsert(asset: Asset): void {
    if (!this.place(asset)) this.drop(asset.id);
    this.countChanged();
    this.revealPending();
  }

  /**
   * Moves the markers of these tags to their new positions, in place. Answers the tags placed on this
   * floor that have no marker yet: an asset that arrived from elsewhere, or a tag that is not equipment.
   */
  applyPositions(updates: readonly LivePosition[]): string[] {
    const unknown: string[] = [];
    const before = this.markers.size;
    for (const update of updates) {
      const assetId = this.assetIdByTag.get(update.tagId);
      const marker = assetId === undefined ? undefined : this.markers.get(assetId);
      if (marker) {
        if (!this.place(withLivePosition(marker.asset, update))) this.drop(marker.asset.id);
      } else if (update.floorId === this.floorId) {
        unknown.push(update.tagId);
      }
    }
    if (this.markers.size !== before) this.countChanged();
    return unknown;
  }

  /** Outlines one asset's marker and draws it above the others (or none with `null`). */
  select(assetId: number | null): void {
    const previous = this.selectedId;
    this.selectedId = assetId;
    if (assetId !== this.revealId) this.revealId = null;
    for (const id of [previous, assetId]) {
      const marker = id === null ? undefined : this.markers.get(id);
      if (marker) this.restyle(marker);
    }
    if (assetId !== null) this.markers.get(assetId)?.bringToFront();
  }

  /**
   * Pans to an asset's marker when it is out of view (a marker just clicked is in view and stays put).
   * Before the marker exists, it is remembered and revealed as soon as it does.
   */
  reveal(assetId: number): void {
    const marker = this.markers.get(assetId);
    if (!marker || !this.map) {
      this.revealId = assetId;
      return;
    }
    this.revealId = null;
    const latLng = marker.getLatLng();
    if (!this.map.getBounds().contains(latLng)) this.map.panTo(latLng, { animate: false });
  }

  /** The asset as last placed on this layer (live positions included). */
  assetOf(assetId: number): LocatedAsset | undefined {
    return this.markers.get(assetId)?.asset;
  }

  markerOf(assetId: number): L.CircleMarker | undefined {
    return this.markers.get(assetId);
  }

  private revealPending(): void {
    if (this.revealId !== null && this.markers.has(this.revealId)) this.reveal(this.revealId);
  }

  private place(asset: Asset): boolean {
    const position = asset.position;
    if (!position || position.floorId !== this.floorId) return false;
    const located = asset as LocatedAsset;
    const existing = this.markers.get(asset.id);
    if (!existing) {
      this.create(located);
      return true;
    }
    if (existing.asset.tagId !== located.tagId) {
      if (existing.asset.tagId !== null) this.assetIdByTag.delete(existing.asset.tagId);
      if (located.tagId !== null) this.assetIdByTag.set(located.tagId, located.id);
    }
    existing.asset = located;
    existing.letters = typeLetters(located.typeCode);
    const latLng = toLatLng([position.x, position.y]);
    if (!existing.getLatLng().equals(latLng)) existing.setLatLng(latLng);
    this.restyle(existing);
    return true;
  }

  private create(asset: LocatedAsset): void {
    const marker = new EquipmentMarker(asset, asset.id === this.selectedId, this.renderer);
    // A function, so the text follows the asset's status as it changes.
    marker.bindTooltip(() => this.describe(marker.asset), HOVER_TOOLTIP);
    marker.on('click', () => this.options.onSelect?.(marker.asset.id));
    this.markers.set(asset.id, marker);
    if (asset.tagId !== null) this.assetIdByTag.set(asset.tagId, asset.id);
    this.group.addLayer(marker);
  }

  private drop(assetId: number): void {
    const marker = this.markers.get(assetId);
    if (!marker) return;
    this.group.removeLayer(marker);
    this.markers.delete(assetId);
    if (marker.asset.tagId !== null) this.assetIdByTag.delete(marker.asset.tagId);
  }

  private restyle(marker: EquipmentMarker): void {
    const selected = marker.asset.id === this.selectedId;
    const key = styleKey(marker.asset, selected);
    if (key === marker.style) return;
    marker.style = key;
    marker.setStyle(markerStyle(marker.asset, selected));
  }

  private describe(asset: LocatedAsset): string {
    const type = this.options.typeName?.(asset.typeCode) ?? asset.typeCode;
    const status = ASSET_STATUS_LABELS[asset.status] ?? asset.status;
    return `${asset.name} (${asset.assetTag}) · ${type} · ${status}${asset.position.fresh ? '' : ' · last seen here'}`;
  }

  private countChanged(): void {
    this.options.onCountChange?.(this.markers.size);
  }
}
