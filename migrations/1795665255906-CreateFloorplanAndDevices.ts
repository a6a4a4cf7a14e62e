import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateFloorplanAndDevices1795665255906 implements MigrationInterface {
  name = 'CreateFloorplanAndDevices1795665255906';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `placed_devices` (`id` varchar(64) NOT NULL, `deviceType` varchar(32) NOT NULL, `name` varchar(120) NOT NULL, `floorId` varchar(64) NOT NULL, `roomId` varchar(64) NULL, `x` double NOT NULL, `y` double NOT NULL, `mountHeightM` double NULL, `measures` text NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_97c3354f1cf48876fb518831ad` (`floorId`), INDEX `IDX_dbd769d2b3f48b721a4cf2de89` (`roomId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `floorplan_buildings` (`siteId` varchar(64) NOT NULL, `id` varchar(64) NOT NULL, `name` varchar(120) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, PRIMARY KEY (`siteId`, `id`)) ENGINE=InnoDB",
      "CREATE TABLE `floorplan_doors` (`id` varchar(64) NOT NULL, `floorId` varchar(64) NOT NULL, `x` double NOT NULL, `y` double NOT NULL, `roomAId` varchar(64) NOT NULL, `roomBId` varchar(64) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_31c3bccec14ecc29d3f315e2c8` (`floorId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `floorplan_floor_drawing_parts` (`floorId` varchar(64) NOT NULL, `part` int NOT NULL, `svg` text NOT NULL, PRIMARY KEY (`floorId`, `part`)) ENGINE=InnoDB",
      "CREATE TABLE `floorplan_floors` (`id` varchar(64) NOT NULL, `siteId` varchar(64) NOT NULL, `buildingId` varchar(64) NOT NULL, `name` varchar(120) NOT NULL, `level` int NOT NULL, `elevationM` double NOT NULL, `widthM` double NOT NULL, `heightM` double NOT NULL, `pixelsPerMetre` double NOT NULL, `originX` double NOT NULL, `originY` double NOT NULL, `planImage` varchar(120) NOT NULL, `planSha256` varchar(64) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_60bc1e1ba11375b443b3c4617c` (`siteId`, `buildingId`, `level`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `floorplan_rooms` (`id` varchar(64) NOT NULL, `floorId` varchar(64) NOT NULL, `name` varchar(120) NOT NULL, `type` varchar(32) NOT NULL, `unit` varchar(120) NULL, `isolation` varchar(16) NOT NULL, `pressure` varchar(16) NOT NULL, `verticalLink` varchar(120) NULL, `polygon` text NOT NULL, `centroidX` double NOT NULL, `centroidY` double NOT NULL, `areaM2` double NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_ee63964478dc18df687a534f7d` (`floorId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `floorplan_sites` (`id` varchar(64) NOT NULL, `name` varchar(120) NOT NULL, `timezone` varchar(64) NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"placed_devices\" (\"id\" varchar(64) PRIMARY KEY NOT NULL, \"deviceType\" varchar(32) NOT NULL, \"name\" varchar(120) NOT NULL, \"floorId\" varchar(64) NOT NULL, \"roomId\" varchar(64), \"x\" double NOT NULL, \"y\" double NOT NULL, \"mountHeightM\" double, \"measures\" text, \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_97c3354f1cf48876fb518831ad\" ON \"placed_devices\" (\"floorId\") ",
      "CREATE INDEX \"IDX_dbd769d2b3f48b721a4cf2de89\" ON \"placed_devices\" (\"roomId\") ",
      "CREATE TABLE \"floorplan_buildings\" (\"siteId\" varchar(64) NOT NULL, \"id\" varchar(64) NOT NULL, \"name\" varchar(120) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL, PRIMARY KEY (\"siteId\", \"id\"))",
      "CREATE TABLE \"floorplan_doors\" (\"id\" varchar(64) PRIMARY KEY NOT NULL, \"floorId\" varchar(64) NOT NULL, \"x\" double NOT NULL, \"y\" double NOT NULL, \"roomAId\" varchar(64) NOT NULL, \"roomBId\" varchar(64) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_31c3bccec14ecc29d3f315e2c8\" ON \"floorplan_doors\" (\"floorId\") ",
      "CREATE TABLE \"floorplan_floor_drawing_parts\" (\"floorId\" varchar(64) NOT NULL, \"part\" integer NOT NULL, \"svg\" text NOT NULL, PRIMARY KEY (\"floorId\", \"part\"))",
      "CREATE TABLE \"floorplan_floors\" (\"id\" varchar(64) PRIMARY KEY NOT NULL, \"siteId\" varchar(64) NOT NULL, \"buildingId\" varchar(64) NOT NULL, \"name\" varchar(120) NOT NULL, \"level\" integer NOT NULL, \"elevationM\" double NOT NULL, \"widthM\" double NOT NULL, \"heightM\" double NOT NULL, \"pixelsPerMetre\" double NOT NULL, \"originX\" double NOT NULL, \"originY\" double NOT NULL, \"planImage\" varchar(120) NOT NULL, \"planSha256\" varchar(64) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_60bc1e1ba11375b443b3c4617c\" ON \"floorplan_floors\" (\"siteId\", \"buildingId\", \"level\") ",
      "CREATE TABLE \"floorplan_rooms\" (\"id\" varchar(64) PRIMARY KEY NOT NULL, \"floorId\" varchar(64) NOT NULL, \"name\" varchar(120) NOT NULL, \"type\" varchar(32) NOT NULL, \"unit\" varchar(120), \"isolation\" varchar(16) NOT NULL, \"pressure\" varchar(16) NOT NULL, \"verticalLink\" varchar(120), \"polygon\" text NOT NULL, \"centroidX\" double NOT NULL, \"centroidY\" double NOT NULL, \"areaM2\" double NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_ee63964478dc18df687a534f7d\" ON \"floorplan_rooms\" (\"floorId\") ",
      "CREATE TABLE \"floorplan_sites\" (\"id\" varchar(64) PRIMARY KEY NOT NULL, \"name\" varchar(120) NOT NULL, \"timezone\" varchar(64) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL)",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP TABLE `floorplan_sites`",
      "DROP INDEX `IDX_ee63964478dc18df687a534f7d` ON `floorplan_rooms`",
      "DROP TABLE `floorplan_rooms`",
      "DROP INDEX `IDX_60bc1e1ba11375b443b3c4617c` ON `floorplan_floors`",
      "DROP TABLE `floorplan_floors`",
      "DROP TABLE `floorplan_floor_drawing_parts`",
      "DROP INDEX `IDX_31c3bccec14ecc29d3f315e2c8` ON `floorplan_doors`",
      "DROP TABLE `floorplan_doors`",
      "DROP TABLE `floorplan_buildings`",
      "DROP INDEX `IDX_dbd769d2b3f48b721a4cf2de89` ON `placed_devices`",
      "DROP INDEX `IDX_97c3354f1cf48876fb518831ad` ON `placed_devices`",
      "DROP TABLE `placed_devices`",
    ],
    sqlite: [
      "DROP TABLE \"floorplan_sites\"",
      "DROP INDEX \"IDX_ee63964478dc18df687a534f7d\"",
      "DROP TABLE \"floorplan_rooms\"",
      "DROP INDEX \"IDX_60bc1e1ba11375b443b3c4617c\"",
      "DROP TABLE \"floorplan_floors\"",
      "DROP TABLE \"floorplan_floor_drawing_parts\"",
      "DROP INDEX \"IDX_31c3bccec14ecc29d3f315e2c8\"",
      "DROP TABLE \"floorplan_doors\"",
      "DROP TABLE \"floorplan_buildings\"",
      "DROP INDEX \"IDX_dbd769d2b3f48b721a4cf2de89\"",
      "DROP INDEX \"IDX_97c3354f1cf48876fb518831ad\"",
      "DROP TABLE \"placed_devices\"",
    ],
    });
  }
}
