import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, of } from 'rxjs';
import { SitePlacesService } from '../equipment/site-places.service';

/**
 * A unit chosen from those on the floor plans' rooms (the units the server knows), or none. The list is
 * read once per session; if it cannot be read the select offers only "none", and the screen still works.
 */
@Component({
  selector: 'ww-unit-select',
  template: `
    <label>
      Unit
      <select [attr.data-testid]="testId()" (change)="chosen.emit(valueOf($event))">
        <option value="" [selected]="value() === ''">{{ noneLabel() }}</option>
        @for (name of units(); track name) {
          <option [value]="name" [selected]="name === value()">{{ name }}</option>
        }
      </select>
    </label>
  `,
  styles: `
    label {
      display: flex;
      flex-direction: column;
      font-size: 0.9rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitSelectComponent {
  /** The unit chosen; empty for none. */
  readonly value = input.required<string>();
  readonly testId = input.required<string>();
  /** What choosing none means here: "All units", or a prompt. */
  readonly noneLabel = input('All units');
  readonly chosen = output<string>();

  protected readonly units = toSignal(
    inject(SitePlacesService).places$.pipe(
      map((places) => places.units),
      catchError(() => of<string[]>([])),
    ),
    { initialValue: [] },
  );

  protected valueOf(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
