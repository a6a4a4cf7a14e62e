import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class AddEquipmentHygiene1795683065233 implements MigrationInterface {
  name = 'AddEquipmentHygiene1795683065233';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `equipment_hygiene` (`assetId` int NOT NULL, `soiled` tinyint NOT NULL, `since` datetime(3) NULL, `reason` varchar(32) NULL, `cleanedBy` varchar(16) NULL, `changedBy` varchar(100) NOT NULL, `note` varchar(500) NULL, `inCleanUtilitySince` datetime(3) NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_e71809a156d925904a5ad83d6f` (`soiled`, `inCleanUtilitySince`), PRIMARY KEY (`assetId`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"equipment_hygiene\" (\"assetId\" integer PRIMARY KEY NOT NULL, \"soiled\" boolean NOT NULL, \"since\" datetime(3), \"reason\" varchar(32), \"cleanedBy\" varchar(16), \"changedBy\" varchar(100) NOT NULL, \"note\" varchar(500), \"inCleanUtilitySince\" datetime(3), \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_e71809a156d925904a5ad83d6f\" ON \"equipment_hygiene\" (\"soiled\", \"inCleanUtilitySince\") ",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP INDEX `IDX_e71809a156d925904a5ad83d6f` ON `equipment_hygiene`",
      "DROP TABLE `equipment_hygiene`",
    ],
    sqlite: [
      "DROP INDEX \"IDX_e71809a156d925904a5ad83d6f\"",
      "DROP TABLE \"equipment_hygiene\"",
    ],
    });
  }
}
