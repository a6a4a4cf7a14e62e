import { jest } from '@jest/globals';
import { EntityManager, type DataSource } from 'typeorm';
import { describeEachDatabase, openMigratedDataSource } from '../../test-support/test-databases.js';
import { InventoryCabinetBatch } from './entities/cabinet-batch.entity.js';
import { InventoryLedgerService } from './inventory-ledger.service.js';

describeEachDatabase('InventoryLedgerService and another server process', (dialect) => {
  let database: { dataSource: DataSource; close(): Promise<void> };
  beforeAll(async () => {
    database = await openMigratedDataSource(dialect);
  });
  afterAll(async () => database?.close());

  it('answers a batch another process stored between its check and its insert as a duplicate, storing nothing', async () => {
    const ledger = new InventoryLedgerService(database.dataSource);
    await database.dataSource.getRepository(InventoryCabinetBatch).insert({ cabinetId: 'cab-1', seq: '42', events: 1, receivedAt: new Date() });
    // The other process's insert lands after this one's existence check: the check saw nothing.
    const check = jest.spyOn(EntityManager.prototype, 'existsBy').mockResolvedValueOnce(false);
    const result = await ledger.record([], { source: 'cabinet', cabinetId: 'cab-1', batch: { cabinetId: 'cab-1', seq: 42 }, now: new Date() });
    expect(check).toHaveBeenCalled();
    expect(result).toEqual({ duplicate: true, entries: [], discrepancies: [] });
    expect(await database.dataSource.getRepository(InventoryCabinetBatch).countBy({ cabinetId: 'cab-1' })).toBe(1);
  });
});
