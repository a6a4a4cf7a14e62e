import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type Repository } from 'typeorm';
import { AuthService } from '../platform/auth/auth.service.js';
import type { UserPrincipal } from '../platform/auth/session-authenticator.js';
import { DomainError, NotFoundError } from '../platform/http/domain-error.js';
import { InventoryDiscrepancy } from './entities/discrepancy.entity.js';
import { discrepancyResolved, invalidInventoryInput } from './inventory-errors.js';
import { resolutionIssues, type Person } from './ledger/controlled-substances.js';

export type DiscrepancyState = 'open' | 'resolved' | 'all';

/** What a person resolving a discrepancy sends: the reason, and the witness's own credentials. */
export interface Resolution {
  reason: string;
  witnessUsername?: string;
  witnessPassword?: string;
}

/** 429: the witness's sign-in is throttled, as a sign-in would be. */
class WitnessThrottledError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(429, `Too many failed witness sign-ins; try again in ${retryAfterSeconds} s`, [{ field: 'witnessPassword', message: 'too many failed attempts' }]);
  }
}

/**
 * The discrepancy queue and its resolution. The witness proves who they are with their own username and
 * password, checked here as a sign-in is (throttled, audited) but without a session: the person signed in
 * cannot witness their own resolution without another person's password, and the rules
 * (ledger/controlled-substances.ts) refuse the same person in both roles.
 */
@Injectable()
export class DiscrepanciesService {
  constructor(
    @InjectRepository(InventoryDiscrepancy) private readonly discrepancies: Repository<InventoryDiscrepancy>,
    private readonly auth: AuthService,
  ) {}

  /** Open ones by deadline (most urgent first); resolved ones most recent first. */
  list(state: DiscrepancyState, cabinetId?: string): Promise<InventoryDiscrepancy[]> {
    const where = {
      ...(cabinetId === undefined ? {} : { cabinetId }),
      ...(state === 'open' ? { resolvedAt: IsNull() } : state === 'resolved' ? { resolvedAt: Not(IsNull()) } : {}),
    };
    return this.discrepancies.find({ where, order: state === 'resolved' ? { resolvedAt: 'DESC', id: 'DESC' } : { deadlineAt: 'ASC', id: 'ASC' }, take: 500 });
  }

  async openCountsByCabinet(): Promise<Map<string, number>> {
    const open = await this.discrepancies.find({ select: { cabinetId: true }, where: { resolvedAt: IsNull() } });
    const counts = new Map<string, number>();
    for (const row of open) counts.set(row.cabinetId, (counts.get(row.cabinetId) ?? 0) + 1);
    return counts;
  }

  /** Every unresolved discrepancy (for the overdue check). */
  unresolved(): Promise<InventoryDiscrepancy[]> {
    return this.discrepancies.find({ where: { resolvedAt: IsNull() }, order: { id: 'ASC' } });
  }

  async get(id: number): Promise<InventoryDiscrepancy> {
    const found = await this.discrepancies.findOneBy({ id });
    if (found === null) throw new NotFoundError('Discrepancy', id);
    return found;
  }

  /**
   * Resolves it as `resolver`, witnessed by the person whose credentials are given (required for a controlled
   * item). 400 naming `reason`, `witnessUsername`, `witnessPassword` or `resolver` when the rules refuse;
   * 409 when it is resolved already.
   */
  async resolve(id: number, resolver: UserPrincipal, resolution: Resolution, ip: string | null, now = new Date()): Promise<InventoryDiscrepancy> {
    const discrepancy = await this.get(id);
    if (discrepancy.resolvedAt !== null) throw discrepancyResolved(id);
    const witness = await this.witness(resolution, ip, now);
    const issues = resolutionIssues(discrepancy.controlled, {
      reason: resolution.reason,
      resolver: { username: resolver.username, role: resolver.role },
      witness,
    }).map((issue) => (issue.field === 'witness' ? { ...issue, field: 'witnessUsername' } : issue));
    if (issues.length > 0) throw invalidInventoryInput(issues);
    const changes = { resolvedAt: now, resolvedBy: resolver.username, witnessedBy: witness?.username ?? null, reason: resolution.reason.trim() };
    const updated = await this.discrepancies.update({ id, resolvedAt: IsNull() }, changes);
    if (updated.affected === 0) throw discrepancyResolved(id);
    return { ...discrepancy, ...changes };
  }

  private async witness(resolution: Resolution, ip: string | null, now: Date): Promise<Person | null> {
    const username = resolution.witnessUsername?.trim() ?? '';
    if (username === '') return null;
    if ((resolution.witnessPassword ?? '') === '') throw invalidInventoryInput([{ field: 'witnessPassword', message: 'is required: the witness confirms with their own password' }]);
    const checked = await this.auth.checkCredentials(username, resolution.witnessPassword as string, ip, now.getTime());
    if (checked.kind === 'throttled') throw new WitnessThrottledError(checked.retryAfterSeconds);
    if (checked.kind === 'invalid') throw invalidInventoryInput([{ field: 'witnessPassword', message: 'does not match the witness username (or the account is inactive)' }]);
    return { username: checked.user.username, role: checked.user.role };
  }
}
