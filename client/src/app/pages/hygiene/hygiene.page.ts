import { ChangeDetectionStrategy, Component } from '@angular/core';
import { UpcomingFeatureComponent } from '../../shared/upcoming-feature.component';

@Component({
  selector: 'ww-hygiene-page',
  imports: [UpcomingFeatureComponent],
  template: `<ww-upcoming-feature heading="Hygiene">Hygiene monitoring arrives with the hygiene release: hand-hygiene compliance from the dispensers, room cleaning status and environment readings will then show here.</ww-upcoming-feature>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HygienePage {}
