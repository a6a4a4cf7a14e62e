import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateGatewayIngestState1795666805816 implements MigrationInterface {
  name = 'CreateGatewayIngestState1795666805816';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `gateway_ingest_states` (`gatewayId` varchar(64) NOT NULL, `lastSeq` bigint NULL, `seqWindow` text NULL, `lastBatchAt` datetime(3) NULL, `lastSentAt` datetime(3) NULL, `lastRejectedAt` datetime(3) NULL, `batches` bigint NOT NULL, `duplicateBatches` bigint NOT NULL, `rejectedBatches` bigint NOT NULL, `sightings` bigint NOT NULL, `skippedSightings` bigint NOT NULL, `unknownFrames` bigint NOT NULL, `malformedAdvertisements` bigint NOT NULL, PRIMARY KEY (`gatewayId`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"gateway_ingest_states\" (\"gatewayId\" varchar(64) PRIMARY KEY NOT NULL, \"lastSeq\" bigint, \"seqWindow\" text, \"lastBatchAt\" datetime(3), \"lastSentAt\" datetime(3), \"lastRejectedAt\" datetime(3), \"batches\" bigint NOT NULL, \"duplicateBatches\" bigint NOT NULL, \"rejectedBatches\" bigint NOT NULL, \"sightings\" bigint NOT NULL, \"skippedSightings\" bigint NOT NULL, \"unknownFrames\" bigint NOT NULL, \"malformedAdvertisements\" bigint NOT NULL)",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP TABLE `gateway_ingest_states`",
    ],
    sqlite: [
      "DROP TABLE \"gateway_ingest_states\"",
    ],
    });
  }
}
