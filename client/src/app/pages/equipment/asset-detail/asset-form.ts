import type { Asset, AssetFields, UpdateAssetRequest } from '../../../core/api/equipment.models';

/** Asset numbers as the server accepts them (its `ASSET_TAG_PATTERN`): letters, digits and . _ / -. */
export const ASSET_TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$/;

/** The registry fields as the form leaves them: trimmed, and a blank optional field is null (none). */
export type AssetFieldValues = Required<AssetFields>;

const OPTIONAL_FIELDS = ['manufacturer', 'model', 'serial', 'homeUnit', 'pmDueDate', 'notes'] as const;
const REQUIRED_FIELDS = ['assetTag', 'name', 'typeCode'] as const;

/** What a PATCH needs to carry: only the fields that changed, `null` for one cleared. */
export function changedFields(asset: Asset, values: AssetFieldValues): UpdateAssetRequest {
  const changes: UpdateAssetRequest = {};
  for (const field of REQUIRED_FIELDS) if (values[field] !== asset[field]) changes[field] = values[field];
  for (const field of OPTIONAL_FIELDS) if (values[field] !== asset[field]) changes[field] = values[field];
  return changes;
}
