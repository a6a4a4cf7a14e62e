import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateAlerts1795668822434 implements MigrationInterface {
  name = 'CreateAlerts1795668822434';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `alerts` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(64) NOT NULL, `conditionKey` varchar(255) NOT NULL, `openKey` varchar(255) NULL, `severity` varchar(16) NOT NULL, `title` varchar(200) NOT NULL, `detail` text NULL, `subjectType` varchar(32) NOT NULL, `subjectId` varchar(128) NOT NULL, `floorId` varchar(64) NULL, `roomId` varchar(64) NULL, `raisedAt` datetime(3) NOT NULL, `lastEvaluatedAt` datetime(3) NOT NULL, `acknowledgedAt` datetime(3) NULL, `acknowledgedBy` varchar(64) NULL, `acknowledgeNote` text NULL, `resolvedAt` datetime(3) NULL, `resolvedBy` varchar(64) NULL, `resolution` varchar(16) NULL, `resolutionNote` text NULL, INDEX `IDX_d1e095db64a430f1693138473b` (`conditionKey`), UNIQUE INDEX `UQ_alerts_open_key` (`openKey`), INDEX `IDX_a1fdfe4a957f4a67deaafb8b04` (`floorId`), INDEX `IDX_bdf094f627d64e2dc6a6fff254` (`resolvedAt`), INDEX `IDX_alerts_kind_raised` (`kind`, `raisedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `tag_battery_readings` (`tagId` varchar(128) NOT NULL, `batteryMv` int NOT NULL, `readAt` datetime(3) NOT NULL, PRIMARY KEY (`tagId`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"alerts\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"kind\" varchar(64) NOT NULL, \"conditionKey\" varchar(255) NOT NULL, \"openKey\" varchar(255), \"severity\" varchar(16) NOT NULL, \"title\" varchar(200) NOT NULL, \"detail\" text, \"subjectType\" varchar(32) NOT NULL, \"subjectId\" varchar(128) NOT NULL, \"floorId\" varchar(64), \"roomId\" varchar(64), \"raisedAt\" datetime(3) NOT NULL, \"lastEvaluatedAt\" datetime(3) NOT NULL, \"acknowledgedAt\" datetime(3), \"acknowledgedBy\" varchar(64), \"acknowledgeNote\" text, \"resolvedAt\" datetime(3), \"resolvedBy\" varchar(64), \"resolution\" varchar(16), \"resolutionNote\" text)",
      "CREATE INDEX \"IDX_d1e095db64a430f1693138473b\" ON \"alerts\" (\"conditionKey\") ",
      "CREATE UNIQUE INDEX \"UQ_alerts_open_key\" ON \"alerts\" (\"openKey\") ",
      "CREATE INDEX \"IDX_a1fdfe4a957f4a67deaafb8b04\" ON \"alerts\" (\"floorId\") ",
      "CREATE INDEX \"IDX_bdf094f627d64e2dc6a6fff254\" ON \"alerts\" (\"resolvedAt\") ",
      "CREATE INDEX \"IDX_alerts_kind_raised\" ON \"alerts\" (\"kind\", \"raisedAt\") ",
      "CREATE TABLE \"tag_battery_readings\" (\"tagId\" varchar(128) PRIMARY KEY NOT NULL, \"batteryMv\" integer NOT NULL, \"readAt\" datetime(3) NOT NULL)",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP TABLE `tag_battery_readings`",
      "DROP INDEX `IDX_alerts_kind_raised` ON `alerts`",
      "DROP INDEX `IDX_bdf094f627d64e2dc6a6fff254` ON `alerts`",
      "DROP INDEX `IDX_a1fdfe4a957f4a67deaafb8b04` ON `alerts`",
      "DROP INDEX `UQ_alerts_open_key` ON `alerts`",
      "DROP INDEX `IDX_d1e095db64a430f1693138473b` ON `alerts`",
      "DROP TABLE `alerts`",
    ],
    sqlite: [
      "DROP TABLE \"tag_battery_readings\"",
      "DROP INDEX \"IDX_alerts_kind_raised\"",
      "DROP INDEX \"IDX_bdf094f627d64e2dc6a6fff254\"",
      "DROP INDEX \"IDX_a1fdfe4a957f4a67deaafb8b04\"",
      "DROP INDEX \"UQ_alerts_open_key\"",
      "DROP INDEX \"IDX_d1e095db64a430f1693138473b\"",
      "DROP TABLE \"alerts\"",
    ],
    });
  }
}
