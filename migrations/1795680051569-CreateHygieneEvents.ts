import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateHygieneEvents1795680051569 implements MigrationInterface {
  name = 'CreateHygieneEvents1795680051569';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `hygiene_dispenser_activations` (`id` int NOT NULL AUTO_INCREMENT, `deviceId` varchar(64) NOT NULL, `at` datetime(3) NOT NULL, `badgeId` varchar(64) NULL, `batchSeq` bigint NOT NULL, INDEX `IDX_e72935d043a8e643e4b266c1b8` (`at`), INDEX `IDX_1e4d7991634fd0fbc10531b7c6` (`deviceId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `hygiene_dispenser_levels` (`id` int NOT NULL AUTO_INCREMENT, `deviceId` varchar(64) NOT NULL, `at` datetime(3) NOT NULL, `percent` double NOT NULL, INDEX `IDX_c6792966bce493cd46e1a8d2ef` (`deviceId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `hygiene_environment_aggregates` (`deviceId` varchar(64) NOT NULL, `measure` varchar(32) NOT NULL, `resolution` varchar(8) NOT NULL, `bucketStart` datetime(3) NOT NULL, `count` int NOT NULL, `min` double NOT NULL, `max` double NOT NULL, `sum` double NOT NULL, PRIMARY KEY (`deviceId`, `measure`, `resolution`, `bucketStart`)) ENGINE=InnoDB",
      "CREATE TABLE `hygiene_environment_readings` (`id` int UNSIGNED NOT NULL AUTO_INCREMENT, `deviceId` varchar(64) NOT NULL, `measure` varchar(32) NOT NULL, `at` datetime(3) NOT NULL, `value` double NOT NULL, INDEX `IDX_72269a0c42e726de5ed391a629` (`at`), INDEX `IDX_dc2795f07043860c6d8bd1e120` (`deviceId`, `measure`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `hygiene_device_batches` (`deviceId` varchar(64) NOT NULL, `seq` bigint NOT NULL, `events` int NOT NULL, `receivedAt` datetime(3) NOT NULL, PRIMARY KEY (`deviceId`, `seq`)) ENGINE=InnoDB",
      "CREATE TABLE `hygiene_room_events` (`id` int NOT NULL AUTO_INCREMENT, `roomId` varchar(64) NOT NULL, `at` datetime(3) NOT NULL, `type` varchar(24) NOT NULL, `kind` varchar(16) NULL, `method` varchar(16) NULL, `passed` tinyint NULL, `value` double NULL, `performedBy` varchar(64) NULL, `deviceId` varchar(64) NULL, `recordedBy` varchar(64) NULL, `createdAt` datetime(3) NOT NULL, INDEX `IDX_0b1ecf2267b81c0af7e820efef` (`at`), INDEX `IDX_ff91d10dc0ebd1b2b7584b0a70` (`roomId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"hygiene_dispenser_activations\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"deviceId\" varchar(64) NOT NULL, \"at\" datetime(3) NOT NULL, \"badgeId\" varchar(64), \"batchSeq\" bigint NOT NULL)",
      "CREATE INDEX \"IDX_e72935d043a8e643e4b266c1b8\" ON \"hygiene_dispenser_activations\" (\"at\") ",
      "CREATE INDEX \"IDX_1e4d7991634fd0fbc10531b7c6\" ON \"hygiene_dispenser_activations\" (\"deviceId\", \"at\") ",
      "CREATE TABLE \"hygiene_dispenser_levels\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"deviceId\" varchar(64) NOT NULL, \"at\" datetime(3) NOT NULL, \"percent\" double NOT NULL)",
      "CREATE INDEX \"IDX_c6792966bce493cd46e1a8d2ef\" ON \"hygiene_dispenser_levels\" (\"deviceId\", \"at\") ",
      "CREATE TABLE \"hygiene_environment_aggregates\" (\"deviceId\" varchar(64) NOT NULL, \"measure\" varchar(32) NOT NULL, \"resolution\" varchar(8) NOT NULL, \"bucketStart\" datetime(3) NOT NULL, \"count\" integer NOT NULL, \"min\" double NOT NULL, \"max\" double NOT NULL, \"sum\" double NOT NULL, PRIMARY KEY (\"deviceId\", \"measure\", \"resolution\", \"bucketStart\"))",
      "CREATE TABLE \"hygiene_environment_readings\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"deviceId\" varchar(64) NOT NULL, \"measure\" varchar(32) NOT NULL, \"at\" datetime(3) NOT NULL, \"value\" double NOT NULL)",
      "CREATE INDEX \"IDX_72269a0c42e726de5ed391a629\" ON \"hygiene_environment_readings\" (\"at\") ",
      "CREATE INDEX \"IDX_dc2795f07043860c6d8bd1e120\" ON \"hygiene_environment_readings\" (\"deviceId\", \"measure\", \"at\") ",
      "CREATE TABLE \"hygiene_device_batches\" (\"deviceId\" varchar(64) NOT NULL, \"seq\" bigint NOT NULL, \"events\" integer NOT NULL, \"receivedAt\" datetime(3) NOT NULL, PRIMARY KEY (\"deviceId\", \"seq\"))",
      "CREATE TABLE \"hygiene_room_events\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"roomId\" varchar(64) NOT NULL, \"at\" datetime(3) NOT NULL, \"type\" varchar(24) NOT NULL, \"kind\" varchar(16), \"method\" varchar(16), \"passed\" boolean, \"value\" double, \"performedBy\" varchar(64), \"deviceId\" varchar(64), \"recordedBy\" varchar(64), \"createdAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_0b1ecf2267b81c0af7e820efef\" ON \"hygiene_room_events\" (\"at\") ",
      "CREATE INDEX \"IDX_ff91d10dc0ebd1b2b7584b0a70\" ON \"hygiene_room_events\" (\"roomId\", \"at\") ",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP INDEX `IDX_ff91d10dc0ebd1b2b7584b0a70` ON `hygiene_room_events`",
      "DROP INDEX `IDX_0b1ecf2267b81c0af7e820efef` ON `hygiene_room_events`",
      "DROP TABLE `hygiene_room_events`",
      "DROP TABLE `hygiene_device_batches`",
      "DROP INDEX `IDX_dc2795f07043860c6d8bd1e120` ON `hygiene_environment_readings`",
      "DROP INDEX `IDX_72269a0c42e726de5ed391a629` ON `hygiene_environment_readings`",
      "DROP TABLE `hygiene_environment_readings`",
      "DROP TABLE `hygiene_environment_aggregates`",
      "DROP INDEX `IDX_c6792966bce493cd46e1a8d2ef` ON `hygiene_dispenser_levels`",
      "DROP TABLE `hygiene_dispenser_levels`",
      "DROP INDEX `IDX_1e4d7991634fd0fbc10531b7c6` ON `hygiene_dispenser_activations`",
      "DROP INDEX `IDX_e72935d043a8e643e4b266c1b8` ON `hygiene_dispenser_activations`",
      "DROP TABLE `hygiene_dispenser_activations`",
    ],
    sqlite: [
      "DROP INDEX \"IDX_ff91d10dc0ebd1b2b7584b0a70\"",
      "DROP INDEX \"IDX_0b1ecf2267b81c0af7e820efef\"",
      "DROP TABLE \"hygiene_room_events\"",
      "DROP TABLE \"hygiene_device_batches\"",
      "DROP INDEX \"IDX_dc2795f07043860c6d8bd1e120\"",
      "DROP INDEX \"IDX_72269a0c42e726de5ed391a629\"",
      "DROP TABLE \"hygiene_environment_readings\"",
      "DROP TABLE \"hygiene_environment_aggregates\"",
      "DROP INDEX \"IDX_c6792966bce493cd46e1a8d2ef\"",
      "DROP TABLE \"hygiene_dispenser_levels\"",
      "DROP INDEX \"IDX_1e4d7991634fd0fbc10531b7c6\"",
      "DROP INDEX \"IDX_e72935d043a8e643e4b266c1b8\"",
      "DROP TABLE \"hygiene_dispenser_activations\"",
    ],
    });
  }
}
