import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThanOrEqual, Not, Repository, type EntityManager } from 'typeorm';
import type { Actor } from '../platform/audit/request-actor.decorator.js';
import { NotFoundError, type FieldIssue } from '../platform/http/domain-error.js';
import { AssetStatusChange } from './asset-status-change.entity.js';
import { Asset } from './asset.entity.js';
import { transitionProblem, type AssetStatus } from './domain/asset-status.js';
import { isUniqueViolation } from '../platform/database/unique-violation.js';
import { TagClaims } from '../tag-claims/tag-claims.service.js';
import { ASSET_TAG_CLAIM } from './asset-tag-claimant.js';
import { assetTagTaken, invalidInput, statusChangeRefused, tagClaimedElsewhere, tagPairedElsewhere } from './equipment-errors.js';
import { EquipmentTypesService } from './equipment-types.service.js';
import { SiteLayoutService } from './site-layout.service.js';

export interface AssetFields {
  assetTag: string;
  name: string;
  typeCode: string;
  manufacturer?: string | null;
  model?: string | null;
  serial?: string | null;
  homeUnit?: string | null;
  pmDueDate?: string | null;
  notes?: string | null;
}

export interface NewAsset extends AssetFields {
  status?: AssetStatus;
  tagId?: string | null;
}

export type AssetChanges = { [K in keyof AssetFields]?: AssetFields[K] | null };

const REQUIRED_FIELDS = ['assetTag', 'name', 'typeCode'] as const;
const OPTIONAL_FIELDS = ['manufacturer', 'model', 'serial', 'homeUnit', 'pmDueDate', 'notes'] as const;

/**
 * The equipment registry: assets, their status life cycle and their tags. Every write checks its
 * references (type, unit) and uniqueness (asset number, tag) and names the field at fault; unique
 * indexes back the checks up against concurrent writes.
 */
@Injectable()
export class AssetRegistryService {
  constructor(
    @InjectRepository(Asset) private readonly assets: Repository<Asset>,
    @InjectRepository(AssetStatusChange) private readonly statusChanges: Repository<AssetStatusChange>,
    private readonly dataSource: DataSource,
    private readonly types: EquipmentTypesService,
    private readonly layouts: SiteLayoutService,
    private readonly tagClaims: TagClaims,
  ) {}

  async get(id: number): Promise<Asset> {
    const asset = await this.assets.findOneBy({ id });
    if (!asset) throw new NotFoundError('Asset', id);
    return asset;
  }

  count(): Promise<number> {
    return this.assets.count();
  }

  /** Registers an asset with its first status record (`from` null), and pairs its tag if given. */
  async create(input: NewAsset, actor: Actor, now = new Date()): Promise<Asset> {
    await this.checkReferences(input);
    if (await this.assets.existsBy({ assetTag: input.assetTag })) throw assetTagTaken(input.assetTag);
    if (input.tagId) await this.checkTagFree(input.tagId, null);
    const asset = this.newAsset(input, now);
    await this.writeUnique(input, async (manager) => {
      await manager.insert(Asset, asset);
      await manager.insert(AssetStatusChange, registration(asset, actor, now));
    });
    return asset;
  }

  /**
   * Registers many assets in one transaction (the demo fleet): references checked once for all, no
   * per-asset uniqueness pre-check (a clash fails the whole batch).
   */
  async createMany(inputs: readonly NewAsset[], actor: Actor, now = new Date()): Promise<number> {
    for (const typeCode of new Set(inputs.map((input) => input.typeCode))) await this.checkReferences({ typeCode });
    for (const homeUnit of new Set(inputs.map((input) => input.homeUnit ?? null))) await this.checkReferences({ homeUnit });
    await this.dataSource.transaction(async (manager) => {
      for (const input of inputs) {
        const asset = this.newAsset(input, now);
        await manager.insert(Asset, asset);
        await manager.insert(AssetStatusChange, registration(asset, actor, now));
      }
    });
    return inputs.length;
  }

  /** Changes registry fields; status and tag have their own methods. */
  async update(id: number, changes: AssetChanges, now = new Date()): Promise<Asset> {
    const nulled = REQUIRED_FIELDS.filter((field) => changes[field] === null);
    if (nulled.length > 0) throw invalidInput(nulled.map((field) => ({ field, message: 'must not be null' })));
    const asset = await this.get(id);
    await this.checkReferences({ typeCode: changes.typeCode ?? undefined, homeUnit: changes.homeUnit });
    if (changes.assetTag !== undefined && changes.assetTag !== asset.assetTag && (await this.assets.existsBy({ assetTag: changes.assetTag as string }))) {
      throw assetTagTaken(changes.assetTag as string);
    }
    for (const field of [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS]) {
      if (changes[field] !== undefined) Object.assign(asset, { [field]: changes[field] });
    }
    asset.updatedAt = now;
    await this.writeUnique({ assetTag: asset.assetTag }, (manager) => manager.save(Asset, asset).then(() => undefined));
    return asset;
  }

