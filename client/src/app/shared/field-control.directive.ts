import { Directive, inject } from '@angular/core';
import { FormFieldComponent } from './form-field.component';

/** Marks the input or select of a `ww-form-field` and wires its accessibility attributes to it. */
@Directive({
  selector: '[wwFieldControl]',
  host: {
    '[id]': 'field.fieldId()',
    '[attr.aria-invalid]': 'field.error() ? "true" : null',
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class FieldControlDirective {
  protected readonly field = inject(FormFieldComponent);
}
