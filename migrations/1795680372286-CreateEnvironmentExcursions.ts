import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateEnvironmentExcursions1795680372286 implements MigrationInterface {
  name = 'CreateEnvironmentExcursions1795680372286';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `hygiene_environment_excursions` (`id` int NOT NULL AUTO_INCREMENT, `deviceId` varchar(64) NOT NULL, `measure` varchar(32) NOT NULL, `roomId` varchar(64) NULL, `floorId` varchar(64) NULL, `spaceKind` varchar(32) NOT NULL, `limitMin` double NULL, `limitMax` double NULL, `direction` varchar(8) NOT NULL, `startedAt` datetime(3) NOT NULL, `alarmedAt` datetime(3) NOT NULL, `endedAt` datetime(3) NULL, `worstValue` double NOT NULL, `worstAt` datetime(3) NOT NULL, `acknowledgedAt` datetime(3) NULL, `escalatedAt` datetime(3) NULL, `lastReadingAt` datetime(3) NOT NULL, `alertId` int NULL, INDEX `IDX_47ade0a2788237010b8e3e84ce` (`endedAt`), INDEX `IDX_ff546d1a5d4aa8b2077294a78d` (`startedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"hygiene_environment_excursions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"deviceId\" varchar(64) NOT NULL, \"measure\" varchar(32) NOT NULL, \"roomId\" varchar(64), \"floorId\" varchar(64), \"spaceKind\" varchar(32) NOT NULL, \"limitMin\" double, \"limitMax\" double, \"direction\" varchar(8) NOT NULL, \"startedAt\" datetime(3) NOT NULL, \"alarmedAt\" datetime(3) NOT NULL, \"endedAt\" datetime(3), \"worstValue\" double NOT NULL, \"worstAt\" datetime(3) NOT NULL, \"acknowledgedAt\" datetime(3), \"escalatedAt\" datetime(3), \"lastReadingAt\" datetime(3) NOT NULL, \"alertId\" integer)",
      "CREATE INDEX \"IDX_47ade0a2788237010b8e3e84ce\" ON \"hygiene_environment_excursions\" (\"endedAt\") ",
      "CREATE INDEX \"IDX_ff546d1a5d4aa8b2077294a78d\" ON \"hygiene_environment_excursions\" (\"startedAt\") ",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP INDEX `IDX_ff546d1a5d4aa8b2077294a78d` ON `hygiene_environment_excursions`",
      "DROP INDEX `IDX_47ade0a2788237010b8e3e84ce` ON `hygiene_environment_excursions`",
      "DROP TABLE `hygiene_environment_excursions`",
    ],
    sqlite: [
      "DROP INDEX \"IDX_ff546d1a5d4aa8b2077294a78d\"",
      "DROP INDEX \"IDX_47ade0a2788237010b8e3e84ce\"",
      "DROP TABLE \"hygiene_environment_excursions\"",
    ],
    });
  }
}
