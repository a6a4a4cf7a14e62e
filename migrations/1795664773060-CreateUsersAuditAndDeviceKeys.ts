import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateUsersAuditAndDeviceKeys1795664773060 implements MigrationInterface {
  name = 'CreateUsersAuditAndDeviceKeys1795664773060';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `device_keys` (`id` int NOT NULL AUTO_INCREMENT, `deviceId` varchar(64) NOT NULL, `label` varchar(100) NULL, `prefix` varchar(16) NOT NULL, `secretHash` varchar(64) NOT NULL, `createdAt` datetime(3) NOT NULL, `createdBy` varchar(100) NOT NULL, `revokedAt` datetime(3) NULL, `revokedBy` varchar(100) NULL, `lastUsedAt` datetime(3) NULL, INDEX `IDX_a3c1c936773e77775edd1f95f1` (`deviceId`), INDEX `IDX_97d5afc54007240faca71f095f` (`prefix`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `users` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(64) NOT NULL, `displayName` varchar(100) NOT NULL, `role` varchar(32) NOT NULL, `passwordHash` varchar(255) NOT NULL, `active` tinyint NOT NULL, `sessionVersion` int NOT NULL, `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `lastLoginAt` datetime(3) NULL, UNIQUE INDEX `IDX_fe0bb3f6520ee0469504521e71` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `audit_entries` (`id` int NOT NULL AUTO_INCREMENT, `at` datetime(3) NOT NULL, `actor` varchar(100) NOT NULL, `action` varchar(200) NOT NULL, `target` varchar(200) NULL, `outcome` varchar(16) NOT NULL, `status` int NULL, `ip` varchar(64) NULL, `details` text NULL, INDEX `IDX_b12f87335630edfd1294cf349b` (`at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"device_keys\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"deviceId\" varchar(64) NOT NULL, \"label\" varchar(100), \"prefix\" varchar(16) NOT NULL, \"secretHash\" varchar(64) NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"createdBy\" varchar(100) NOT NULL, \"revokedAt\" datetime(3), \"revokedBy\" varchar(100), \"lastUsedAt\" datetime(3))",
      "CREATE INDEX \"IDX_a3c1c936773e77775edd1f95f1\" ON \"device_keys\" (\"deviceId\") ",
      "CREATE INDEX \"IDX_97d5afc54007240faca71f095f\" ON \"device_keys\" (\"prefix\") ",
      "CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(64) NOT NULL, \"displayName\" varchar(100) NOT NULL, \"role\" varchar(32) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"active\" boolean NOT NULL, \"sessionVersion\" integer NOT NULL, \"createdAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL, \"lastLoginAt\" datetime(3), CONSTRAINT \"UQ_fe0bb3f6520ee0469504521e710\" UNIQUE (\"username\"))",
      "CREATE TABLE \"audit_entries\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"at\" datetime(3) NOT NULL, \"actor\" varchar(100) NOT NULL, \"action\" varchar(200) NOT NULL, \"target\" varchar(200), \"outcome\" varchar(16) NOT NULL, \"status\" integer, \"ip\" varchar(64), \"details\" text)",
      "CREATE INDEX \"IDX_b12f87335630edfd1294cf349b\" ON \"audit_entries\" (\"at\") ",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP INDEX `IDX_b12f87335630edfd1294cf349b` ON `audit_entries`",
      "DROP TABLE `audit_entries`",
      "DROP INDEX `IDX_fe0bb3f6520ee0469504521e71` ON `users`",
      "DROP TABLE `users`",
      "DROP INDEX `IDX_97d5afc54007240faca71f095f` ON `device_keys`",
      "DROP INDEX `IDX_a3c1c936773e77775edd1f95f1` ON `device_keys`",
      "DROP TABLE `device_keys`",
    ],
    sqlite: [
      "DROP INDEX \"IDX_b12f87335630edfd1294cf349b\"",
      "DROP TABLE \"audit_entries\"",
      "DROP TABLE \"users\"",
      "DROP INDEX \"IDX_97d5afc54007240faca71f095f\"",
      "DROP INDEX \"IDX_a3c1c936773e77775edd1f95f1\"",
      "DROP TABLE \"device_keys\"",
    ],
    });
  }
}
