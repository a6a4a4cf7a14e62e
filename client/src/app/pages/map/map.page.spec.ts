import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import { installFakeCanvas } from '../../../testing/canvas';
import { EQUIPMENT_TYPES, locatedAsset } from '../../../testing/equipment-fixtures';
import { type FakeEventSources, provideFakeEventSources } from '../../../testing/fake-event-source';
import { SITES, floorDetail, room } from '../../../testing/fixtures';
import { complianceReport, excursion, roomCleaning } from '../../../testing/hygiene-fixtures';
import { ICU_CABINET, WARD_CABINET } from '../../../testing/inventory-fixtures';
import { type RoutedPage, routedPage } from '../../../testing/routed-page';
import type { Asset } from '../../core/api/equipment.models';
import type { FloorDetail } from '../../core/api/floorplan.models';
import { EquipmentLayer } from '../../map/equipment.layer';
import { SEARCH_DEBOUNCE_MS } from './asset-search.component';
import { MapPage } from './map.page';

describe('MapPage', () => {
  let routed: RoutedPage;
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let sources: FakeEventSources;

  const groundFloor = floorDetail('main-0', [room({ id: 'main-0-lobby', name: 'Lobby', type: 'lobby' })]);
  const firstFloor: FloorDetail = {
    ...floorDetail('main-1', [
      room({ id: 'main-1-icu1', name: 'ICU bay 1', type: 'icu_bay', isolation: 'airborne', pressure: 'negative', areaM2: 18.25 }),
      room({ id: 'main-1-101', name: 'Room 101' }),
    ]),
    devices: [{ id: 'gw-1', deviceType: 'ble_gateway', name: 'Gateway ICU', roomId: 'main-1-icu1', x: 1, y: 1 }],
  };

  beforeEach(async () => {
    installFakeCanvas();
    const fake = provideFakeEventSources();
    sources = fake.sources;
    routed = await routedPage([{ path: 'map', component: MapPage }], [fake.provider]);
    ({ backend, harness } = routed);
  });

  afterEach(() => backend.verify());

  const settle = () => routed.settle();
  const page = () => routed.element();
  const byTestId = (id: string) => routed.byTestId(id);
  const roomIds = () => [...page().querySelectorAll('path.room-polygon')].map((path) => path.getAttribute('data-room-id'));

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url, MapPage);
    backend.expectOne('/api/floorplan/sites').flush(SITES);
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    await settle();
  }

  /** The floor's drawing and rooms, then the equipment last placed on it. */
  async function serveFloor(detail: FloorDetail, equipment: Asset[] = []): Promise<void> {
    backend.expectOne(`/api/floorplan/floors/${detail.floor.id}`).flush(detail);
    await settle();
    backend.expectOne(`/api/equipment/assets?floor=${detail.floor.id}&limit=200&offset=0`).flush({ total: equipment.length, items: equipment });
  }

  it('opens on the ground floor and writes it into the URL', async () => {
    await open('/map');
    await serveFloor(groundFloor);
    await settle();

    expect(TestBed.inject(Router).url).toBe('/map?floor=main-0');
    expect(byTestId('current-floor-name')?.textContent?.trim()).toBe('Ground floor');
    expect(byTestId('floor-option-main-0')?.getAttribute('aria-pressed')).toBe('true');
    expect(roomIds()).toEqual(['main-0-lobby']);
  });

  it('opens the floor named in the URL', async () => {
    await open('/map?floor=main-1');
    await serveFloor(firstFloor);
    await settle();

    expect(byTestId('current-floor-name')?.textContent?.trim()).toBe('First floor');
    expect(roomIds()).toEqual(['main-1-icu1', 'main-1-101']);
  });

  it('switches floors from the switcher: URL, name and rooms all follow', async () => {
    await open('/map?floor=main-0');
    await serveFloor(groundFloor);
    await settle();

    byTestId('floor-option-main-1')?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/map?floor=main-1');
    expect(byTestId('current-floor-name')?.textContent?.trim()).toBe('First floor');
    expect(roomIds()).toEqual([]);

    await serveFloor(firstFloor);
    await settle();
    expect(roomIds()).toEqual(['main-1-icu1', 'main-1-101']);
    expect(byTestId('floor-option-main-1')?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId('floor-option-main-0')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the details of a clicked room, with the devices in it', async () => {
    await open('/map?floor=main-1');
    await serveFloor(firstFloor);
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
    await serveFloor(firstFloor);
    await settle();
    expect(page().querySelectorAll('path.device-marker')).toHaveLength(1);

    byTestId('toggle-devices')?.click();
    await settle();
    expect(page().querySelectorAll('path.device-marker')).toHaveLength(0);
    expect(roomIds()).toHaveLength(2);
  });

  it('shows the cabinets’ stock levels with the inventory toggle: a red badge for a stock-out', async () => {
    const withCabinet: FloorDetail = {
      ...firstFloor,
      devices: [...firstFloor.devices, { id: ICU_CABINET.id, deviceType: 'medication_cabinet', name: ICU_CABINET.name, roomId: 'main-1-icu1', x: 2, y: 2 }],
    };
    await open('/map?floor=main-1');
    await serveFloor(withCabinet);
    await settle();
    expect(page().querySelectorAll('.cabinet-badge')).toHaveLength(0);

    byTestId('toggle-inventory')?.click();
    backend.expectOne('/api/inventory/cabinets').flush([ICU_CABINET, WARD_CABINET]);
    await settle();
    const badges = [...page().querySelectorAll('.cabinet-badge')];
    expect(badges.map((badge) => [badge.classList.contains('cabinet-badge-stock-out'), badge.textContent])).toEqual([[true, '℞ 35%']]);
    expect(byTestId('inventory-legend')?.textContent).toContain('A bin is stocked out');

    byTestId('toggle-inventory')?.click();
    await settle();
    expect(page().querySelectorAll('.cabinet-badge')).toHaveLength(0);
  });

  it('colours rooms by last week’s compliance or by cleaning state with the hygiene toggle, outlines an excursion going on, and says what failed to load', async () => {
    await open('/map?floor=main-1');
    await serveFloor(firstFloor);
    await settle();

    byTestId('toggle-hygiene')?.click();
    const compliance = backend.expectOne((request) => request.url === '/api/hygiene/compliance');
    expect(compliance.request.params.get('by')).toBe('room');
    expect(Date.parse(compliance.request.params.get('to') ?? '') - Date.parse(compliance.request.params.get('from') ?? '')).toBe(7 * 86_400_000);
    compliance.flush(complianceReport({ by: 'room', groups: [{ key: 'main-1-101', label: 'Room 101', opportunities: 10, met: 9, metByBadge: 9, compliance: 0.9 }] }));
    backend.expectOne('/api/hygiene/rooms/cleaning').flush([roomCleaning({ roomId: 'main-1-icu1', state: 'needs_terminal_clean' }), roomCleaning({ roomId: 'main-1-101' })]);
    backend
      .expectOne((request) => request.url === '/api/hygiene/environment/excursions')
      .flush([excursion({ roomId: 'main-1-icu1', endedAt: null, durationMinutes: null }), excursion({ id: 2, roomId: 'main-1-101' })]);
    await settle();
    const coloured = () => [...page().querySelectorAll('path.hygiene-room')].map((path) => [path.getAttribute('data-testid'), path.getAttribute('fill'), path.classList.contains('hygiene-excursion')]);
    expect(coloured()).toEqual([
      ['hygiene-room-main-1-icu1', '#ffffff', true],
      ['hygiene-room-main-1-101', '#1a7f37', false],
    ]);
    expect(byTestId('hygiene-legend')?.textContent).toContain('80 % or more');

    routed.element().querySelector<HTMLSelectElement>('[data-testid="hygiene-colouring"]')!.value = 'cleaning';
    byTestId('hygiene-colouring')?.dispatchEvent(new Event('change'));
    await settle();
    expect(coloured()).toEqual([
      ['hygiene-room-main-1-icu1', '#b42318', true],
      ['hygiene-room-main-1-101', '#1a7f37', false],
    ]);

    byTestId('toggle-hygiene')?.click();
    await settle();
    expect(page().querySelectorAll('path.hygiene-room')).toHaveLength(0);

    byTestId('toggle-hygiene')?.click();
    backend.expectOne((request) => request.url === '/api/hygiene/compliance').flush({ statusCode: 403, message: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    backend.expectOne('/api/hygiene/rooms/cleaning').flush([roomCleaning({ roomId: 'main-1-101', state: 'dirty' })]);
    backend.expectOne((request) => request.url === '/api/hygiene/environment/excursions').flush([]);
    await settle();
    expect(coloured()).toEqual([['hygiene-room-main-1-101', '#8a6d3b', false]]);
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('Forbidden');
  });

  it('says so when a floor cannot be loaded, and retries on request', async () => {
    await open('/map?floor=main-1');
    backend.expectOne('/api/floorplan/floors/main-1').flush({ statusCode: 500, message: 'Database unavailable' }, { status: 500, statusText: 'Error' });
    await settle();
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('Database unavailable');

    (page().querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await serveFloor(firstFloor);
    await settle();
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(roomIds()).toHaveLength(2);
  });

  describe('equipment', () => {
    const pump = locatedAsset({ id: 1 }, { roomId: 'main-1-101', roomName: 'Room 101', x: 2, y: 1.5 });
    const vent = locatedAsset({ id: 2, typeCode: 'ventilator', name: 'Ventilator 2', status: 'in_use' }, { roomId: 'main-1-icu1', roomName: 'ICU bay 1', x: 1, y: 1 });
    const downstairs = locatedAsset({ id: 3, name: 'Infusion pump 3' }, { floorId: 'main-0', roomId: 'main-0-lobby', roomName: 'Lobby' });
    const router = () => TestBed.inject(Router);

    function heard(tagId: string, roomId: string, x: number, y: number, floorId = 'main-1') {
      return { tagId, floorId, roomId, x, y, confidence: 0.8, ts: Date.parse('2026-03-02T10:00:00Z') };
    }

    async function openFirstFloor(url = '/map?floor=main-1', equipment: Asset[] = [pump, vent]): Promise<void> {
      await open(url);
      await serveFloor(firstFloor, equipment);
      await settle();
    }

    async function search(text: string): Promise<void> {
      const input = page().querySelector('#asset-search-input') as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await settle();
      await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20));
    }

    it('draws the equipment on the floor, says how many, and hides it with the toggle', async () => {
      await openFirstFloor();

      expect(byTestId('equipment-count')?.textContent?.trim()).toBe('2');
      expect(page().querySelectorAll('.leaflet-overlay-pane canvas')).toHaveLength(1);

      byTestId('toggle-equipment')?.click();
      await settle();
      expect(byTestId('equipment-count')).toBeNull();
      expect(page().querySelectorAll('.leaflet-overlay-pane canvas')).toHaveLength(0);
    });

    it('listens to the live positions of the floor shown, and adds equipment that arrives on it', async () => {
      await openFirstFloor('/map?floor=main-1', [pump]);
      expect(sources.latest().url).toBe('/api/events?floor=main-1');

      sources.latest().emit('position', { updates: [heard(pump.tagId as string, 'main-1-icu1', 1, 1), heard(vent.tagId as string, 'main-1-icu1', 1, 2), heard('ibeacon:badge:7:7', 'main-1-101', 3, 1)] });
      backend.expectOne((r) => r.url === '/api/equipment/assets' && r.params.get('q') === vent.tagId).flush({ total: 1, items: [vent] });
      backend.expectOne((r) => r.url === '/api/equipment/assets' && r.params.get('q') === 'ibeacon:badge:7:7').flush({ total: 0, items: [] });
      await settle();
      expect(byTestId('equipment-count')?.textContent?.trim()).toBe('2');

      // A tag that is nobody's equipment is asked about once.
      sources.latest().emit('position', { updates: [heard('ibeacon:badge:7:7', 'main-1-icu1', 1, 1)] });
      backend.expectNone((r) => r.url === '/api/equipment/assets');
    });

    it('reloads the floor equipment when the stream says positions were missed', async () => {
      await openFirstFloor();
      sources.latest().emit('resync', { reason: 'slow-client', droppedPositions: 3 });
      backend.expectOne('/api/equipment/assets?floor=main-1&limit=200&offset=0').flush({ total: 1, items: [pump] });
      await settle();
      expect(byTestId('equipment-count')?.textContent?.trim()).toBe('1');
    });

    it('finds equipment by name or type, and selecting a result shows it on the map with its details', async () => {
      const select = jest.spyOn(EquipmentLayer.prototype, 'select');
      const reveal = jest.spyOn(EquipmentLayer.prototype, 'reveal');
      await openFirstFloor();

      await search('vent');
      backend.expectOne((r) => r.url === '/api/equipment/assets' && r.params.get('q') === 'vent').flush({ total: 1, items: [vent] });
      backend
        .expectOne((r) => r.url === '/api/equipment/assets' && r.params.get('type') === 'ventilator' && r.params.get('floor') === 'main-1')
        .flush({ total: 1, items: [vent] });
      await settle();
      const results = page().querySelectorAll<HTMLButtonElement>('[data-testid="asset-search-result"]');
      expect(results).toHaveLength(1);
      expect(results[0].textContent).toContain('ICU bay 1');

      results[0].click();
      await settle();
      expect(router().url).toBe('/map?floor=main-1&asset=2');
      expect(select).toHaveBeenLastCalledWith(2);
      expect(reveal).toHaveBeenLastCalledWith(2);
      backend.expectOne('/api/equipment/assets/2').flush(vent);
      await settle();

      const details = byTestId('asset-details')?.textContent ?? '';
      expect(details).toContain('Ventilator 2');
      expect(details).toContain('In use');
      expect(details).toContain('Ventilator');
      expect(details).toContain('ICU bay 1');
      expect(details).toContain('80 %'.replace('80', String(Math.round(vent.position.confidence * 100))));
    });

    it('goes to the floor of equipment found elsewhere', async () => {
      await openFirstFloor();
      await search('EQ-0003');
      backend.expectOne((r) => r.params.get('q') === 'EQ-0003').flush({ total: 1, items: [downstairs] });
      await settle();
      expect(page().querySelector('[data-testid="asset-search-result"]')?.textContent).toContain('Lobby (Ground floor)');

      page().querySelector<HTMLButtonElement>('[data-testid="asset-search-result"]')?.click();
      await settle();
      expect(router().url).toBe('/map?floor=main-0&asset=3');
      expect(byTestId('current-floor-name')?.textContent?.trim()).toBe('Ground floor');
      backend.expectOne('/api/equipment/assets/3').flush(downstairs);
      await serveFloor(groundFloor, [downstairs]);
      await settle();
      expect(byTestId('asset-details')?.textContent).toContain('Lobby');
    });

    it('selects equipment clicked on the map, and its details follow its tag', async () => {
      const filled = jest.spyOn(EquipmentLayer.prototype, 'setAssets');
      await openFirstFloor();
      const layer = filled.mock.contexts[0] as EquipmentLayer;

      layer.markerOf(1)?.fire('click');
      await settle();
      expect(router().url).toBe('/map?floor=main-1&asset=1');
      backend.expectOne('/api/equipment/assets/1').flush(pump);
      await settle();
      expect(byTestId('asset-details')?.textContent).toContain('Room 101');

      sources.latest().emit('position', { updates: [heard(pump.tagId as string, 'main-1-icu1', 1, 1)] });
      await settle();
      expect(byTestId('asset-details')?.textContent).toContain('ICU bay 1');

      byTestId('asset-details')?.querySelector<HTMLButtonElement>('button[aria-label="Close equipment details"]')?.click();
      await settle();
      expect(router().url).toBe('/map?floor=main-1');
      expect(byTestId('asset-details')).toBeNull();
    });

    it("draws the selected asset's last 24 hours as a trail", async () => {
      await openFirstFloor('/map?floor=main-1&asset=1');
      backend.expectOne('/api/equipment/assets/1').flush(pump);
      await settle();

      byTestId('toggle-trail')?.click();
      await settle();
      expect(router().url).toBe('/map?floor=main-1&asset=1&trail=24h');
      const request = backend.expectOne((r) => r.url === '/api/equipment/assets/1/trail');
      const from = Date.parse(request.request.params.get('from') ?? '');
      const to = Date.parse(request.request.params.get('to') ?? '');
      expect(to - from).toBe(24 * 3_600_000);
      request.flush({
        asset: pump,
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        visits: [
          { floorId: 'main-1', roomId: 'main-1-icu1', roomName: 'ICU bay 1', roomType: 'icu_bay', unit: null, from: '2026-03-02T08:00:00Z', to: '2026-03-02T09:00:00Z' },
          { floorId: 'main-1', roomId: 'main-1-101', roomName: 'Room 101', roomType: 'patient_room', unit: null, from: '2026-03-02T09:00:00Z', to: null },
        ],
        statusChanges: [],
      });
      await settle();

      expect(page().querySelector('path.asset-trail')).not.toBeNull();
      expect(byTestId('trail-visits')?.textContent).toContain('ICU bay 1');

      byTestId('toggle-trail')?.click();
      await settle();
      expect(page().querySelector('path.asset-trail')).toBeNull();
    });

    it('finds the nearest available of a type from the selected room, and shows one picked', async () => {
      await openFirstFloor();
      const picker = byTestId('room-finder') as HTMLSelectElement;
      picker.value = 'main-1-101';
      picker.dispatchEvent(new Event('change'));
      const type = byTestId('nearest-type') as HTMLSelectElement;
      type.value = 'infusion_pump';
      type.dispatchEvent(new Event('change'));
      await settle();

      backend.expectOne('/api/equipment/nearest?type=infusion_pump&room=main-1-101&limit=5').flush({
        from: { id: 'main-1-101', name: 'Room 101', floorId: 'main-1', unit: 'Ward 1' },
        nearest: [{ asset: downstairs, position: downstairs.position, walkingMetres: 61.4, walkingSeconds: 85, floorsChanged: 1 }],
        unlocated: [],
        unavailable: { in_use: 4 },
      });
      await settle();
      const result = byTestId('nearest-result');
      expect(result?.textContent).toContain('61 m · 1 min 25 s');

      result?.click();
      await settle();
      expect(router().url).toBe('/map?floor=main-0&asset=3');
      backend.expectOne('/api/equipment/assets/3').flush(downstairs);
      await serveFloor(groundFloor, [downstairs]);
    });
  });
});
