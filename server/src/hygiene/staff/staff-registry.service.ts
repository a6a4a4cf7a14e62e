import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, IsNull, LessThanOrEqual, MoreThan, Repository, type EntityManager } from 'typeorm';
import { SiteLayoutService } from '../../equipment/site-layout.service.js';
import { containsPattern } from '../../platform/database/like-pattern.js';
import { isUniqueViolation } from '../../platform/database/unique-violation.js';
import { NotFoundError } from '../../platform/http/domain-error.js';
import { TagClaims } from '../../tag-claims/tag-claims.service.js';
import { STAFF_BADGE_CLAIM } from './staff-badge-claimant.js';
import { badgeClaimedElsewhere, badgeTaken, employeeNumberTaken, invalidStaffInput, staffInactive } from './staff-errors.js';
import { StaffBadgeAssignment } from './staff-badge-assignment.entity.js';
import { StaffMember } from './staff-member.entity.js';
import type { StaffRole } from './staff-roles.js';

export interface StaffFields {
  displayName: string;
  role: StaffRole;
  unit?: string | null;
  employeeNumber?: string | null;
}

export type StaffChanges = { [K in keyof StaffFields]?: StaffFields[K] | null };

export interface StaffFilters {
  q?: string;
  role?: StaffRole;
  unit?: string;
  active?: boolean;
  limit: number;
  offset: number;
}

export interface StaffPage {
  total: number;
  items: StaffMember[];
}

/** A badge assignment with what compliance needs of its holder. */
export interface BadgeAssignmentOfStaff {
  staffId: number;
  role: StaffRole;
  badgeTagId: string;
  assignedAt: Date;
  endedAt: Date | null;
}

/** A demo or import row: the fields and, optionally, a badge. */
export interface NewStaffMember extends StaffFields {
  badgeTagId?: string | null;
}

const TEXT_COLUMNS = ['displayName', 'employeeNumber', 'badgeTagId'] as const;

/**
 * Staff members and their badges. Every write checks the unit, the employee number and the badge and
 * names the field at fault; unique indexes back the checks up against concurrent writes. A badge is
 * also checked against the other holders of tags (equipment) through TagClaims.
 */
@Injectable()
export class StaffRegistryService {
  constructor(
    @InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>,
    private readonly layouts: SiteLayoutService,
    private readonly tagClaims: TagClaims,
  ) {}

  async get(id: number): Promise<StaffMember> {
    const member = await this.staff.findOneBy({ id });
    if (!member) throw new NotFoundError('Staff member', id);
    return member;
  }

  count(): Promise<number> {
    return this.staff.count();
  }

  /** By name, then id; `q` searches name, employee number and badge, case-insensitive, wildcards literal. */
  async search(filters: StaffFilters): Promise<StaffPage> {
    const query = this.staff.createQueryBuilder('member').orderBy('member.displayName', 'ASC').addOrderBy('member.id', 'ASC');
    if (filters.role !== undefined) query.andWhere('member.role = :role', { role: filters.role });
    if (filters.unit !== undefined) query.andWhere('member.unit = :unit', { unit: filters.unit });
    if (filters.active !== undefined) query.andWhere('member.active = :active', { active: filters.active });
    if (filters.q !== undefined) {
      const pattern = containsPattern(filters.q.toLowerCase());
      query.andWhere(new Brackets((text) => TEXT_COLUMNS.forEach((column) => text.orWhere(`LOWER(member.${column}) LIKE :pattern ESCAPE '!'`, { pattern }))));
    }
    const [items, total] = await query.skip(filters.offset).take(filters.limit).getManyAndCount();
    return { total, items };
  }

  async create(input: StaffFields, now = new Date()): Promise<StaffMember> {
    await this.checkUnit(input.unit);
    if (input.employeeNumber) await this.checkEmployeeNumberFree(input.employeeNumber, null);
    const member = this.newMember(input, now);
    await this.writeUnique({ employeeNumber: input.employeeNumber }, () => this.staff.insert(member));
    return member;
  }

