import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { DevicesService } from '../devices/devices.service.js';
import { FloorplanQueryService } from '../floorplan/floorplan-query.service.js';
import { ConflictError, NotFoundError } from '../platform/http/domain-error.js';
import { isUniqueViolation } from '../platform/database/unique-violation.js';
import { InventoryBin } from './entities/bin.entity.js';
import { InventoryCabinet, type CabinetKind } from './entities/cabinet.entity.js';
import { InventoryDrawer } from './entities/drawer.entity.js';
import { InventoryItem } from './entities/item.entity.js';
import { invalidInventoryInput } from './inventory-errors.js';
import { levelIssues, type BinLevels } from './ledger/bin-status.js';

export type NewItem = Omit<InventoryItem, 'id'>;

export interface NewBin extends BinLevels {
  drawerId: number;
  label: string;
  itemCode: string;
}

/**
 * The inventory's set-up: the formulary (items), cabinets registered from placed `medication_cabinet`
 * devices, their drawers and bins with levels. Stock moves only through the ledger.
 */
@Injectable()
export class InventorySetupService {
  constructor(
    @InjectRepository(InventoryItem) private readonly items: Repository<InventoryItem>,
    @InjectRepository(InventoryCabinet) private readonly cabinets: Repository<InventoryCabinet>,
    @InjectRepository(InventoryDrawer) private readonly drawers: Repository<InventoryDrawer>,
    @InjectRepository(InventoryBin) private readonly bins: Repository<InventoryBin>,
    private readonly devices: DevicesService,
    private readonly floorplans: FloorplanQueryService,
  ) {}

  listItems(): Promise<InventoryItem[]> {
    return this.items.find({ order: { name: 'ASC', strength: 'ASC' } });
  }

  /** 409 naming `code` when the code is taken. */
  async createItem(item: NewItem): Promise<InventoryItem> {
    if (item.kind === 'supply' && item.controlledSchedule !== null) throw invalidInventoryInput([{ field: 'controlledSchedule', message: 'must be null for a supply' }]);
    try {
      return await this.items.save(this.items.create(item));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`Item code ${JSON.stringify(item.code)} exists`, [{ field: 'code', message: 'is taken' }]);
      throw error;
    }
  }

  listCabinets(): Promise<InventoryCabinet[]> {
    return this.cabinets.find({ order: { floorId: 'ASC', id: 'ASC' } });
  }

  async cabinet(id: string): Promise<InventoryCabinet> {
    const cabinet = await this.cabinets.findOneBy({ id });
    if (cabinet === null) throw new NotFoundError('Cabinet', id);
    return cabinet;
  }

  /**
   * Registers the placed device `deviceId` (a `medication_cabinet` on a floor plan) as a cabinet; 400 naming
   * `deviceId` for any other device, 409 when it is registered already.
   */
  async registerCabinet(deviceId: string, kind: CabinetKind, now = new Date()): Promise<InventoryCabinet> {
    const device = (await this.devices.list()).find((placed) => placed.id === deviceId);
    if (device === undefined || device.deviceType !== 'medication_cabinet') {
      throw invalidInventoryInput([{ field: 'deviceId', message: 'must be a medication_cabinet device placed on a floor plan' }]);
    }
    const registered = () => new ConflictError(`Cabinet ${deviceId} is registered`, [{ field: 'deviceId', message: 'is registered already' }]);
    if (await this.cabinets.existsBy({ id: deviceId })) throw registered();
    // The floor as stored now, not the layout cache: a cabinet registered right after an import gets its unit.
    const rooms = (await this.floorplans.floorDetail(device.floorId)).rooms;
    const unit = device.roomId === null ? null : (rooms.find((room) => room.id === device.roomId)?.unit ?? null);
    try {
      // insert, not save: save would update a cabinet registered since the check.
      const cabinet = this.cabinets.create({ id: device.id, name: device.name, kind, floorId: device.floorId, roomId: device.roomId, unit, createdAt: now });
      await this.cabinets.insert(cabinet);
      return cabinet;
    } catch (error) {
      if (isUniqueViolation(error)) throw registered();
      throw error;
    }
  }

  drawersOf(cabinetIds: readonly string[]): Promise<InventoryDrawer[]> {
    return this.drawers.find({ where: { cabinetId: In([...cabinetIds]) }, order: { cabinetId: 'ASC', position: 'ASC' } });
  }

  /** 409 naming `label` when the cabinet has a drawer with this label. */
  async addDrawer(cabinetId: string, label: string, position: number): Promise<InventoryDrawer> {
    await this.cabinet(cabinetId);
    try {
      return await this.drawers.save(this.drawers.create({ cabinetId, label, position }));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`Cabinet ${cabinetId} has a drawer ${JSON.stringify(label)}`, [{ field: 'label', message: 'is taken in this cabinet' }]);
      throw error;
    }
  }

  /** A new, empty bin; stock arrives by restocks. 400 naming the field for an unknown drawer or item, or levels out of order. */
  async addBin(bin: NewBin, now = new Date()): Promise<InventoryBin> {
    const [drawer, item] = await Promise.all([this.drawers.findOneBy({ id: bin.drawerId }), this.items.findOneBy({ code: bin.itemCode })]);
    const issues = [
      ...(drawer === null ? [{ field: 'drawerId', message: 'is not a drawer' }] : []),
      ...(item === null ? [{ field: 'itemCode', message: 'is not an item code (GET /api/inventory/items)' }] : []),
      ...levelIssues(bin),
    ];
    if (issues.length > 0) throw invalidInventoryInput(issues);
    try {
      return await this.bins.save(
        this.bins.create({
          cabinetId: (drawer as InventoryDrawer).cabinetId,
          drawerId: bin.drawerId,
          label: bin.label,
          itemId: (item as InventoryItem).id,
          par: bin.par,
          reorderPoint: bin.reorderPoint,
          maximum: bin.maximum,
          expected: 0,
          lastCount: null,
          lastCountAt: null,
          lastCountMethod: null,
          updatedAt: now,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`The drawer has a bin ${JSON.stringify(bin.label)}`, [{ field: 'label', message: 'is taken in this drawer' }]);
      throw error;
    }
  }

  /** New levels for a bin; 400 naming the field when out of order. */
  async setLevels(binId: number, levels: BinLevels, now = new Date()): Promise<InventoryBin> {
    const bin = await this.bins.findOneBy({ id: binId });
    if (bin === null) throw new NotFoundError('Bin', binId);
    const issues = levelIssues(levels);
    if (issues.length > 0) throw invalidInventoryInput(issues);
    await this.bins.update({ id: binId }, { par: levels.par, reorderPoint: levels.reorderPoint, maximum: levels.maximum, updatedAt: now });
    return { ...bin, ...levels, updatedAt: now };
  }
}
