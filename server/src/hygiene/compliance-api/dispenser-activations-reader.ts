import { Between, type Repository } from 'typeorm';
import type { DispenserActivation as CoreActivation } from '../compliance/compliance-types.js';
import { DispenserActivation } from '../entities/dispenser-activation.entity.js';

/** The dispenser activations with `at` in [from, to] (epoch ms) as the compliance core reads them. */
export async function dispenserActivationsBetween(repository: Repository<DispenserActivation>, from: number, to: number): Promise<CoreActivation[]> {
  const rows = await repository.find({ select: { id: true, deviceId: true, at: true, badgeId: true }, where: { at: Between(new Date(from), new Date(to)) } });
  return rows.map((row) => ({ id: String(row.id), dispenserId: row.deviceId, at: row.at.getTime(), badgeId: row.badgeId }));
}