  /** Registers many people with their badges at once (the demo staff list); a clash fails the batch. */
  async createMany(inputs: readonly NewStaffMember[], now = new Date()): Promise<number> {
    for (const unit of new Set(inputs.map((input) => input.unit ?? null))) await this.checkUnit(unit);
    for (const input of inputs) if (input.badgeTagId) await this.checkBadgeFree(input.badgeTagId, null);
    await this.staff.manager.transaction(async (manager) => {
      for (const input of inputs) {
        const badgeTagId = input.badgeTagId ?? null;
        const { identifiers } = await manager.insert(StaffMember, { ...this.newMember(input, now), badgeTagId, badgeAssignedAt: badgeTagId === null ? null : now });
        if (badgeTagId !== null) await manager.insert(StaffBadgeAssignment, { staffId: Number(identifiers[0].id), badgeTagId, assignedAt: now, endedAt: null });
      }
    });
    return inputs.length;
  }

  async update(id: number, changes: StaffChanges, now = new Date()): Promise<StaffMember> {
    const nulled = (['displayName', 'role'] as const).filter((field) => changes[field] === null);
    if (nulled.length > 0) throw invalidStaffInput(nulled.map((field) => ({ field, message: 'must not be null' })));
    const member = await this.get(id);
    await this.checkUnit(changes.unit);
    if (changes.employeeNumber) await this.checkEmployeeNumberFree(changes.employeeNumber, id);
    for (const field of ['displayName', 'role', 'unit', 'employeeNumber'] as const) {
      if (changes[field] !== undefined) Object.assign(member, { [field]: changes[field] });
    }
    member.updatedAt = now;
    await this.writeUnique({ employeeNumber: member.employeeNumber }, () => this.staff.save(member));
    return member;
  }

  /**
   * Gives the person the badge (replacing theirs); 409 naming `tagId` when another person or an
   * equipment asset has it, naming `active` when the person is inactive.
   */
  async assignBadge(id: number, tagId: string, now = new Date()): Promise<StaffMember> {
    const member = await this.get(id);
    if (!member.active) throw staffInactive(member);
    if (member.badgeTagId === tagId) return member;
    await this.checkBadgeFree(tagId, id);
    await this.writeUnique({ badgeTagId: tagId }, () =>
      this.staff.manager.transaction(async (manager) => {
        await manager.update(StaffMember, { id }, { badgeTagId: tagId, badgeAssignedAt: now, updatedAt: now });
        await this.endAssignment(manager, id, now);
        await manager.insert(StaffBadgeAssignment, { staffId: id, badgeTagId: tagId, assignedAt: now, endedAt: null });
      }),
    );
    return Object.assign(member, { badgeTagId: tagId, badgeAssignedAt: now, updatedAt: now });
  }

  async unassignBadge(id: number, now = new Date()): Promise<StaffMember> {
    const member = await this.get(id);
    if (member.badgeTagId === null) return member;
    return this.takeBadgeBack(member, { updatedAt: now }, now);
  }

  /** Marks the person inactive and takes their badge back (it can go to someone else); the record stays for audits. */
  async deactivate(id: number, now = new Date()): Promise<StaffMember> {
    return this.takeBadgeBack(await this.get(id), { active: false, updatedAt: now }, now);
  }

  /** Who wore a badge during [from, to] (epoch ms), of staff of `unit` when given, active or not, oldest first. */
  async badgeAssignments(from: number, to: number, unit?: string): Promise<BadgeAssignmentOfStaff[]> {
    const assignedBy = LessThanOrEqual(new Date(to));
    const assignments = await this.staff.manager.getRepository(StaffBadgeAssignment).find({
      where: [
        { assignedAt: assignedBy, endedAt: IsNull() },
        { assignedAt: assignedBy, endedAt: MoreThan(new Date(from)) },
      ],
      order: { assignedAt: 'ASC', id: 'ASC' },
    });
    const staffIds = [...new Set(assignments.map((assignment) => assignment.staffId))];
    const members = staffIds.length === 0 ? [] : await this.staff.find({ select: { id: true, role: true, unit: true }, where: { id: In(staffIds) } });
    const byId = new Map(members.map((member) => [member.id, member]));
    return assignments.flatMap((assignment) => {
      const member = byId.get(assignment.staffId);
      if (member === undefined || (unit !== undefined && member.unit !== unit)) return [];
      return [{ staffId: assignment.staffId, role: member.role, badgeTagId: assignment.badgeTagId, assignedAt: assignment.assignedAt, endedAt: assignment.endedAt }];
    });
  }

