import { ChangeDetectionStrategy, Component } from '@angular/core';
import { UpcomingFeatureComponent } from '../../shared/upcoming-feature.component';

@Component({
  selector: 'ww-equipment-page',
  imports: [UpcomingFeatureComponent],
  template: `<ww-upcoming-feature heading="Equipment">Equipment tracking arrives with the equipment-tracking release: tagged pumps, beds and monitors will then show here and on the map, with where each one is and whether it is free.</ww-upcoming-feature>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EquipmentPage {}
