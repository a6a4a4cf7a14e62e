import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module.js';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { LocationModule } from '../location/location.module.js';
import { AuthModule } from '../platform/auth/auth.module.js';
import { RealtimeFeeds } from './realtime-feeds.js';
import { RealtimeHub } from './realtime-hub.service.js';
import { RealtimeController } from './realtime.controller.js';

/**
 * Live events for the browser over server-sent events (`GET /api/events`): positions, transitions
 * and alerts as they happen. Features publish through RealtimeHub.
 */
@Module({
  imports: [AuthModule, FloorplanModule, LocationModule, AlertsModule],
  controllers: [RealtimeController],
  providers: [RealtimeHub, RealtimeFeeds],
  exports: [RealtimeHub],
})
export class RealtimeModule {}
