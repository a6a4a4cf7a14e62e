import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateDoorEntryCounts1795683072232 implements MigrationInterface {
  name = 'CreateDoorEntryCounts1795683072232';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `hygiene_door_entries` (`id` int NOT NULL AUTO_INCREMENT, `deviceId` varchar(64) NOT NULL, `at` datetime(3) NOT NULL, `count` int NOT NULL, `batchSeq` bigint NOT NULL, INDEX `IDX_2fee0ce731f28ba768f8af8fff` (`at`), INDEX `IDX_0cd24a6bd80deb25357e6ea999` (`deviceId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"hygiene_door_entries\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"deviceId\" varchar(64) NOT NULL, \"at\" datetime(3) NOT NULL, \"count\" integer NOT NULL, \"batchSeq\" bigint NOT NULL)",
      "CREATE INDEX \"IDX_2fee0ce731f28ba768f8af8fff\" ON \"hygiene_door_entries\" (\"at\") ",
      "CREATE INDEX \"IDX_0cd24a6bd80deb25357e6ea999\" ON \"hygiene_door_entries\" (\"deviceId\", \"at\") ",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP INDEX `IDX_0cd24a6bd80deb25357e6ea999` ON `hygiene_door_entries`",
      "DROP INDEX `IDX_2fee0ce731f28ba768f8af8fff` ON `hygiene_door_entries`",
      "DROP TABLE `hygiene_door_entries`",
    ],
    sqlite: [
      "DROP INDEX \"IDX_0cd24a6bd80deb25357e6ea999\"",
      "DROP INDEX \"IDX_2fee0ce731f28ba768f8af8fff\"",
      "DROP TABLE \"hygiene_door_entries\"",
    ],
    });
  }
}
