import * as L from 'leaflet';
import { type FakeCanvas, giveSize, installFakeCanvas, nextFrame } from '../../testing/canvas';
import { locatedAsset } from '../../testing/equipment-fixtures';
import type { LivePosition } from '../core/realtime/live-events.models';
import { EquipmentLayer } from './equipment.layer';
import { ASSET_STATUS_COLOURS, typeLetters } from './equipment-style';

const pump = locatedAsset({ id: 1, status: 'available' }, { x: 2, y: 1.5 });
const vent = locatedAsset({ id: 2, typeCode: 'ventilator', name: 'Ventilator 2', status: 'missing' }, { x: 10, y: 5, fresh: false });
const elsewhere = locatedAsset({ id: 3 }, { floorId: 'main-0' });

function moved(tagId: string, x: number, y: number, floorId = 'main-1'): LivePosition {
  return { tagId, floorId, roomId: 'main-1-102', x, y, confidence: 0.8, ts: Date.parse('2026-03-02T10:00:00Z') };
}

describe('EquipmentLayer', () => {
  let map: L.Map;
  let canvas: FakeCanvas;

  beforeEach(() => {
    canvas = installFakeCanvas();
    const element = document.createElement('div');
    giveSize(element);
    document.body.appendChild(element);
    map = L.map(element, { crs: L.CRS.Simple, renderer: L.svg() }).setView([5, 5], 3);
  });

  afterEach(() => {
    map.remove();
    document.body.innerHTML = '';
  });

  it('draws a marker per asset on its floor, on a canvas rather than as SVG elements', () => {
    const counts: number[] = [];
    const layer = new EquipmentLayer('main-1', { onCountChange: (count) => counts.push(count) });
    layer.setAssets([pump, vent, elsewhere, { ...pump, id: 4, position: null }]);
    layer.addTo(map);

    expect(layer.count).toBe(2);
    expect(counts).toEqual([2]);
    expect(layer.markerOf(1)?.options.renderer).toBeInstanceOf(L.Canvas);
    expect(document.querySelectorAll('.leaflet-overlay-pane canvas')).toHaveLength(1);
    expect(document.querySelectorAll('.leaflet-overlay-pane path')).toHaveLength(0);
    expect(layer.markerOf(2)?.getLatLng()).toEqual(L.latLng(5, 10));
  });

  it('colours by status, fades a position not heard from lately, and letters by type', async () => {
    const layer = new EquipmentLayer('main-1');
    layer.setAssets([pump, vent]);
    layer.addTo(map);
    await nextFrame();

    expect(layer.markerOf(1)?.options.fillColor).toBe(ASSET_STATUS_COLOURS.available);
    expect(layer.markerOf(2)?.options.fillColor).toBe(ASSET_STATUS_COLOURS.missing);
    expect(layer.markerOf(1)?.options.fillOpacity).toBe(1);
    expect(layer.markerOf(2)?.options.fillOpacity).toBeLessThan(1);
    expect(canvas.texts.sort()).toEqual(['IP', 'V']);
    expect(typeLetters('enteral_feeding_pump')).toBe('EF');
  });

  it('moves markers in place on live positions and reports tags it does not know', () => {
    const counts: number[] = [];
    const layer = new EquipmentLayer('main-1', { onCountChange: (count) => counts.push(count) });
    layer.setAssets([pump, vent]);
    layer.addTo(map);
    const pumpMarker = layer.markerOf(1);
    const addLayer = jest.spyOn(map, 'addLayer');

    const unknown = layer.applyPositions([moved(pump.tagId as string, 20, 8), moved('ibeacon:badge:9:9', 1, 1), moved('ibeacon:far:1:1', 1, 1, 'main-0')]);

    expect(unknown).toEqual(['ibeacon:badge:9:9']);
    expect(layer.markerOf(1)).toBe(pumpMarker);
    expect(pumpMarker?.getLatLng()).toEqual(L.latLng(8, 20));
    expect(layer.assetOf(1)?.position).toMatchObject({ roomId: 'main-1-102', fresh: true, confidence: 0.8 });
    expect(addLayer).not.toHaveBeenCalled();
    expect(counts).toEqual([2]);
  });

  it('brightens a faded marker once its tag is heard again, and drops one that left the floor', () => {
    const counts: number[] = [];
    const layer = new EquipmentLayer('main-1', { onCountChange: (count) => counts.push(count) });
    layer.setAssets([pump, vent]);
    layer.addTo(map);

    layer.applyPositions([moved(vent.tagId as string, 11, 5)]);
    expect(layer.markerOf(2)?.options.fillOpacity).toBe(1);

    layer.applyPositions([moved(pump.tagId as string, 3, 3, 'main-0')]);
    expect(layer.markerOf(1)).toBeUndefined();
    expect(layer.count).toBe(1);
    expect(counts).toEqual([2, 1]);
  });

  it('keeps markers of assets shown again and removes the rest when the list is replaced', () => {
    const layer = new EquipmentLayer('main-1');
    layer.setAssets([pump, vent]);
    const pumpMarker = layer.markerOf(1);

    layer.setAssets([{ ...pump, status: 'soiled' }]);
    expect(layer.markerOf(1)).toBe(pumpMarker);
    expect(pumpMarker?.options.fillColor).toBe(ASSET_STATUS_COLOURS.soiled);
    expect(layer.markerOf(2)).toBeUndefined();
  });

  it('reports a click with the asset id and outlines the selected asset', () => {
    const onSelect = jest.fn();
    const layer = new EquipmentLayer('main-1', { onSelect });
    layer.setAssets([pump, vent]);
    layer.addTo(map);

    layer.markerOf(2)?.fire('click');
    expect(onSelect).toHaveBeenCalledWith(2);

    layer.select(2);
    expect(layer.markerOf(2)?.options.weight).toBe(3);
    layer.select(1);
    expect(layer.markerOf(2)?.options.weight).toBe(1.5);
    expect(layer.markerOf(1)?.options.radius).toBeGreaterThan(layer.markerOf(2)?.options.radius ?? 0);
  });

  it('keeps redrawing moves after being hidden and shown again', async () => {
    const layer = new EquipmentLayer('main-1');
    layer.setAssets([pump]);
    layer.addTo(map);
    await nextFrame();
    layer.remove();
    layer.addTo(map);
    canvas.texts.length = 0;

    layer.applyPositions([moved(pump.tagId as string, 6, 4)]);
    await nextFrame();
    expect(canvas.texts).toEqual(['IP']);
  });

  it('drops a redraw still pending when it leaves the map', async () => {
    const errors: unknown[] = [];
    const record = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', record);
    const layer = new EquipmentLayer('main-1');
    layer.setAssets([pump]);
    layer.addTo(map);
    await nextFrame();

    layer.applyPositions([moved(pump.tagId as string, 6, 4)]);
    map.setView([6, 6], 3, { animate: false });
    layer.applyPositions([moved(pump.tagId as string, 7, 4)]);
    layer.remove();
    await nextFrame();
    window.removeEventListener('error', record);

    expect(errors).toEqual([]);
  });

  it('takes its markers and its canvas off the map when removed', () => {
    const layer = new EquipmentLayer('main-1');
    layer.setAssets([pump]);
    layer.addTo(map);
    layer.remove();

    expect(map.hasLayer(layer.markerOf(1) as L.Layer)).toBe(false);
    expect(document.querySelectorAll('.leaflet-overlay-pane canvas')).toHaveLength(0);
  });
});

