import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateGatewayCalibrations1795675600645 implements MigrationInterface {
  name = 'CreateGatewayCalibrations1795675600645';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `gateway_calibrations` (`gatewayId` varchar(64) NOT NULL, `rssiOffsetDb` double NOT NULL, `note` varchar(500) NULL, `updatedAt` datetime(3) NOT NULL, `updatedBy` varchar(64) NOT NULL, PRIMARY KEY (`gatewayId`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"gateway_calibrations\" (\"gatewayId\" varchar(64) PRIMARY KEY NOT NULL, \"rssiOffsetDb\" double NOT NULL, \"note\" varchar(500), \"updatedAt\" datetime(3) NOT NULL, \"updatedBy\" varchar(64) NOT NULL)",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP TABLE `gateway_calibrations`",
    ],
    sqlite: [
      "DROP TABLE \"gateway_calibrations\"",
    ],
    });
  }
}
