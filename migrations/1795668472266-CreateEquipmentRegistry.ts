import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateEquipmentRegistry1795668472266 implements MigrationInterface {
  name = 'CreateEquipmentRegistry1795668472266';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `equipment_status_changes` (`id` int NOT NULL AUTO_INCREMENT, `assetId` int NOT NULL, `fromStatus` varchar(16) NULL, `toStatus` varchar(16) NOT NULL, `at` datetime(3) NOT NULL, `byUser` varchar(100) NOT NULL, `reason` varchar(500) NULL, INDEX `IDX_ac164b9a564d9e6fdff7335246` (`assetId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `equipment_assets` (`id` int NOT NULL AUTO_INCREMENT, `assetTag` varchar(32) NOT NULL, `name` varchar(120) NOT NULL, `typeCode` varchar(48) NOT NULL, `manufacturer` varchar(120) NULL, `model` varchar(120) NULL, `serial` varchar(120) NULL, `homeUnit` varchar(120) NULL, `status` varchar(16) NOT NULL, `pmDueDate` varchar(10) NULL, `tagId` varchar(128) NULL, `tagPairedAt` datetime(3) NULL, `notes` text NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_9553d285a6016dd089e4820e6c` (`assetTag`), INDEX `IDX_9082541a8a6271fa34a42ab804` (`typeCode`), INDEX `IDX_68de20e597ef65e885b2ffbcbb` (`homeUnit`), INDEX `IDX_e9168f14385741d8c8a36cc1de` (`status`), UNIQUE INDEX `IDX_fb0a55504207cafa49a7b64904` (`tagId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `equipment_types` (`code` varchar(48) NOT NULL, `name` varchar(120) NOT NULL, `missingAfterMinutes` int NOT NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB",
      "CREATE TABLE `equipment_par_levels` (`id` int NOT NULL AUTO_INCREMENT, `unit` varchar(120) NOT NULL, `typeCode` varchar(48) NOT NULL, `minAvailable` int NOT NULL, UNIQUE INDEX `IDX_3d8bc6292e26a52db57c4724bb` (`unit`, `typeCode`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"equipment_status_changes\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"assetId\" integer NOT NULL, \"fromStatus\" varchar(16), \"toStatus\" varchar(16) NOT NULL, \"at\" datetime(3) NOT NULL, \"byUser\" varchar(100) NOT NULL, \"reason\" varchar(500))",
      "CREATE INDEX \"IDX_ac164b9a564d9e6fdff7335246\" ON \"equipment_status_changes\" (\"assetId\", \"at\") ",
      "CREATE TABLE \"equipment_assets\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"assetTag\" varchar(32) NOT NULL, \"name\" varchar(120) NOT NULL, \"typeCode\" varchar(48) NOT NULL, \"manufacturer\" varchar(120), \"model\" varchar(120), \"serial\" varchar(120), \"homeUnit\" varchar(120), \"status\" varchar(16) NOT NULL, \"pmDueDate\" varchar(10), \"tagId\" varchar(128), \"tagPairedAt\" datetime(3), \"notes\" text, \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE UNIQUE INDEX \"IDX_9553d285a6016dd089e4820e6c\" ON \"equipment_assets\" (\"assetTag\") ",
      "CREATE INDEX \"IDX_9082541a8a6271fa34a42ab804\" ON \"equipment_assets\" (\"typeCode\") ",
      "CREATE INDEX \"IDX_68de20e597ef65e885b2ffbcbb\" ON \"equipment_assets\" (\"homeUnit\") ",
      "CREATE INDEX \"IDX_e9168f14385741d8c8a36cc1de\" ON \"equipment_assets\" (\"status\") ",
      "CREATE UNIQUE INDEX \"IDX_fb0a55504207cafa49a7b64904\" ON \"equipment_assets\" (\"tagId\") ",
      "CREATE TABLE \"equipment_types\" (\"code\" varchar(48) PRIMARY KEY NOT NULL, \"name\" varchar(120) NOT NULL, \"missingAfterMinutes\" integer NOT NULL)",
      "CREATE TABLE \"equipment_par_levels\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unit\" varchar(120) NOT NULL, \"typeCode\" varchar(48) NOT NULL, \"minAvailable\" integer NOT NULL)",
      "CREATE UNIQUE INDEX \"IDX_3d8bc6292e26a52db57c4724bb\" ON \"equipment_par_levels\" (\"unit\", \"typeCode\") ",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP INDEX `IDX_3d8bc6292e26a52db57c4724bb` ON `equipment_par_levels`",
      "DROP TABLE `equipment_par_levels`",
      "DROP TABLE `equipment_types`",
      "DROP INDEX `IDX_fb0a55504207cafa49a7b64904` ON `equipment_assets`",
      "DROP INDEX `IDX_e9168f14385741d8c8a36cc1de` ON `equipment_assets`",
      "DROP INDEX `IDX_68de20e597ef65e885b2ffbcbb` ON `equipment_assets`",
      "DROP INDEX `IDX_9082541a8a6271fa34a42ab804` ON `equipment_assets`",
      "DROP INDEX `IDX_9553d285a6016dd089e4820e6c` ON `equipment_assets`",
      "DROP TABLE `equipment_assets`",
      "DROP INDEX `IDX_ac164b9a564d9e6fdff7335246` ON `equipment_status_changes`",
      "DROP TABLE `equipment_status_changes`",
    ],
    sqlite: [
      "DROP INDEX \"IDX_3d8bc6292e26a52db57c4724bb\"",
      "DROP TABLE \"equipment_par_levels\"",
      "DROP TABLE \"equipment_types\"",
      "DROP INDEX \"IDX_fb0a55504207cafa49a7b64904\"",
      "DROP INDEX \"IDX_e9168f14385741d8c8a36cc1de\"",
      "DROP INDEX \"IDX_68de20e597ef65e885b2ffbcbb\"",
      "DROP INDEX \"IDX_9082541a8a6271fa34a42ab804\"",
      "DROP INDEX \"IDX_9553d285a6016dd089e4820e6c\"",
      "DROP TABLE \"equipment_assets\"",
      "DROP INDEX \"IDX_ac164b9a564d9e6fdff7335246\"",
      "DROP TABLE \"equipment_status_changes\"",
    ],
    });
  }
}
