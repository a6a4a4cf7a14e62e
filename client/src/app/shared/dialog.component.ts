import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterNextRender, inject, input, output } from '@angular/core';

let nextId = 0;

/**
 * A modal dialog over the page: a title and the projected content (with its own Cancel), closed with
 * Escape too. Focus moves into it when it opens and back to where it was when it closes. Rendered by
 * the caller with `@if`, so it exists only while open.
 */
@Component({
  selector: 'ww-dialog',
  template: `
    <div class="backdrop" aria-hidden="true"></div>
    <div class="dialog panel" role="dialog" aria-modal="true" [attr.aria-labelledby]="titleId" (keydown.escape)="closed.emit()">
      <h2 [id]="titleId">{{ heading() }}</h2>
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      position: fixed;
      inset: 0;
      z-index: 3000;
      display: flex;
      align-items: center;
      justify-content: center;
      padding: 1rem;
    }

    .backdrop {
      position: absolute;
      inset: 0;
      background: rgb(16 24 40 / 45%);
    }

    .dialog {
      position: relative;
      width: min(32rem, 100%);
      max-height: calc(100vh - 2rem);
      overflow-y: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DialogComponent {
  readonly heading = input.required<string>();
  readonly closed = output<void>();
  protected readonly titleId = `ww-dialog-title-${++nextId}`;

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    afterNextRender(() => host.querySelector<HTMLElement>('textarea, input, select, button:not([disabled])')?.focus());
    // Back to the button that opened it, as a native dialog does.
    inject(DestroyRef).onDestroy(() => {
      if (opener?.isConnected) opener.focus();
    });
  }
}
