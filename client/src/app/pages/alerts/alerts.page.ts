import { ChangeDetectionStrategy, Component } from '@angular/core';
import { UpcomingFeatureComponent } from '../../shared/upcoming-feature.component';

@Component({
  selector: 'ww-alerts-page',
  imports: [UpcomingFeatureComponent],
  template: `<ww-upcoming-feature heading="Alerts">Alerts arrive with the alerts release: missing equipment, overdue cleaning, environment limits and low stock will then be raised and acknowledged here.</ww-upcoming-feature>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsPage {}
