import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class AddGatewayHeartbeats1795676007749 implements MigrationInterface {
  name = 'AddGatewayHeartbeats1795676007749';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `gateway_heartbeats` (`gatewayId` varchar(64) NOT NULL, `receivedAt` datetime(3) NOT NULL, `sentAt` datetime(3) NOT NULL, `version` varchar(32) NOT NULL, `uptimeSeconds` bigint NOT NULL, `adapterName` varchar(16) NULL, `adapterState` varchar(16) NOT NULL, `advertisementsPerSecond` double NOT NULL, `sightingsPerSecond` double NOT NULL, `queueDepth` bigint NOT NULL, `queueBytes` bigint NOT NULL, `queueDropped` bigint NOT NULL, `queueRejected` bigint NOT NULL, `malformed` bigint NOT NULL, PRIMARY KEY (`gatewayId`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"gateway_heartbeats\" (\"gatewayId\" varchar(64) PRIMARY KEY NOT NULL, \"receivedAt\" datetime(3) NOT NULL, \"sentAt\" datetime(3) NOT NULL, \"version\" varchar(32) NOT NULL, \"uptimeSeconds\" bigint NOT NULL, \"adapterName\" varchar(16), \"adapterState\" varchar(16) NOT NULL, \"advertisementsPerSecond\" double NOT NULL, \"sightingsPerSecond\" double NOT NULL, \"queueDepth\" bigint NOT NULL, \"queueBytes\" bigint NOT NULL, \"queueDropped\" bigint NOT NULL, \"queueRejected\" bigint NOT NULL, \"malformed\" bigint NOT NULL)",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP TABLE `gateway_heartbeats`",
    ],
    sqlite: [
      "DROP TABLE \"gateway_heartbeats\"",
    ],
    });
  }
}
