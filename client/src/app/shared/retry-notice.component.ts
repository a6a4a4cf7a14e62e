import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** A failed load: what went wrong, and a way to try again. */
@Component({
  selector: 'ww-retry-notice',
  template: `
    <div class="notice notice-error" role="alert">
      <p>{{ message() }}</p>
      <button type="button" class="btn btn-small" (click)="retry.emit()">Try again</button>
    </div>
  `,
  host: { style: 'display: block' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetryNoticeComponent {
  readonly message = input.required<string>();
  readonly retry = output<void>();
}
