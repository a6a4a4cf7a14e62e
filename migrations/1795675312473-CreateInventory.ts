import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateInventory1795675312473 implements MigrationInterface {
  name = 'CreateInventory1795675312473';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `inventory_bins` (`id` int NOT NULL AUTO_INCREMENT, `cabinetId` varchar(64) NOT NULL, `drawerId` int NOT NULL, `label` varchar(40) NOT NULL, `itemId` int NOT NULL, `par` int NOT NULL, `reorderPoint` int NOT NULL, `maximum` int NOT NULL, `expected` int NOT NULL, `lastCount` int NULL, `lastCountMethod` varchar(8) NULL, `lastCountAt` datetime(3) NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_9bb78dce4aed82245718b2b82b` (`cabinetId`), INDEX `IDX_da4ed90dd8acaa410f20e39d9e` (`itemId`), UNIQUE INDEX `IDX_4c612ddbdf993daf6c3b0fb242` (`drawerId`, `label`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `inventory_cabinet_batches` (`cabinetId` varchar(64) NOT NULL, `seq` bigint NOT NULL, `events` int NOT NULL, `receivedAt` datetime(3) NOT NULL, PRIMARY KEY (`cabinetId`, `seq`)) ENGINE=InnoDB",
      "CREATE TABLE `inventory_cabinets` (`id` varchar(64) NOT NULL, `name` varchar(120) NOT NULL, `kind` varchar(32) NOT NULL, `floorId` varchar(64) NOT NULL, `roomId` varchar(64) NULL, `unit` varchar(120) NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_7422c630e6a4a869f07e51cffa` (`floorId`), INDEX `IDX_419c4912e0d9927388cebcae18` (`unit`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `inventory_count_sessions` (`id` int NOT NULL AUTO_INCREMENT, `scope` varchar(200) NOT NULL, `cabinetIds` text NOT NULL, `status` varchar(16) NOT NULL, `startedBy` varchar(64) NOT NULL, `startedAt` datetime(3) NOT NULL, `signedOffBy` varchar(64) NULL, `signedOffAt` datetime(3) NULL, `reconciliation` text NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `inventory_discrepancies` (`id` int NOT NULL AUTO_INCREMENT, `binId` int NOT NULL, `cabinetId` varchar(64) NOT NULL, `ledgerEntryId` int NOT NULL, `controlled` tinyint NOT NULL, `expected` int NOT NULL, `counted` int NOT NULL, `delta` int NOT NULL, `method` varchar(8) NOT NULL, `detectedAt` datetime(3) NOT NULL, `deadlineAt` datetime(3) NOT NULL, `resolvedAt` datetime(3) NULL, `resolvedBy` varchar(64) NULL, `witnessedBy` varchar(64) NULL, `reason` text NULL, INDEX `IDX_3b462c9f3523760c756ad33177` (`binId`), INDEX `IDX_57dbfea1ef4a6a8d7f5be3d863` (`deadlineAt`), INDEX `IDX_6c2dad5b4261fae2b47903910e` (`resolvedAt`), UNIQUE INDEX `IDX_373dd30d664be061a9d0b339ff` (`ledgerEntryId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `inventory_drawers` (`id` int NOT NULL AUTO_INCREMENT, `cabinetId` varchar(64) NOT NULL, `label` varchar(40) NOT NULL, `position` int NOT NULL, UNIQUE INDEX `IDX_0a5155ae292cee81edc004ac21` (`cabinetId`, `label`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `inventory_items` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(32) NOT NULL, `kind` varchar(16) NOT NULL, `name` varchar(120) NOT NULL, `strength` varchar(40) NULL, `form` varchar(40) NULL, `controlledSchedule` varchar(3) NULL, `unitOfIssue` varchar(24) NOT NULL, UNIQUE INDEX `IDX_0f18921d7116468ac693264438` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `inventory_ledger_entries` (`id` int NOT NULL AUTO_INCREMENT, `binId` int NOT NULL, `cabinetId` varchar(64) NOT NULL, `kind` varchar(16) NOT NULL, `quantity` int NULL, `counted` int NULL, `method` varchar(8) NULL, `expectedBefore` int NOT NULL, `expectedAfter` int NOT NULL, `lotNumber` varchar(40) NULL, `expiry` varchar(10) NULL, `userName` varchar(64) NULL, `witnessName` varchar(64) NULL, `source` varchar(8) NOT NULL, `batchSeq` bigint NULL, `countSessionId` int NULL, `occurredAt` datetime(3) NOT NULL, `recordedAt` datetime(3) NOT NULL, INDEX `IDX_1dd221aa0c5031de8ea6b5b228` (`countSessionId`), INDEX `IDX_8af80d81ab408e1119fb8320a3` (`binId`, `occurredAt`), INDEX `IDX_e650526311306bfd64d905d845` (`binId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `inventory_lots` (`id` int NOT NULL AUTO_INCREMENT, `binId` int NOT NULL, `lotNumber` varchar(40) NULL, `expiry` varchar(10) NULL, `quantity` int NOT NULL, INDEX `IDX_d8979aa82246f98ac69421d8ef` (`binId`), INDEX `IDX_211878a0e2825e0ea3d98b3819` (`expiry`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"inventory_bins\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cabinetId\" varchar(64) NOT NULL, \"drawerId\" integer NOT NULL, \"label\" varchar(40) NOT NULL, \"itemId\" integer NOT NULL, \"par\" integer NOT NULL, \"reorderPoint\" integer NOT NULL, \"maximum\" integer NOT NULL, \"expected\" integer NOT NULL, \"lastCount\" integer, \"lastCountMethod\" varchar(8), \"lastCountAt\" datetime(3), \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_9bb78dce4aed82245718b2b82b\" ON \"inventory_bins\" (\"cabinetId\") ",
      "CREATE INDEX \"IDX_da4ed90dd8acaa410f20e39d9e\" ON \"inventory_bins\" (\"itemId\") ",
      "CREATE UNIQUE INDEX \"IDX_4c612ddbdf993daf6c3b0fb242\" ON \"inventory_bins\" (\"drawerId\", \"label\") ",
      "CREATE TABLE \"inventory_cabinet_batches\" (\"cabinetId\" varchar(64) NOT NULL, \"seq\" bigint NOT NULL, \"events\" integer NOT NULL, \"receivedAt\" datetime(3) NOT NULL, PRIMARY KEY (\"cabinetId\", \"seq\"))",
      "CREATE TABLE \"inventory_cabinets\" (\"id\" varchar(64) PRIMARY KEY NOT NULL, \"name\" varchar(120) NOT NULL, \"kind\" varchar(32) NOT NULL, \"floorId\" varchar(64) NOT NULL, \"roomId\" varchar(64), \"unit\" varchar(120), \"createdAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_7422c630e6a4a869f07e51cffa\" ON \"inventory_cabinets\" (\"floorId\") ",
      "CREATE INDEX \"IDX_419c4912e0d9927388cebcae18\" ON \"inventory_cabinets\" (\"unit\") ",
      "CREATE TABLE \"inventory_count_sessions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"scope\" varchar(200) NOT NULL, \"cabinetIds\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"startedBy\" varchar(64) NOT NULL, \"startedAt\" datetime(3) NOT NULL, \"signedOffBy\" varchar(64), \"signedOffAt\" datetime(3), \"reconciliation\" text)",
      "CREATE TABLE \"inventory_discrepancies\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"binId\" integer NOT NULL, \"cabinetId\" varchar(64) NOT NULL, \"ledgerEntryId\" integer NOT NULL, \"controlled\" boolean NOT NULL, \"expected\" integer NOT NULL, \"counted\" integer NOT NULL, \"delta\" integer NOT NULL, \"method\" varchar(8) NOT NULL, \"detectedAt\" datetime(3) NOT NULL, \"deadlineAt\" datetime(3) NOT NULL, \"resolvedAt\" datetime(3), \"resolvedBy\" varchar(64), \"witnessedBy\" varchar(64), \"reason\" text, CONSTRAINT \"UQ_373dd30d664be061a9d0b339ff1\" UNIQUE (\"ledgerEntryId\"))",
      "CREATE INDEX \"IDX_3b462c9f3523760c756ad33177\" ON \"inventory_discrepancies\" (\"binId\") ",
      "CREATE INDEX \"IDX_57dbfea1ef4a6a8d7f5be3d863\" ON \"inventory_discrepancies\" (\"deadlineAt\") ",
      "CREATE INDEX \"IDX_6c2dad5b4261fae2b47903910e\" ON \"inventory_discrepancies\" (\"resolvedAt\") ",
      "CREATE TABLE \"inventory_drawers\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cabinetId\" varchar(64) NOT NULL, \"label\" varchar(40) NOT NULL, \"position\" integer NOT NULL)",
      "CREATE UNIQUE INDEX \"IDX_0a5155ae292cee81edc004ac21\" ON \"inventory_drawers\" (\"cabinetId\", \"label\") ",
      "CREATE TABLE \"inventory_items\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(32) NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(120) NOT NULL, \"strength\" varchar(40), \"form\" varchar(40), \"controlledSchedule\" varchar(3), \"unitOfIssue\" varchar(24) NOT NULL, CONSTRAINT \"UQ_0f18921d7116468ac6932644383\" UNIQUE (\"code\"))",
      "CREATE TABLE \"inventory_ledger_entries\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"binId\" integer NOT NULL, \"cabinetId\" varchar(64) NOT NULL, \"kind\" varchar(16) NOT NULL, \"quantity\" integer, \"counted\" integer, \"method\" varchar(8), \"expectedBefore\" integer NOT NULL, \"expectedAfter\" integer NOT NULL, \"lotNumber\" varchar(40), \"expiry\" varchar(10), \"userName\" varchar(64), \"witnessName\" varchar(64), \"source\" varchar(8) NOT NULL, \"batchSeq\" bigint, \"countSessionId\" integer, \"occurredAt\" datetime(3) NOT NULL, \"recordedAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_1dd221aa0c5031de8ea6b5b228\" ON \"inventory_ledger_entries\" (\"countSessionId\") ",
      "CREATE INDEX \"IDX_8af80d81ab408e1119fb8320a3\" ON \"inventory_ledger_entries\" (\"binId\", \"occurredAt\") ",
      "CREATE INDEX \"IDX_e650526311306bfd64d905d845\" ON \"inventory_ledger_entries\" (\"binId\", \"id\") ",
      "CREATE TABLE \"inventory_lots\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"binId\" integer NOT NULL, \"lotNumber\" varchar(40), \"expiry\" varchar(10), \"quantity\" integer NOT NULL)",
      "CREATE INDEX \"IDX_d8979aa82246f98ac69421d8ef\" ON \"inventory_lots\" (\"binId\") ",
      "CREATE INDEX \"IDX_211878a0e2825e0ea3d98b3819\" ON \"inventory_lots\" (\"expiry\") ",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP INDEX `IDX_211878a0e2825e0ea3d98b3819` ON `inventory_lots`",
      "DROP INDEX `IDX_d8979aa82246f98ac69421d8ef` ON `inventory_lots`",
      "DROP TABLE `inventory_lots`",
      "DROP INDEX `IDX_e650526311306bfd64d905d845` ON `inventory_ledger_entries`",
      "DROP INDEX `IDX_8af80d81ab408e1119fb8320a3` ON `inventory_ledger_entries`",
      "DROP INDEX `IDX_1dd221aa0c5031de8ea6b5b228` ON `inventory_ledger_entries`",
      "DROP TABLE `inventory_ledger_entries`",
      "DROP INDEX `IDX_0f18921d7116468ac693264438` ON `inventory_items`",
      "DROP TABLE `inventory_items`",
      "DROP INDEX `IDX_0a5155ae292cee81edc004ac21` ON `inventory_drawers`",
      "DROP TABLE `inventory_drawers`",
      "DROP INDEX `IDX_373dd30d664be061a9d0b339ff` ON `inventory_discrepancies`",
      "DROP INDEX `IDX_6c2dad5b4261fae2b47903910e` ON `inventory_discrepancies`",
      "DROP INDEX `IDX_57dbfea1ef4a6a8d7f5be3d863` ON `inventory_discrepancies`",
      "DROP INDEX `IDX_3b462c9f3523760c756ad33177` ON `inventory_discrepancies`",
      "DROP TABLE `inventory_discrepancies`",
      "DROP TABLE `inventory_count_sessions`",
      "DROP INDEX `IDX_419c4912e0d9927388cebcae18` ON `inventory_cabinets`",
      "DROP INDEX `IDX_7422c630e6a4a869f07e51cffa` ON `inventory_cabinets`",
      "DROP TABLE `inventory_cabinets`",
      "DROP TABLE `inventory_cabinet_batches`",
      "DROP INDEX `IDX_4c612ddbdf993daf6c3b0fb242` ON `inventory_bins`",
      "DROP INDEX `IDX_da4ed90dd8acaa410f20e39d9e` ON `inventory_bins`",
      "DROP INDEX `IDX_9bb78dce4aed82245718b2b82b` ON `inventory_bins`",
      "DROP TABLE `inventory_bins`",
    ],
    sqlite: [
      "DROP INDEX \"IDX_211878a0e2825e0ea3d98b3819\"",
      "DROP INDEX \"IDX_d8979aa82246f98ac69421d8ef\"",
      "DROP TABLE \"inventory_lots\"",
      "DROP INDEX \"IDX_e650526311306bfd64d905d845\"",
      "DROP INDEX \"IDX_8af80d81ab408e1119fb8320a3\"",
      "DROP INDEX \"IDX_1dd221aa0c5031de8ea6b5b228\"",
      "DROP TABLE \"inventory_ledger_entries\"",
      "DROP TABLE \"inventory_items\"",
      "DROP INDEX \"IDX_0a5155ae292cee81edc004ac21\"",
      "DROP TABLE \"inventory_drawers\"",
      "DROP INDEX \"IDX_6c2dad5b4261fae2b47903910e\"",
      "DROP INDEX \"IDX_57dbfea1ef4a6a8d7f5be3d863\"",
      "DROP INDEX \"IDX_3b462c9f3523760c756ad33177\"",
      "DROP TABLE \"inventory_discrepancies\"",
      "DROP TABLE \"inventory_count_sessions\"",
      "DROP INDEX \"IDX_419c4912e0d9927388cebcae18\"",
      "DROP INDEX \"IDX_7422c630e6a4a869f07e51cffa\"",
      "DROP TABLE \"inventory_cabinets\"",
      "DROP TABLE \"inventory_cabinet_batches\"",
      "DROP INDEX \"IDX_4c612ddbdf993daf6c3b0fb242\"",
      "DROP INDEX \"IDX_da4ed90dd8acaa410f20e39d9e\"",
      "DROP INDEX \"IDX_9bb78dce4aed82245718b2b82b\"",
      "DROP TABLE \"inventory_bins\"",
    ],
    });
  }
}
