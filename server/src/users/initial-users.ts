import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../platform/audit/request-actor.decorator.js';
import { AppConfig } from '../platform/config/app-config.js';
import { ConflictError, InvalidInputError } from '../platform/http/domain-error.js';
import type { Role } from '../platform/auth/role.js';
import { UsersService, type NewUser } from './users.service.js';

export const DEMO_PASSWORD = 'wardwatch-demo';

/** One demo account per role, and a second pharmacist (a witness); the admin's username comes from ADMIN_USERNAME (default `admin`). */
export const DEMO_USERS: ReadonlyArray<{ username: string; displayName: string; role: Role }> = [
  { username: 'admin', displayName: 'Alex Admin', role: 'admin' },
  { username: 'biomed', displayName: 'Bea Biomed', role: 'biomed' },
  { username: 'infection', displayName: 'Iris Infection-Control', role: 'infection_control' },
  { username: 'pharmacy', displayName: 'Phil Pharmacy', role: 'pharmacy' },
  // A second pharmacist: the witness a controlled-substance discrepancy needs (docs/inventory.md).
  { username: 'pharmacy2', displayName: 'Priya Pharmacy', role: 'pharmacy' },
  { username: 'viewer', displayName: 'Vic Viewer', role: 'viewer' },
];

/**
 * Makes sure a fresh installation can be signed in to. Only when there are no
 * users at all: the admin from ADMIN_USERNAME / ADMIN_PASSWORD, or, without a
 * configured password, with a generated one printed once to stdout (it is not
 * stored anywhere in clear and never logged again). In demo mode, one user per
 * role with the password `wardwatch-demo` (the admin keeps ADMIN_PASSWORD if set).
 */
@Injectable()
export class InitialUsers implements OnApplicationBootstrap {
  private readonly logger = new Logger(InitialUsers.name);

  constructor(
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    if (this.config.demo) return this.seedDemoUsers();
    const generated = this.config.adminPassword === undefined;
    const password = this.config.adminPassword ?? randomBytes(18).toString('base64url');
    const admin = { username: this.config.adminUsername, displayName: 'Administrator', role: 'admin' as const, password };
    if (!(await this.createUnlessTaken(admin).catch(explainConfiguredPassword))) return;
    if (generated) {
      process.stdout.write(initialPasswordNotice(admin.username, password));
      this.logger.log({ msg: 'Created the first admin with a generated password (printed above, once)', username: admin.username });
    } else {
      this.logger.log({ msg: 'Created the first admin with ADMIN_PASSWORD', username: admin.username });
    }
  }

  private async seedDemoUsers(): Promise<void> {
    const seeded: string[] = [];
    for (const demo of DEMO_USERS) {
      const isAdmin = demo.role === 'admin';
      const user: NewUser = {
        ...demo,
        username: isAdmin ? this.config.adminUsername : demo.username,
        password: isAdmin ? (this.config.adminPassword ?? DEMO_PASSWORD) : DEMO_PASSWORD,
      };
      if (await this.createUnlessTaken(user).catch(explainConfiguredPassword)) seeded.push(`${user.username} (${user.role})`);
    }
    this.logger.log({
      msg: 'Demo mode: seeded one user per role (and a second pharmacist)',
      users: seeded,
      password: this.config.adminPassword ? 'wardwatch-demo (admin: ADMIN_PASSWORD)' : 'wardwatch-demo',
    });
  }

  /** False when another server instance created the same user in the meantime. */
  private async createUnlessTaken(user: NewUser): Promise<boolean> {
    try {
      await this.users.create(user, SYSTEM_ACTOR);
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }
}

/** A configured ADMIN_PASSWORD the policy refuses stops start-up naming the variable. */
function explainConfiguredPassword(error: unknown): never {
  if (error instanceof InvalidInputError) throw new Error(`ADMIN_PASSWORD: ${error.issues?.[0]?.message ?? error.message}`);
  throw error;
}

/** The boxed first-start message; the only place the generated password ever appears. */
export function initialPasswordNotice(username: string, password: string): string {
  const lines = [
    'Wardwatch: first start. An administrator account was created:',
    '',
    `    username: ${username}`,
    `    password: ${password}`,
    '',
    'This password is shown only this once. Sign in and change it, or set',
    'ADMIN_PASSWORD before the first start next time.',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  return ['', rule, ...lines.map((line) => `| ${line.padEnd(width)} |`), rule, ''].join('\n') + '\n';
}