describe('EquipmentLayer.reveal', () => {
  let map: L.Map;

  beforeEach(() => {
    installFakeCanvas();
    const element = document.createElement('div');
    giveSize(element, 400, 300);
    document.body.appendChild(element);
    map = L.map(element, { crs: L.CRS.Simple, renderer: L.svg() }).setView([5, 5], 3);
  });

  afterEach(() => {
    map.remove();
    document.body.innerHTML = '';
  });

  it('pans to a marker out of view, and leaves the view alone for one in it', () => {
    const far = locatedAsset({ id: 9 }, { x: 200, y: 150 });
    const layer = new EquipmentLayer('main-1');
    layer.setAssets([pump, far]);
    layer.addTo(map);
    const pan = jest.spyOn(map, 'panTo');

    layer.reveal(1);
    expect(pan).not.toHaveBeenCalled();
    layer.reveal(9);
    expect(pan).toHaveBeenCalledWith(L.latLng(150, 200), { animate: false });
  });

  it('reveals an asset as soon as its marker arrives', () => {
    const layer = new EquipmentLayer('main-1');
    layer.addTo(map);
    const pan = jest.spyOn(map, 'panTo');

    layer.reveal(9);
    expect(pan).not.toHaveBeenCalled();
    layer.setAssets([locatedAsset({ id: 9 }, { x: 200, y: 150 })]);
    expect(pan).toHaveBeenCalledTimes(1);
  });
});
