import { ChangeDetectionStrategy, Component } from '@angular/core';
import { UpcomingFeatureComponent } from '../../shared/upcoming-feature.component';

@Component({
  selector: 'ww-inventory-page',
  imports: [UpcomingFeatureComponent],
  template: `<ww-upcoming-feature heading="Inventory">Medication inventory arrives with the inventory release: stock in each medication cabinet, pick lists and count sessions will then be managed here.</ww-upcoming-feature>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InventoryPage {}