  /**
   * Moves the asset to `to` if the transition table allows it (409 naming `status` otherwise), and
   * records the change. Two concurrent changes from the same status cannot both succeed: the update
   * only applies while the status is still the one checked.
   */
  async changeStatus(id: number, to: AssetStatus, reason: string | null, actor: Actor, now = new Date()): Promise<Asset> {
    return this.dataSource.transaction(async (manager) => {
      const asset = await manager.findOneBy(Asset, { id });
      if (!asset) throw new NotFoundError('Asset', id);
      const problem = transitionProblem(asset.status, to);
      if (problem) throw statusChangeRefused(asset, problem);
      const updated = await manager.update(Asset, { id, status: asset.status }, { status: to, updatedAt: now });
      if (updated.affected === 0) throw statusChangeRefused(asset, `was changed by someone else meanwhile; reload and try again`);
      await manager.insert(AssetStatusChange, { assetId: id, fromStatus: asset.status, toStatus: to, at: now, byUser: actor.label, reason });
      return Object.assign(asset, { status: to, updatedAt: now });
    });
  }

  /** Pairs the tag (replacing the asset's current one); 409 naming `tagId` when another asset has it. */
  async pairTag(id: number, tagId: string, now = new Date()): Promise<Asset> {
    const asset = await this.get(id);
    if (asset.tagId === tagId) return asset;
    await this.checkTagFree(tagId, id);
    Object.assign(asset, { tagId, tagPairedAt: now, updatedAt: now });
    await this.writeUnique({ tagId }, (manager) => manager.update(Asset, { id }, { tagId, tagPairedAt: now, updatedAt: now }).then(() => undefined));
    return asset;
  }

  /** Removes the asset's tag; nothing to do when it has none. */
  async unpairTag(id: number, now = new Date()): Promise<Asset> {
    const asset = await this.get(id);
    if (asset.tagId === null) return asset;
    await this.assets.update({ id }, { tagId: null, tagPairedAt: null, updatedAt: now });
    return Object.assign(asset, { tagId: null, tagPairedAt: null, updatedAt: now });
  }

  /** The asset's status records from `since` on, oldest first. */
  statusChangesSince(assetIds: readonly number[], since: Date): Promise<AssetStatusChange[]> {
    if (assetIds.length === 0) return Promise.resolve([]);
    return this.statusChanges
      .createQueryBuilder('change')
      .where('change.assetId IN (:...assetIds)', { assetIds })
      .andWhere('change.at >= :since', { since })
      .orderBy('change.at', 'ASC')
      .addOrderBy('change.id', 'ASC')
      .getMany();
  }

  /** One asset's whole status history, oldest first. */
  history(assetId: number, since = new Date(0)): Promise<AssetStatusChange[]> {
    return this.statusChanges.find({ where: { assetId, at: MoreThanOrEqual(since) }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** Every asset that carries a tag, by id (what the missing-equipment alert watches). */
  async taggedAssets(): Promise<Array<Asset & { tagId: string }>> {
    return (await this.assets.find({ where: { tagId: Not(IsNull()) }, order: { id: 'ASC' } })) as Array<Asset & { tagId: string }>;
  }

  private newAsset(input: NewAsset, now: Date): Asset {
    const tagId = input.tagId ?? null;
    return this.assets.create({
      assetTag: input.assetTag,
      name: input.name,
      typeCode: input.typeCode,
      ...Object.fromEntries(OPTIONAL_FIELDS.map((field) => [field, input[field] ?? null])),
      status: input.status ?? 'available',
      tagId,
      tagPairedAt: tagId === null ? null : now,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** 400 naming `typeCode` / `homeUnit` when they name no equipment type / no unit on the floor plans. */
  private async checkReferences(fields: { typeCode?: string; homeUnit?: string | null }): Promise<void> {
    const issues: FieldIssue[] = [];
    if (fields.typeCode !== undefined) {
      const problem = await this.types.problemWith(fields.typeCode);
      if (problem) issues.push({ field: 'typeCode', message: problem });
    }
    if (fields.homeUnit !== undefined && fields.homeUnit !== null) {
      const { units } = await this.layouts.current();
      if (!units.includes(fields.homeUnit)) {
        issues.push({ field: 'homeUnit', message: units.length === 0 ? 'must be a unit of the floor plans, and none are imported' : `must be a unit of the floor plans: ${units.join(', ')}` });
      }
    }
    if (issues.length > 0) throw invalidInput(issues);
  }

  private async checkTagFree(tagId: string, forAssetId: number | null): Promise<void> {
    const owner = await this.assets.findOne({ where: { tagId }, select: { id: true, assetTag: true } });
    if (owner && owner.id !== forAssetId) throw tagPairedElsewhere(tagId, owner);
    const other = await this.tagClaims.claimByOthers(tagId, ASSET_TAG_CLAIM);
    if (other) throw tagClaimedElsewhere(other);
  }

  /** Runs the write in a transaction; a unique-index refusal becomes the 409 naming the field it concerns. */
  private async writeUnique(fields: { assetTag?: string; tagId?: string | null }, write: (manager: EntityManager) => Promise<void>): Promise<void> {
    try {
      await this.dataSource.transaction(write);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (fields.tagId) {
        const owner = await this.assets.findOne({ where: { tagId: fields.tagId }, select: { id: true, assetTag: true } });
        if (owner) throw tagPairedElsewhere(fields.tagId, owner);
      }
      if (fields.assetTag !== undefined) throw assetTagTaken(fields.assetTag);
      throw error;
    }
  }
}

/** The first status record of an asset: the status it was registered with. */
function registration(asset: Asset, actor: Actor, now: Date): Partial<AssetStatusChange> {
  return { assetId: asset.id, fromStatus: null, toStatus: asset.status, at: now, byUser: actor.label, reason: 'registered' };
}
