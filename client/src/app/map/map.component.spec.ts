import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import * as L from 'leaflet';
import type { MapLayer } from './map-layer';
import { MapComponent } from './map.component';
import type { PlanSize } from './plan-coordinates';

class RecordingLayer implements MapLayer {
  map: L.Map | null = null;
  added = 0;
  addTo(map: L.Map): void {
    this.map = map;
    this.added++;
  }
  remove(): void {
    this.map = null;
  }
}

@Component({
  imports: [MapComponent],
  template: `<ww-floor-map [extent]="extent()" [layers]="layers()" />`,
})
class HostComponent {
  readonly extent = signal<PlanSize | null>(null);
  readonly layers = signal<MapLayer[]>([]);
}

describe('MapComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    return fixture;
  }

  it('draws the layers it is given and keeps the ones that stay', async () => {
    const fixture = await render();
    const plan = new RecordingLayer();
    const rooms = new RecordingLayer();
    const devices = new RecordingLayer();

    fixture.componentInstance.layers.set([plan, rooms, devices]);
    await fixture.whenStable();
    expect([plan, rooms, devices].every((layer) => layer.map !== null)).toBe(true);

    fixture.componentInstance.layers.set([plan, rooms]);
    await fixture.whenStable();
    expect(devices.map).toBeNull();
    expect(plan.added).toBe(1);
    expect(rooms.added).toBe(1);
  });

  it('uses metres with y up and fits the whole floor on a new extent', async () => {
    const fixture = await render();
    const layer = new RecordingLayer();
    fixture.componentInstance.layers.set([layer]);
    fixture.componentInstance.extent.set({ widthM: 80, heightM: 40 });
    await fixture.whenStable();

    const map = layer.map as L.Map;
    expect(map.options.crs).toBe(L.CRS.Simple);
    // Panning stops half a floor beyond its edges: lat spans y (40 m), lng spans x (80 m).
    const maxBounds = map.options.maxBounds as L.LatLngBounds;
    expect(maxBounds.getSouthWest()).toEqual(L.latLng(-20, -40));
    expect(maxBounds.getNorthEast()).toEqual(L.latLng(60, 120));
  });

  it('keeps the floor fitted while the page settles, until the user moves the map', async () => {
    const fixture = await render();
    const layer = new RecordingLayer();
    fixture.componentInstance.layers.set([layer]);
    fixture.componentInstance.extent.set({ widthM: 80, heightM: 40 });
    await fixture.whenStable();
    const map = layer.map as L.Map;
    const fits = jest.spyOn(map, 'fitBounds');

    map.fire('resize');
    expect(fits).toHaveBeenCalledTimes(1);

    map.fire('dragstart');
    map.fire('resize');
    expect(fits).toHaveBeenCalledTimes(1);

    // Another floor is fitted again, and follows resizes again.
    fixture.componentInstance.extent.set({ widthM: 60, heightM: 30 });
    await fixture.whenStable();
    map.fire('resize');
    expect(fits).toHaveBeenCalledTimes(3);
  });

  it('removes its layers and the map when destroyed', async () => {
    const fixture = await render();
    const layer = new RecordingLayer();
    fixture.componentInstance.layers.set([layer]);
    await fixture.whenStable();

    fixture.destroy();
    expect(layer.map).toBeNull();
  });

  it('exposes the map container for end-to-end tests', async () => {
    const fixture = await render();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="floor-map"]')?.classList).toContain('leaflet-container');
  });
});
