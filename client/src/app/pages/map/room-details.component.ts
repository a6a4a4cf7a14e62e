import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { PlacedDevice, Room } from '../../core/api/floorplan.models';
import { deviceTypeLook } from '../../map/device-style';
import { roomTypeLook } from '../../map/room-style';
import { NOT_RECORDED, describeIsolation, describePressure } from './room-facts';

/** What is known about the selected room, and which devices are installed in it. */
@Component({
  selector: 'ww-room-details',
  imports: [DecimalPipe],
  templateUrl: './room-details.component.html',
  styleUrls: ['./details-panel.css', './room-details.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoomDetailsComponent {
  readonly room = input.required<Room>();
  readonly devices = input<readonly PlacedDevice[]>([]);
  readonly closed = output<void>();

  protected readonly typeLabel = computed(() => roomTypeLook(this.room().type).label);
  protected readonly unit = computed(() => this.room().unit ?? NOT_RECORDED);
  protected readonly isolation = computed(() => describeIsolation(this.room().isolation));
  protected readonly pressure = computed(() => describePressure(this.room().pressure));
  protected readonly deviceRows = computed(() =>
    this.devices().map((device) => ({ id: device.id, name: device.name, type: deviceTypeLook(device.deviceType).label })),
  );
}
