import type { ComponentFixture } from '@angular/core/testing';

/** The element with `data-testid`, or null. */
export function byTestId(fixture: ComponentFixture<unknown>, testId: string): HTMLElement | null {
  return (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${testId}"]`);
}

/** Types into an input or picks a select option the way a user would, so reactive forms see it. */
export function enter(fixture: ComponentFixture<unknown>, selector: string, value: string): void {
  const field = (fixture.nativeElement as HTMLElement).querySelector(selector) as HTMLInputElement | HTMLSelectElement;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}

export function textOf(fixture: ComponentFixture<unknown>): string {
  return (fixture.nativeElement as HTMLElement).textContent ?? '';
}
