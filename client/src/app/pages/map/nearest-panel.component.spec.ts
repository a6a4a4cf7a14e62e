import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId, enter, textOf } from '../../../testing/dom';
import { EQUIPMENT_TYPES, locatedAsset } from '../../../testing/equipment-fixtures';
import { room } from '../../../testing/fixtures';
import type { NearestAsset, NearestResult } from '../../core/api/equipment.models';
import { NearestPanelComponent } from './nearest-panel.component';

const ward4 = room({ id: 'main-1-ward-04', name: 'Ward room 4' });
const bay = room({ id: 'main-1-bay', name: 'Equipment bay' });

function result(nearest: NearestAsset[], extra: Partial<NearestResult> = {}): NearestResult {
  return { from: { id: ward4.id, name: ward4.name, floorId: 'main-1', unit: 'Ward 1' }, nearest, unlocated: [], unavailable: {}, ...extra };
}

function found(id: number, walkingMetres: number, walkingSeconds: number, floorsChanged = 0): NearestAsset {
  const asset = locatedAsset({ id }, { roomName: `Room of ${id}` });
  return { asset, position: asset.position, walkingMetres, walkingSeconds, floorsChanged };
}

describe('NearestPanelComponent', () => {
  let fixture: ComponentFixture<NearestPanelComponent>;
  let backend: HttpTestingController;
  let picked: NearestAsset[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [NearestPanelComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NearestPanelComponent);
    fixture.componentRef.setInput('types', EQUIPMENT_TYPES);
    picked = [];
    fixture.componentInstance.picked.subscribe((entry) => picked.push(entry));
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function ask(typeCode: string, from = ward4): Promise<void> {
    fixture.componentRef.setInput('room', from);
    enter(fixture, '[data-testid="nearest-type"]', typeCode);
    await fixture.whenStable();
  }

  it('asks for nothing until a type and a room are chosen', async () => {
    enter(fixture, '[data-testid="nearest-type"]', 'infusion_pump');
    await fixture.whenStable();
    backend.expectNone((request) => request.url === '/api/equipment/nearest');
    expect(textOf(fixture)).toContain('Select a room on the map');
  });

  it('lists the available ones nearest first, with the walk, and hands one clicked to the page', async () => {
    await ask('infusion_pump');
    expect(byTestId(fixture, 'nearest-from')?.textContent).toBe('Ward room 4');
    backend.expectOne('/api/equipment/nearest?type=infusion_pump&room=main-1-ward-04&limit=5').flush(result([found(7, 43.2, 36), found(9, 120.4, 161, 1)]));
    await fixture.whenStable();

    const rows = (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('[data-testid="nearest-result"]');
    expect([...rows].map((row) => row.querySelector('[data-testid="nearest-walk"]')?.textContent?.trim())).toEqual(['43 m · 36 s', '120 m · 2 min 41 s']);
    expect(rows[1].textContent).toContain('1 floor by lift');

    rows[1].click();
    expect(picked.map((entry) => entry.asset.id)).toEqual([9]);
  });

  it('says what else there is when none is free nearby', async () => {
    await ask('ventilator');
    backend.expectOne((request) => request.url === '/api/equipment/nearest').flush(
      result([], { unlocated: [{ asset: locatedAsset({ id: 3 }), reason: 'stale_position' }], unavailable: { in_use: 5, soiled: 1 } }),
    );
    await fixture.whenStable();

    expect(textOf(fixture)).toContain('No ventilator is available and located right now.');
    expect(textOf(fixture)).toContain('Also: 1 available but not located, 5 in use, 1 soiled.');
  });

  it('asks again when the room changes, and only the latest answer counts', async () => {
    await ask('infusion_pump');
    const first = backend.expectOne((request) => request.params.get('room') === ward4.id);
    fixture.componentRef.setInput('room', bay);
    await fixture.whenStable();
    const second = backend.expectOne((request) => request.params.get('room') === bay.id);

    expect(first.cancelled).toBe(true);
    second.flush(result([found(4, 5, 4)]));
    await fixture.whenStable();
    expect(byTestId(fixture, 'nearest-result')?.textContent).toContain('Infusion pump 4');
  });

  it("shows the server's message when it cannot answer", async () => {
    await ask('infusion_pump');
    backend
      .expectOne((request) => request.url === '/api/equipment/nearest')
      .flush({ statusCode: 400, message: 'room must be a room of the floor plans' }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role="alert"]')?.textContent).toContain('room must be a room of the floor plans');
  });
});
