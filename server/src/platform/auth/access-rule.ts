import type { Reflector } from '@nestjs/core';
import { DEVICE_AUTH_KEY, PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';
import type { Role } from './role.js';

/** Who may call a route, as its decorators say. */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'device' }
  | { kind: 'roles'; roles: readonly Role[] }
  /** No @Public, @DeviceAuth or @Roles (or an empty @Roles()): refused to everyone. */
  | { kind: 'none' }
  /** Two rules on the same level (e.g. @Public and @Roles on one method): refused, it is a mistake. */
  | { kind: 'conflict' };

/**
 * The access rule of a route: the method's own decorator wins over its
 * controller's (a public method in an admin controller is allowed); two rules
 * on one level are a conflict, and no rule at all is `none`. Both fail closed.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function accessRuleOf(reflector: Reflector, handler: Function, controller: Function): AccessRule {
  return ruleAt(reflector, handler) ?? ruleAt(reflector, controller) ?? { kind: 'none' };
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function ruleAt(reflector: Reflector, target: Function): AccessRule | undefined {
  const rules: AccessRule[] = [];
  if (reflector.get<boolean | undefined>(PUBLIC_KEY, target)) rules.push({ kind: 'public' });
  if (reflector.get<boolean | undefined>(DEVICE_AUTH_KEY, target)) rules.push({ kind: 'device' });
  const roles = reflector.get<readonly Role[] | undefined>(ROLES_KEY, target);
  if (roles) rules.push(roles.length > 0 ? { kind: 'roles', roles } : { kind: 'none' });
  if (rules.length > 1) return { kind: 'conflict' };
  return rules[0];
}
