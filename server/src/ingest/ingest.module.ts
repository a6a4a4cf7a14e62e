import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevicesModule } from '../devices/devices.module.js';
import { FloorplanModule } from '../floorplan/floorplan.module.js';
import { BleIngestController } from './ble-ingest.controller.js';
import { BleIngestService } from './ble-ingest.service.js';
import { BleMqttListener } from './ble-mqtt.listener.js';
import { BleSightingBus } from './ble-sighting.bus.js';
import { CabinetIngestController } from './cabinet-ingest.controller.js';
import { CabinetIngestService } from './cabinet-ingest.service.js';
import { CabinetMqttListener } from './cabinet-mqtt.listener.js';
import { CabinetReportSink } from './cabinet-report.sink.js';
import { GatewayDirectory } from './gateway-directory.service.js';
import { GatewayIngestState } from './gateway-ingest-state.entity.js';
import { HygieneIngestController } from './hygiene-ingest.controller.js';
import { HygieneIngestService } from './hygiene-ingest.service.js';
import { HygieneMqttListener } from './hygiene-mqtt.listener.js';
import { HygieneReportSink } from './hygiene-report.sink.js';
import { IngestDeviceCheck } from './ingest-device-check.service.js';
import { IngestStatsService } from './ingest-stats.service.js';

/**
 * Device reports in: BLE gateway batches over HTTP and MQTT, validated, de-duplicated and normalized,
 * then handed to features on the BleSightingBus; medication cabinet batches, validated and handed to the
 * CabinetReportSink (inventory stores them, idempotent by seq); hand-hygiene dispenser and environment sensor
 * batches, likewise handed to the HygieneReportSink (hygiene stores them). Features import this module for the bus; the
 * gateway-health page and alerts read IngestStatsService.
 */
@Module({
  imports: [TypeOrmModule.forFeature([GatewayIngestState]), DevicesModule, FloorplanModule],
  controllers: [BleIngestController, CabinetIngestController, HygieneIngestController],
  providers: [BleIngestService, BleSightingBus, GatewayDirectory, IngestStatsService, BleMqttListener, CabinetIngestService, CabinetReportSink, CabinetMqttListener, IngestDeviceCheck, HygieneIngestService, HygieneReportSink, HygieneMqttListener],
  exports: [BleSightingBus, IngestStatsService, BleIngestService, GatewayDirectory, CabinetIngestService, CabinetReportSink, HygieneIngestService, HygieneReportSink],
})
export class IngestModule {}
