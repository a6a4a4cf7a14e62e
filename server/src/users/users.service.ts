import { isUniqueViolation } from '../platform/database/unique-violation.js';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { AuditService } from '../platform/audit/audit.service.js';
import type { Actor } from '../platform/audit/request-actor.decorator.js';
import type { Role } from '../platform/auth/role.js';
import { dialectOf } from '../platform/database/dialect-sql.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../platform/http/domain-error.js';
import { hashPassword, spendVerificationTime, verifyPassword } from './password-hashing.js';
import { passwordProblem } from './password-policy.js';
import { User } from './user.entity.js';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

export interface UserChanges {
  displayName?: string;
  role?: Role;
  active?: boolean;
  password?: string;
}

/** What a request needs to know about the person behind a session token. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  sessionVersion: number;
}

/**
 * How long a session check may trust what it read about a user. Changes made
 * through this process take effect at once (the entry is dropped); changes made
 * by another instance of the server within this many milliseconds.
 */
export const SESSION_USER_CACHE_MS = 5_000;

@Injectable()
export class UsersService {
  private readonly sessionUsers = new Map<number, { user: SessionUser; until: number }>();

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<User[]> {
    return this.users.find({ order: { username: 'ASC' } });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  exists(username: string): Promise<boolean> {
    return this.users.existsBy({ username: username.trim().toLowerCase() });
  }

  async create(input: NewUser, actor: Actor): Promise<User> {
    const username = input.username.trim().toLowerCase();
    assertPasswordAcceptable(input.password, username);
    if (await this.users.existsBy({ username })) throw usernameTaken(username);
    const now = new Date();
    const user = this.users.create({
      username,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      active: true,
      sessionVersion: 1,
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
    });
    try {
      await this.users.insert(user);
    } catch (error) {
      // Two creations of the same name can both pass the check above.
      if (isUniqueViolation(error)) throw usernameTaken(username);
      throw error;
    }
    await this.audit.record({
      actor: actor.label,
      ip: actor.ip,
      action: 'users.create',
      target: `user:${username}`,
      outcome: 'success',
      details: { role: user.role, displayName: user.displayName },
    });
    return user;
  }

  /**
   * Applies an admin's changes. A new password, a new role or deactivation
   * signs the user out everywhere (their session version moves on). The last
   * active admin can be neither demoted nor deactivated: nobody could manage
   * users any more.
   */
  async update(id: number, changes: UserChanges, actor: Actor): Promise<User> {
    const existing = await this.users.findOneBy({ id });
    if (!existing) throw new NotFoundError('User', id);
    if (changes.password !== undefined) assertPasswordAcceptable(changes.password, existing.username);
    // Hash outside the transaction: argon2 takes tens of milliseconds.
    const newHash = changes.password === undefined ? undefined : await hashPassword(changes.password);

    const { user, changed, before } = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id });
      const before = { role: user.role, active: user.active };
      const changed: string[] = [];
      if (changes.displayName !== undefined && changes.displayName !== user.displayName) {
        user.displayName = changes.displayName;
        changed.push('displayName');
      }
      if (changes.role !== undefined && changes.role !== user.role) {
        user.role = changes.role;
        changed.push('role');
      }
      if (changes.active !== undefined && changes.active !== user.active) {
        user.active = changes.active;
        changed.push('active');
      }
      if (newHash !== undefined) {
        user.passwordHash = newHash;
        changed.push('password');
      }
      if (before.role === 'admin' && before.active && (user.role !== 'admin' || !user.active)) {
        await assertAnotherActiveAdmin(manager, user.id, user.role !== 'admin' ? 'role' : 'active');
      }
      if (changed.includes('role') || changed.includes('password') || (changed.includes('active') && !user.active)) {
        user.sessionVersion += 1;
      }
      if (changed.length > 0) {
        user.updatedAt = new Date();
        await manager.save(user);
      }
      return { user, changed, before };
    });
    this.sessionUsers.delete(id);

    if (changed.length > 0) {
      const details: Record<string, unknown> = { changed };
      if (changed.includes('role')) details.role = { from: before.role, to: user.role };
      if (changed.includes('active')) details.active = { from: before.active, to: user.active };
      await this.audit.record({ actor: actor.label, ip: actor.ip, action: 'users.update', target: `user:${user.username}`, outcome: 'success', details });
    }
    return user;
  }

  /**
   * The active user with this username and password, or undefined. Unknown
   * usernames cost the same argon2 work as wrong passwords, and inactive users
   * fail like wrong passwords, so the answer reveals nothing about accounts.
   */
  async verifyCredentials(username: string, password: string): Promise<User | undefined> {
    const user = await this.users.findOneBy({ username: username.trim().toLowerCase() });
    if (!user) {
      await spendVerificationTime(password);
      return undefined;
    }
    const matches = await verifyPassword(user.passwordHash, password);
    return matches && user.active ? user : undefined;
  }

  async recordSignIn(userId: number, at: Date): Promise<void> {
    await this.users.update({ id: userId }, { lastLoginAt: at });
  }

  /** Invalidates every session token issued to this user so far (sign-out everywhere). */
  async endAllSessions(userId: number): Promise<void> {
    await this.users.increment({ id: userId }, 'sessionVersion', 1);
    this.sessionUsers.delete(userId);
  }

  /** The user behind a session, read at most every SESSION_USER_CACHE_MS per user. */
  async sessionUser(userId: number, now = Date.now()): Promise<SessionUser | undefined> {
    const cached = this.sessionUsers.get(userId);
    if (cached && cached.until > now) return cached.user;
    const user = await this.users.findOne({
      where: { id: userId },
      select: { id: true, username: true, displayName: true, role: true, active: true, sessionVersion: true },
    });
    if (!user) {
      this.sessionUsers.delete(userId);
      return undefined;
    }
    const sessionUser: SessionUser = { ...user };
    this.sessionUsers.set(userId, { user: sessionUser, until: now + SESSION_USER_CACHE_MS });
    return sessionUser;
  }
}

function assertPasswordAcceptable(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new InvalidInputError(`password ${problem}`, [{ field: 'password', message: problem }]);
}

function usernameTaken(username: string): ConflictError {
  return new ConflictError(`username "${username}" is already taken`, [{ field: 'username', message: 'is already taken' }]);
}

async function assertAnotherActiveAdmin(manager: EntityManager, userId: number, field: 'role' | 'active'): Promise<void> {
  const query = manager
    .getRepository(User)
    .createQueryBuilder('user')
    .select(['user.id'])
    .where('user.role = :role AND user.active = :active', { role: 'admin', active: true });
  // On MySQL, lock the admin rows so that two admins demoting each other at the
  // same moment cannot both succeed. SQLite serialises write transactions anyway.
  if (manager.queryRunner && dialectOf(manager.queryRunner) === 'mysql') query.setLock('pessimistic_write');
  const admins = await query.getMany();
  if (!admins.some((admin) => admin.id !== userId)) {
    const message = 'this is the last active admin: make another user an admin before demoting or deactivating this one';
    throw new ConflictError(message, [{ field, message }]);
  }
}

