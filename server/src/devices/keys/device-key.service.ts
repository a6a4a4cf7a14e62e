import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AuditService } from '../../platform/audit/audit.service.js';
import type { Actor } from '../../platform/audit/request-actor.decorator.js';
import type { Principal } from '../../platform/auth/principal.js';
import { InvalidInputError, NotFoundError } from '../../platform/http/domain-error.js';
import { DevicesService } from '../devices.service.js';
import { issueDeviceKey, readDeviceKey, sameSecretHash } from './device-key-format.js';
import { DeviceKey } from './device-key.entity.js';

export type DevicePrincipal = Extract<Principal, { kind: 'device' }>;

/**
 * How long a verified key is trusted without a database read. A revocation
 * through this process takes effect at once; one made by another server
 * instance sharing the database takes effect within this time.
 */
export const VERIFIED_KEY_CACHE_MS = 60_000;
/** lastUsedAt is written at most this often per key, in one batch for all keys. */
export const LAST_USED_FLUSH_MS = 60_000;
const MAX_REJECTED_REMEMBERED = 10_000;

@Injectable()
export class DeviceKeyService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DeviceKeyService.name);
  /** By SHA-256 of the key: plaintext keys are never kept, not even in memory. */
  private readonly verified = new Map<string, { principal: DevicePrincipal; until: number }>();
  /** Well-formed keys that matched nothing (a gateway with a revoked key keeps retrying). */
  private readonly rejected = new Map<string, number>();
  /** Keys revoked by this process, so an authentication that read the row just before the revocation cannot resurrect it. */
  private readonly revokedIds = new Set<number>();
  private readonly pendingLastUsed = new Map<number, Date>();

  constructor(
    @InjectRepository(DeviceKey) private readonly keys: Repository<DeviceKey>,
    private readonly devices: DevicesService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<DeviceKey[]> {
    return this.keys.find({ order: { id: 'DESC' } });
  }

  /** A new key for a placed device; the returned secret is shown once and never stored. */
  async create(input: { deviceId: string; label?: string }, actor: Actor): Promise<{ deviceKey: DeviceKey; secret: string }> {
    if (!(await this.devices.isPlaced(input.deviceId))) {
      throw new InvalidInputError(`deviceId "${input.deviceId}" is not a placed device`, [
        { field: 'deviceId', message: 'is not a placed device' },
      ]);
    }
    const issued = issueDeviceKey();
    const deviceKey = this.keys.create({
      deviceId: input.deviceId,
      label: input.label || null,
      prefix: issued.prefix,
      secretHash: issued.secretHash,
      createdAt: new Date(),
      createdBy: actor.label,
      revokedAt: null,
      revokedBy: null,
      lastUsedAt: null,
    });
    await this.keys.insert(deviceKey);
    await this.audit.record({
      actor: actor.label,
      ip: actor.ip,
      action: 'device-keys.create',
      target: `device-key:${deviceKey.id}`,
      outcome: 'success',
      details: { deviceId: deviceKey.deviceId, label: deviceKey.label, prefix: deviceKey.prefix },
    });
    return { deviceKey, secret: issued.key };
  }

  /** Revokes a key; it stops working at once. Revoking a revoked key changes nothing. */
  async revoke(id: number, actor: Actor): Promise<DeviceKey> {
    const deviceKey = await this.keys.findOneBy({ id });
    if (!deviceKey) throw new NotFoundError('Device key', id);
    this.forget(id);
    if (deviceKey.revokedAt) return deviceKey;
    deviceKey.revokedAt = new Date();
    deviceKey.revokedBy = actor.label;
    await this.keys.update({ id }, { revokedAt: deviceKey.revokedAt, revokedBy: deviceKey.revokedBy });
    await this.audit.record({
      actor: actor.label,
      ip: actor.ip,
      action: 'device-keys.revoke',
      target: `device-key:${id}`,
      outcome: 'success',
      details: { deviceId: deviceKey.deviceId, prefix: deviceKey.prefix },
    });
    return deviceKey;
  }

  /** The device a Bearer credential belongs to, or undefined for a missing, malformed, unknown or revoked key. */
  async authenticate(bearer: string | undefined, now = Date.now()): Promise<DevicePrincipal | undefined> {
    const presented = bearer === undefined ? undefined : readDeviceKey(bearer);
    if (!presented) return undefined;
    const known = this.verified.get(presented.secretHash);
    if (known && known.until > now && !this.revokedIds.has(known.principal.keyId)) {
      this.noteUse(known.principal.keyId, now);
      return known.principal;
    }
    if ((this.rejected.get(presented.secretHash) ?? 0) > now) return undefined;

    const candidates = await this.keys.find({ where: { prefix: presented.prefix, revokedAt: IsNull() } });
    const match = candidates.find((candidate) => sameSecretHash(candidate.secretHash, presented.secretHash));
    if (!match || this.revokedIds.has(match.id)) {
      if (this.rejected.size >= MAX_REJECTED_REMEMBERED) this.rejected.clear();
      this.rejected.set(presented.secretHash, now + VERIFIED_KEY_CACHE_MS);
      return undefined;
    }
    const principal: DevicePrincipal = { kind: 'device', deviceId: match.deviceId, keyId: match.id };
    this.verified.set(presented.secretHash, { principal, until: now + VERIFIED_KEY_CACHE_MS });
    this.noteUse(match.id, now);
    return principal;
  }

  /** Writes the pending lastUsedAt times, one statement per key used since the last flush. */
  @Interval(LAST_USED_FLUSH_MS)
  async flushLastUsed(): Promise<void> {
    const pending = [...this.pendingLastUsed];
    this.pendingLastUsed.clear();
    for (const [id, lastUsedAt] of pending) {
      try {
        await this.keys.update({ id }, { lastUsedAt });
      } catch (error) {
        this.logger.warn({ msg: 'Could not record device key use', keyId: id, error: String(error) });
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flushLastUsed();
  }

  private noteUse(keyId: number, now: number): void {
    this.pendingLastUsed.set(keyId, new Date(now));
  }

  private forget(keyId: number): void {
    this.revokedIds.add(keyId);
    for (const [hash, entry] of this.verified) {
      if (entry.principal.keyId === keyId) this.verified.delete(hash);
    }
  }
}
