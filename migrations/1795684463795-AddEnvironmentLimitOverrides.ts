import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class AddEnvironmentLimitOverrides1795684463795 implements MigrationInterface {
  name = 'AddEnvironmentLimitOverrides1795684463795';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `hygiene_environment_limit_overrides` (`roomId` varchar(64) NOT NULL, `measure` varchar(32) NOT NULL, `min` double NULL, `max` double NULL, `clearMargin` double NOT NULL, `startDelayMs` int NOT NULL, `escalateAfterMs` int NOT NULL, `setBy` varchar(100) NOT NULL, `setAt` datetime(3) NOT NULL, PRIMARY KEY (`roomId`, `measure`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"hygiene_environment_limit_overrides\" (\"roomId\" varchar(64) NOT NULL, \"measure\" varchar(32) NOT NULL, \"min\" double, \"max\" double, \"clearMargin\" double NOT NULL, \"startDelayMs\" integer NOT NULL, \"escalateAfterMs\" integer NOT NULL, \"setBy\" varchar(100) NOT NULL, \"setAt\" datetime(3) NOT NULL, PRIMARY KEY (\"roomId\", \"measure\"))",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP TABLE `hygiene_environment_limit_overrides`",
    ],
    sqlite: [
      "DROP TABLE \"hygiene_environment_limit_overrides\"",
    ],
    });
  }
}
