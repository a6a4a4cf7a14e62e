import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateStaffBadgeAssignments1795686623998 implements MigrationInterface {
  name = 'CreateStaffBadgeAssignments1795686623998';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `staff_badge_assignments` (`id` int NOT NULL AUTO_INCREMENT, `staffId` int NOT NULL, `badgeTagId` varchar(128) NOT NULL, `assignedAt` datetime(3) NOT NULL, `endedAt` datetime(3) NULL, INDEX `IDX_f950c7f3738c08dd5a5abc4ffe` (`badgeTagId`, `assignedAt`), INDEX `IDX_2fffca6ff41a373809d11e3269` (`staffId`, `assignedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      // The badges worn now become the first assignments (earlier ones were not recorded).
      "INSERT INTO `staff_badge_assignments` (`staffId`, `badgeTagId`, `assignedAt`, `endedAt`) SELECT `id`, `badgeTagId`, COALESCE(`badgeAssignedAt`, `createdAt`), NULL FROM `staff_members` WHERE `badgeTagId` IS NOT NULL",
    ],
    sqlite: [
      "CREATE TABLE \"staff_badge_assignments\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"staffId\" integer NOT NULL, \"badgeTagId\" varchar(128) NOT NULL, \"assignedAt\" datetime(3) NOT NULL, \"endedAt\" datetime(3))",
      "CREATE INDEX \"IDX_f950c7f3738c08dd5a5abc4ffe\" ON \"staff_badge_assignments\" (\"badgeTagId\", \"assignedAt\") ",
      "CREATE INDEX \"IDX_2fffca6ff41a373809d11e3269\" ON \"staff_badge_assignments\" (\"staffId\", \"assignedAt\") ",
      "INSERT INTO \"staff_badge_assignments\" (\"staffId\", \"badgeTagId\", \"assignedAt\", \"endedAt\") SELECT \"id\", \"badgeTagId\", COALESCE(\"badgeAssignedAt\", \"createdAt\"), NULL FROM \"staff_members\" WHERE \"badgeTagId\" IS NOT NULL",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP INDEX `IDX_2fffca6ff41a373809d11e3269` ON `staff_badge_assignments`",
      "DROP INDEX `IDX_f950c7f3738c08dd5a5abc4ffe` ON `staff_badge_assignments`",
      "DROP TABLE `staff_badge_assignments`",
    ],
    sqlite: [
      "DROP INDEX \"IDX_2fffca6ff41a373809d11e3269\"",
      "DROP INDEX \"IDX_f950c7f3738c08dd5a5abc4ffe\"",
      "DROP TABLE \"staff_badge_assignments\"",
    ],
    });
  }
}
