import { AssetHygiene } from './asset-hygiene.entity.js';
import { AssetStatusChange } from './asset-status-change.entity.js';
import { Asset } from './asset.entity.js';
import { EquipmentType } from './equipment-type.entity.js';
import { ParLevel } from './par-level.entity.js';

export const EQUIPMENT_ENTITIES = [EquipmentType, Asset, AssetStatusChange, AssetHygiene, ParLevel];
