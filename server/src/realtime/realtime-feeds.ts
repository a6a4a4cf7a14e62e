import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AlertView } from '../alerts/alert.dto.js';
import { AlertsService } from '../alerts/alerts.service.js';
import { LocationService } from '../location/location.service.js';
import { RealtimeHub } from './realtime-hub.service.js';

/**
 * What reaches the browsers: the location feature's positions and transitions, and every alert
 * change. Features that are not listed here publish to RealtimeHub themselves.
 */
@Injectable()
export class RealtimeFeeds implements OnModuleInit, OnModuleDestroy {
  private unsubscribes: Array<() => void> = [];

  constructor(
    private readonly hub: RealtimeHub,
    private readonly location: LocationService,
    private readonly alerts: AlertsService,
  ) {}

  onModuleInit(): void {
    this.unsubscribes = [
      this.location.onChange((change) => {
        if (change.kind === 'position') {
          const { tagId, floorId, roomId, x, y, confidence, ts } = change.update;
          this.hub.publishPosition({ tagId, floorId, roomId, x, y, confidence, ts });
        } else {
          const { tagId, fromRoomId, toRoomId, floorId, enteredAt } = change.transition;
          this.hub.publishTransition({ tagId, fromRoomId, toRoomId, floorId, enteredAt });
        }
      }),
      this.alerts.onChange(({ action, alert }) => this.hub.publish('alert', { action, alert: AlertView.of(alert) })),
    ];
  }

  onModuleDestroy(): void {
    for (const unsubscribe of this.unsubscribes) unsubscribe();
    this.unsubscribes = [];
  }
}
