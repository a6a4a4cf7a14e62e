import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateStaffMembers1795679880730 implements MigrationInterface {
  name = 'CreateStaffMembers1795679880730';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `staff_members` (`id` int NOT NULL AUTO_INCREMENT, `displayName` varchar(120) NOT NULL, `role` varchar(32) NOT NULL, `unit` varchar(120) NULL, `employeeNumber` varchar(32) NULL, `active` tinyint NOT NULL DEFAULT 1, `badgeTagId` varchar(128) NULL, `badgeAssignedAt` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, INDEX `IDX_97d898f66a4a04be336be388b4` (`role`), INDEX `IDX_ad6395259b980671c8aee1d859` (`unit`), UNIQUE INDEX `IDX_52ebedbd5c675c98b3f2a9e700` (`employeeNumber`), UNIQUE INDEX `IDX_cb466451675511396d5d0d6a5a` (`badgeTagId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"staff_members\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"displayName\" varchar(120) NOT NULL, \"role\" varchar(32) NOT NULL, \"unit\" varchar(120), \"employeeNumber\" varchar(32), \"active\" boolean NOT NULL DEFAULT (1), \"badgeTagId\" varchar(128), \"badgeAssignedAt\" datetime(3), \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_97d898f66a4a04be336be388b4\" ON \"staff_members\" (\"role\") ",
      "CREATE INDEX \"IDX_ad6395259b980671c8aee1d859\" ON \"staff_members\" (\"unit\") ",
      "CREATE UNIQUE INDEX \"IDX_52ebedbd5c675c98b3f2a9e700\" ON \"staff_members\" (\"employeeNumber\") ",
      "CREATE UNIQUE INDEX \"IDX_cb466451675511396d5d0d6a5a\" ON \"staff_members\" (\"badgeTagId\") ",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP INDEX `IDX_cb466451675511396d5d0d6a5a` ON `staff_members`",
      "DROP INDEX `IDX_52ebedbd5c675c98b3f2a9e700` ON `staff_members`",
      "DROP INDEX `IDX_ad6395259b980671c8aee1d859` ON `staff_members`",
      "DROP INDEX `IDX_97d898f66a4a04be336be388b4` ON `staff_members`",
      "DROP TABLE `staff_members`",
    ],
    sqlite: [
      "DROP INDEX \"IDX_cb466451675511396d5d0d6a5a\"",
      "DROP INDEX \"IDX_52ebedbd5c675c98b3f2a9e700\"",
      "DROP INDEX \"IDX_ad6395259b980671c8aee1d859\"",
      "DROP INDEX \"IDX_97d898f66a4a04be336be388b4\"",
      "DROP TABLE \"staff_members\"",
    ],
    });
  }
}
