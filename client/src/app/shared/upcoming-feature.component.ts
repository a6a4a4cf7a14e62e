import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A feature page whose release has not landed yet: its name and one honest sentence about what comes. */
@Component({
  selector: 'ww-upcoming-feature',
  template: `
    <section class="page" [attr.aria-labelledby]="headingId">
      <h1 [id]="headingId">{{ heading() }}</h1>
      <p class="page-intro" data-testid="upcoming-feature"><ng-content /></p>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UpcomingFeatureComponent {
  readonly heading = input.required<string>();
  protected readonly headingId = 'upcoming-feature-heading';
}
