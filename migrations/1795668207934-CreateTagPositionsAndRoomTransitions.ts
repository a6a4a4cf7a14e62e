import type { MigrationInterface, QueryRunner } from 'typeorm';
import { runForDialect } from '../server/src/platform/database/dialect-sql.js';

export class CreateTagPositionsAndRoomTransitions1795668207934 implements MigrationInterface {
  name = 'CreateTagPositionsAndRoomTransitions1795668207934';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "CREATE TABLE `room_transitions` (`id` int UNSIGNED NOT NULL AUTO_INCREMENT, `tagId` varchar(64) NOT NULL, `fromRoomId` varchar(64) NULL, `toRoomId` varchar(64) NULL, `floorId` varchar(64) NOT NULL, `enteredAt` datetime(3) NOT NULL, INDEX `IDX_91152f7bbf86e450337b5b4ebb` (`toRoomId`, `enteredAt`), INDEX `IDX_1e1a90de731f8915d022038a70` (`tagId`, `enteredAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
      "CREATE TABLE `tag_positions` (`tagId` varchar(64) NOT NULL, `floorId` varchar(64) NOT NULL, `roomId` varchar(64) NULL, `x` double NOT NULL, `y` double NOT NULL, `confidence` double NOT NULL, `positionAt` datetime(3) NOT NULL, `lastSeenAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, PRIMARY KEY (`tagId`)) ENGINE=InnoDB",
    ],
    sqlite: [
      "CREATE TABLE \"room_transitions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"tagId\" varchar(64) NOT NULL, \"fromRoomId\" varchar(64), \"toRoomId\" varchar(64), \"floorId\" varchar(64) NOT NULL, \"enteredAt\" datetime(3) NOT NULL)",
      "CREATE INDEX \"IDX_91152f7bbf86e450337b5b4ebb\" ON \"room_transitions\" (\"toRoomId\", \"enteredAt\") ",
      "CREATE INDEX \"IDX_1e1a90de731f8915d022038a70\" ON \"room_transitions\" (\"tagId\", \"enteredAt\") ",
      "CREATE TABLE \"tag_positions\" (\"tagId\" varchar(64) PRIMARY KEY NOT NULL, \"floorId\" varchar(64) NOT NULL, \"roomId\" varchar(64), \"x\" double NOT NULL, \"y\" double NOT NULL, \"confidence\" double NOT NULL, \"positionAt\" datetime(3) NOT NULL, \"lastSeenAt\" datetime(3) NOT NULL, \"updatedAt\" datetime(3) NOT NULL)",
    ],
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await runForDialect(queryRunner, {
    mysql: [
      "DROP TABLE `tag_positions`",
      "DROP INDEX `IDX_1e1a90de731f8915d022038a70` ON `room_transitions`",
      "DROP INDEX `IDX_91152f7bbf86e450337b5b4ebb` ON `room_transitions`",
      "DROP TABLE `room_transitions`",
    ],
    sqlite: [
      "DROP TABLE \"tag_positions\"",
      "DROP INDEX \"IDX_1e1a90de731f8915d022038a70\"",
      "DROP INDEX \"IDX_91152f7bbf86e450337b5b4ebb\"",
      "DROP TABLE \"room_transitions\"",
    ],
    });
  }
}
