import type { Repository } from 'typeorm';
import { epochMsOf } from '../../platform/database/raw-datetime.js';
import type { DispenserActivation as CoreActivation } from '../compliance/compliance-types.js';
import type { DispenserActivation } from '../entities/dispenser-activation.entity.js';

/**
 * The dispenser activations with `at` in [from, to] (epoch ms) as the compliance core reads them: the four
 * columns it needs, raw (no entity hydration: a quarter of a ward is a quarter of a million rows).
 */
export async function dispenserActivationsBetween(repository: Repository<DispenserActivation>, from: number, to: number): Promise<CoreActivation[]> {
  const rows = await repository
    .createQueryBuilder('activation')
    .select(['activation.id', 'activation.deviceId', 'activation.at', 'activation.badgeId'])
    .where('activation.at BETWEEN :from AND :to', { from: new Date(from), to: new Date(to) })
    .getRawMany<{ activation_id: number | string; activation_deviceId: string; activation_at: Date | string; activation_badgeId: string | null }>();
  return rows.map((row) => ({ id: String(row.activation_id), dispenserId: row.activation_deviceId, at: epochMsOf(row.activation_at), badgeId: row.activation_badgeId }));
}
