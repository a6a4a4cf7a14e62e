import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { textOf } from '../../../testing/dom';
import { EQUIPMENT_TYPES, asset, locatedAsset } from '../../../testing/equipment-fixtures';
import type { Asset } from '../../core/api/equipment.models';
import { AssetSearchComponent, SEARCH_DEBOUNCE_MS } from './asset-search.component';

describe('AssetSearchComponent', () => {
  let fixture: ComponentFixture<AssetSearchComponent>;
  let backend: HttpTestingController;
  let picked: Asset[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [AssetSearchComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AssetSearchComponent);
    fixture.componentRef.setInput('types', EQUIPMENT_TYPES);
    fixture.componentRef.setInput('floorId', 'main-1');
    fixture.componentRef.setInput('floorNames', new Map([['main-0', 'Ground floor']]));
    picked = [];
    fixture.componentInstance.picked.subscribe((found) => picked.push(found));
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function type(text: string): Promise<void> {
    const input = (fixture.nativeElement as HTMLElement).querySelector('input') as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20));
    await fixture.whenStable();
  }

  const results = () => [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('[data-testid="asset-search-result"]')];

  it('waits for two characters and for typing to pause, then asks once', async () => {
    await type('v');
    backend.expectNone((request) => request.url === '/api/equipment/assets');

    await type('EQ-00');
    backend.expectOne('/api/equipment/assets?q=EQ-00&limit=8').flush({ total: 1, items: [asset({ id: 5 })] });
    await fixture.whenStable();
    expect(results().map((button) => button.textContent)).toEqual([expect.stringContaining('EQ-0005')]);
    expect(results()[0].textContent).toContain('not located');
  });

  it('also lists a type named in the text on the floor shown, each asset once', async () => {
    const onFloor = locatedAsset({ id: 2, typeCode: 'wheelchair', name: 'Wheelchair 2' });
    const downstairs = locatedAsset({ id: 8, typeCode: 'wheelchair', name: 'Wheelchair 8' }, { floorId: 'main-0', roomName: 'Lobby' });
    await type('wheel');
    backend.expectOne('/api/equipment/assets?q=wheel&limit=8').flush({ total: 2, items: [downstairs, onFloor] });
    backend.expectOne('/api/equipment/assets?type=wheelchair&floor=main-1&limit=8').flush({ total: 1, items: [onFloor] });
    await fixture.whenStable();

    expect(results()).toHaveLength(2);
    expect(results()[0].textContent).toContain('Lobby (Ground floor)');
    expect(results()[1].textContent).toContain('Room 101');
  });

  it('hands the asset picked to the page and clears the box', async () => {
    await type('pump 4');
    backend.expectOne((request) => request.params.get('q') === 'pump 4').flush({ total: 1, items: [asset({ id: 4 })] });
    await fixture.whenStable();

    results()[0].click();
    await fixture.whenStable();
    expect(picked.map((found) => found.id)).toEqual([4]);
    expect(((fixture.nativeElement as HTMLElement).querySelector('input') as HTMLInputElement).value).toBe('');
    expect(results()).toHaveLength(0);
  });

  it('says when nothing matches, and when the search failed', async () => {
    await type('zzz');
    backend.expectOne((request) => request.params.get('q') === 'zzz').flush({ total: 0, items: [] });
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('No equipment matches “zzz”.');

    await type('yyy');
    backend.expectOne((request) => request.params.get('q') === 'yyy').flush({ message: 'Search is down' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    expect(textOf(fixture)).toContain('Search is down');
  });
});
