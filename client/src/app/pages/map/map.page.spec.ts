import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SITES, floorDetail, flushPromises, room } from '../../../testing/fixtures';
import type { FloorDetail } from '../../core/api/floorplan.models';
import { MapPage } from './map.page';

describe('MapPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  const groundFloor = floorDetail('main-0', [room({ id: 'main-0-lobby', name: 'Lobby', type: 'lobby' })]);
  const firstFloor: FloorDetail = {
    ...floorDetail('main-1', [
      room({ id: 'main-1-icu1', name: 'ICU bay 1', type: 'icu_bay', isolation: 'airborne', pressure: 'negative', areaM2: 18.25 }),
      room({ id: 'main-1-101', name: 'Room 101' }),
    ]),
    devices: [{ id: 'gw-1', deviceType: 'ble_gateway', name: 'Gateway ICU', roomId: 'main-1-icu1', x: 1, y: 1 }],
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'map', component: MapPage }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await flushPromises();
    await harness.fixture.whenStable();
  }

  const page = () => harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => page().querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  const roomIds = () => [...page().querySelectorAll('path.room-polygon')].map((path) => path.getAttribute('data-room-id'));

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url, MapPage);
    backend.expectOne('/api/floorplan/sites').flush(SITES);
    await settle();
  }

  function serveFloor(detail: FloorDetail): void {
    backend.expectOne(`/api/floorplan/floors/${detail.floor.id}`).flush(detail);
  }

  it('opens on the ground floor and writes it into the URL', async () => {
    await open('/map');
    serveFloor(groundFloor);
    await settle();

    expect(TestBed.inject(Router).url).toBe('/map?floor=main-0');
    expect(byTestId('current-floor-name')?.textContent?.trim()).toBe('Ground floor');
    expect(byTestId('floor-option-main-0')?.getAttribute('aria-pressed')).toBe('true');
    expect(roomIds()).toEqual(['main-0-lobby']);
  });

  it('opens the floor named in the URL', async () => {
    await open('/map?floor=main-1');
    serveFloor(firstFloor);
    await settle();

    expect(byTestId('current-floor-name')?.textContent?.trim()).toBe('First floor');
    expect(roomIds()).toEqual(['main-1-icu1', 'main-1-101']);
  });

  it('switches floors from the switcher: URL, name and rooms all follow', async () => {
    await open('/map?floor=main-0');
    serveFloor(groundFloor);
    await settle();

    byTestId('floor-option-main-1')?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/map?floor=main-1');
    expect(byTestId('current-floor-name')?.textContent?.trim()).toBe('First floor');
    expect(roomIds()).toEqual([]);

    serveFloor(firstFloor);
    await settle();
    expect(roomIds()).toEqual(['main-1-icu1', 'main-1-101']);
    expect(byTestId('floor-option-main-1')?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId('floor-option-main-0')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the details of a clicked room, with the devices in it', async () => {
    await open('/map?floor=main-1');
    serveFloor(firstFloor);
    await settle();
    expect(byTestId('room-details')).toBeNull();

    page().querySelector('path[data-room-id="main-1-icu1"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();

    const details = byTestId('room-details')?.textContent ?? '';
    expect(details).toContain('ICU bay 1');
    expect(details).toContain('Airborne');
    expect(details).toContain('Negative');
    expect(details).toContain('18.3 m²');
    expect(details).toContain('Gateway ICU');
    expect(page().querySelector('path[data-room-id="main-1-icu1"]')?.getAttribute('stroke-width')).toBe('3');
  });

  it('hides and shows device markers with the toggle', async () => {
    await open('/map?floor=main-1');
    serveFloor(firstFloor);
    await settle();
    expect(page().querySelectorAll('path.device-marker')).toHaveLength(1);

    byTestId('toggle-devices')?.click();
    await settle();
    expect(page().querySelectorAll('path.device-marker')).toHaveLength(0);
    expect(roomIds()).toHaveLength(2);
  });

  it('says so when a floor cannot be loaded, and retries on request', async () => {
    await open('/map?floor=main-1');
    backend.expectOne('/api/floorplan/floors/main-1').flush({ statusCode: 500, message: 'Database unavailable' }, { status: 500, statusText: 'Error' });
    await settle();
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('Database unavailable');

    (page().querySelector('[role="alert"] button') as HTMLButtonElement).click();
    serveFloor(firstFloor);
    await settle();
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(roomIds()).toHaveLength(2);
  });
});
