import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The Wardwatch mark: a cross on a rounded tile. Colours come from `--brand-tile` and `--brand-cross`. */
@Component({
  selector: 'ww-brand-mark',
  template: `
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" />
      <path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" />
    </svg>
  `,
  styles: `
    :host {
      display: inline-block;
      width: 1.7rem;
      height: 1.7rem;
    }

    svg {
      display: block;
      width: 100%;
      height: 100%;
    }

    rect {
      fill: var(--brand-tile, var(--ww-navy));
    }

    path {
      fill: var(--brand-cross, #fff);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BrandMarkComponent {}
