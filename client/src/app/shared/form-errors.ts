import type { AbstractControl } from '@angular/forms';

/**
 * A field's validation message appears once the user has left the field or tried to submit,
 * never while they are still typing their first attempt.
 */
export function showFieldError(control: AbstractControl, submitted: boolean): boolean {
  return control.invalid && (control.touched || submitted);
}
