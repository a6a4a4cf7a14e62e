import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { signInAs } from '../../../../testing/auth';
import { byTestId, enter, textOf } from '../../../../testing/dom';
import { EQUIPMENT_TYPES, serveSitePlaces } from '../../../../testing/equipment-fixtures';
import { BIOMED, VIEWER } from '../../../../testing/fixtures';
import type { User } from '../../../core/api/auth.models';
import type { ParLevel } from '../../../core/api/equipment.models';
import { ParLevelsTabComponent } from './par-levels-tab.component';

function level(unit: string, typeCode: string, minAvailable: number, available: number, unlocated: number[] = []): ParLevel {
  return {
    unit,
    typeCode,
    minAvailable,
    available,
    shortfall: Math.max(0, minAvailable - available),
    availableAssetIds: [],
    unlocatedAssetIds: unlocated,
  };
}

const LEVELS = [level('Intensive care unit', 'ventilator', 3, 1, [12]), level('Ward 1', 'infusion_pump', 4, 6)];

describe('ParLevelsTabComponent', () => {
  let fixture: ComponentFixture<ParLevelsTabComponent>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ParLevelsTabComponent], providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function openAs(user: User): Promise<void> {
    await signInAs(user);
    fixture = TestBed.createComponent(ParLevelsTabComponent);
    backend.expectOne('/api/equipment/types').flush(EQUIPMENT_TYPES);
    serveSitePlaces(backend);
    backend.expectOne({ method: 'GET', url: '/api/equipment/par-levels' }).flush(LEVELS);
    await fixture.whenStable();
  }

  it('shows each level with what is available now, and the shortfall', async () => {
    await openAs(VIEWER);
    const icu = byTestId(fixture, 'par-row-Intensive care unit-ventilator')?.textContent ?? '';
    expect(icu).toContain('Ventilator');
    expect(icu).toContain('2 short');
    expect(icu).toContain('1');
    expect(byTestId(fixture, 'par-row-Ward 1-infusion_pump')?.textContent).toContain('Met');
  });

  it('lets only biomed and admins edit', async () => {
    await openAs(VIEWER);
    expect(byTestId(fixture, 'par-edit')).toBeNull();
  });

  it('replaces the whole set: changed, removed and added levels', async () => {
    await openAs(BIOMED);
    byTestId(fixture, 'par-edit')?.click();
    await fixture.whenStable();

    enter(fixture, '[data-testid="par-min-0"]', '4');
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button[aria-label="Remove Infusion pump in Ward 1"]')?.click();
    await fixture.whenStable();
    enter(fixture, '[data-testid="par-new-unit"]', 'Emergency department');
    enter(fixture, '[data-testid="par-new-type"]', 'wheelchair');
    enter(fixture, '[data-testid="par-new-min"]', '2');
    await fixture.whenStable();
    byTestId(fixture, 'par-add')?.click();
    await fixture.whenStable();
    byTestId(fixture, 'par-save')?.click();

    const request = backend.expectOne({ method: 'PUT', url: '/api/equipment/par-levels' });
    expect(request.request.body).toEqual({
      levels: [
        { unit: 'Intensive care unit', typeCode: 'ventilator', minAvailable: 4 },
        { unit: 'Emergency department', typeCode: 'wheelchair', minAvailable: 2 },
      ],
    });
    request.flush([level('Intensive care unit', 'ventilator', 4, 1), level('Emergency department', 'wheelchair', 2, 2)]);
    await fixture.whenStable();

    expect(byTestId(fixture, 'par-editor')).toBeNull();
    expect(textOf(fixture)).toContain('PAR levels saved.');
    expect(byTestId(fixture, 'par-row-Emergency department-wheelchair')).not.toBeNull();
  });

  it('refuses a second level for the same unit and type, and a minimum that is not a whole number', async () => {
    await openAs(BIOMED);
    byTestId(fixture, 'par-edit')?.click();
    await fixture.whenStable();
    enter(fixture, '[data-testid="par-new-unit"]', 'Ward 1');
    enter(fixture, '[data-testid="par-new-type"]', 'infusion_pump');
    await fixture.whenStable();
    byTestId(fixture, 'par-add')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'par-error')?.textContent).toContain('Ward 1 already has a level for Infusion pump');

    enter(fixture, '[data-testid="par-min-0"]', '2.5');
    byTestId(fixture, 'par-save')?.click();
    await fixture.whenStable();
    backend.expectNone('/api/equipment/par-levels');
    expect(byTestId(fixture, 'par-error')?.textContent).toContain('must be a whole number from 0 to 1000');
  });
});
