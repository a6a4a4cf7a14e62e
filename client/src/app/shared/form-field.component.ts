import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * A labelled form field: label, the projected control, an optional hint and the validation
 * message. The control inside carries `wwFieldControl`, which gives it the id, `aria-invalid`
 * and `aria-describedby` that tie it to this label and these messages.
 */
@Component({
  selector: 'ww-form-field',
  template: `
    <label [for]="fieldId()">{{ label() }}<ng-content select="[wwLabelNote]" /></label>
    <ng-content />
    @if (hint(); as hint) {
      <span class="field-hint" [id]="fieldId() + '-hint'">{{ hint }}</span>
    }
    @if (error(); as error) {
      <p class="field-error" [id]="fieldId() + '-error'">{{ error }}</p>
    }
  `,
  host: { class: 'field' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormFieldComponent {
  readonly label = input.required<string>();
  /** The control's id; also the stem of the hint and error ids. */
  readonly fieldId = input.required<string>();
  readonly hint = input<string | null>(null);
  /** The validation message to show now, or null while the value is acceptable (or untouched). */
  readonly error = input<string | null>(null);

  readonly describedBy = computed(() => {
    const ids = [this.hint() ? `${this.fieldId()}-hint` : null, this.error() ? `${this.fieldId()}-error` : null];
    return ids.filter((id) => id !== null).join(' ') || null;
  });
}
