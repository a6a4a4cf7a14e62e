import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { byTestId } from '../../../testing/dom';
import type { PeriodChoice } from './hygiene-period';
import { PeriodPickerComponent } from './period-picker.component';

describe('PeriodPickerComponent', () => {
  let fixture: ComponentFixture<PeriodPickerComponent>;
  let chosen: PeriodChoice[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(PeriodPickerComponent);
    fixture.componentRef.setInput('choice', { days: 7 });
    fixture.componentRef.setInput('maxDays', 92);
    chosen = [];
    fixture.componentInstance.chosen.subscribe((choice) => chosen.push(choice));
    await fixture.whenStable();
  });

  const type = (testId: string, value: string) => {
    const input = byTestId(fixture, testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('shows the screen’s choice pressed, and emits a preset each time it is chosen', () => {
    expect(byTestId(fixture, 'period-7')?.getAttribute('aria-pressed')).toBe('true');
    byTestId(fixture, 'period-30')?.click();
    byTestId(fixture, 'period-30')?.click();
    expect(chosen).toEqual([{ days: 30 }, { days: 30 }]);
  });

  it('emits a custom period once it holds, and says what is wrong with one that does not', async () => {
    byTestId(fixture, 'period-custom')?.click();
    await fixture.whenStable();
    type('period-first', '2026-11-10');
    type('period-last', '2026-11-01');
    byTestId(fixture, 'period-apply')?.click();
    await fixture.whenStable();
    expect(byTestId(fixture, 'period-error')?.textContent).toBe('The last day must not be before the first.');
    expect(chosen).toEqual([]);

    type('period-last', '2026-11-12');
    await fixture.whenStable();
    expect(byTestId(fixture, 'period-error')).toBeNull();
    byTestId(fixture, 'period-apply')?.click();
    expect(chosen).toEqual([{ days: 'custom', firstDay: '2026-11-10', lastDay: '2026-11-12' }]);
  });
});