  /** The members with these ids, inactive ones included (past contacts and figures name the people of their time). */
  membersByIds(ids: readonly number[]): Promise<StaffMember[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.staff.findBy({ id: In([...new Set(ids)]) });
  }

  /** Display names by id, inactive staff included (past reports name the people of their time). */
  async displayNames(): Promise<Map<number, string>> {
    const rows = await this.staff.find({ select: { id: true, displayName: true } });
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }

  private async takeBadgeBack(member: StaffMember, changes: Partial<StaffMember>, now: Date): Promise<StaffMember> {
    const all = { ...changes, badgeTagId: null, badgeAssignedAt: null };
    await this.staff.manager.transaction(async (manager) => {
      await manager.update(StaffMember, { id: member.id }, all);
      await this.endAssignment(manager, member.id, now);
    });
    return Object.assign(member, all);
  }

  private async endAssignment(manager: EntityManager, staffId: number, now: Date): Promise<void> {
    await manager.update(StaffBadgeAssignment, { staffId, endedAt: IsNull() }, { endedAt: now });
  }

  async reactivate(id: number, now = new Date()): Promise<StaffMember> {
    const member = await this.get(id);
    if (member.active) return member;
    await this.staff.update({ id }, { active: true, updatedAt: now });
    return Object.assign(member, { active: true, updatedAt: now });
  }

  private newMember(input: StaffFields, now: Date): StaffMember {
    return this.staff.create({
      displayName: input.displayName,
      role: input.role,
      unit: input.unit ?? null,
      employeeNumber: input.employeeNumber ?? null,
      active: true,
      badgeTagId: null,
      badgeAssignedAt: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** 400 naming `unit` when it names no unit of the floor plans (compliance by unit joins on these names). */
  async checkUnit(unit: string | null | undefined): Promise<void> {
    if (unit === undefined || unit === null) return;
    const { units } = await this.layouts.current();
    if (units.includes(unit)) return;
    throw invalidStaffInput([
      { field: 'unit', message: units.length === 0 ? 'must be a unit of the floor plans, and none are imported' : `must be a unit of the floor plans: ${units.join(', ')}` },
    ]);
  }

  private async checkEmployeeNumberFree(employeeNumber: string, forId: number | null): Promise<void> {
    const holder = await this.staff.findOne({ where: { employeeNumber }, select: { id: true } });
    if (holder && holder.id !== forId) throw employeeNumberTaken(employeeNumber);
  }

  private async checkBadgeFree(tagId: string, forId: number | null): Promise<void> {
    const holder = await this.staff.findOne({ where: { badgeTagId: tagId }, select: { id: true, displayName: true } });
    if (holder && holder.id !== forId) throw badgeTaken(tagId, holder);
    const other = await this.tagClaims.claimByOthers(tagId, STAFF_BADGE_CLAIM);
    if (other) throw badgeClaimedElsewhere(other);
  }

  /** A unique-index refusal (a concurrent write won) becomes the 409 naming the field it concerns. */
  private async writeUnique(fields: { employeeNumber?: string | null; badgeTagId?: string }, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (fields.badgeTagId) {
        const holder = await this.staff.findOne({ where: { badgeTagId: fields.badgeTagId }, select: { id: true, displayName: true } });
        if (holder) throw badgeTaken(fields.badgeTagId, holder);
      }
      if (fields.employeeNumber) throw employeeNumberTaken(fields.employeeNumber);
      throw error;
    }
  }
}
