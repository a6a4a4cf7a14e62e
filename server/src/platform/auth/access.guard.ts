import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DeviceKeyService } from '../../devices/keys/device-key.service.js';
import { AuditService } from '../audit/audit.service.js';
import { accessRuleOf } from './access-rule.js';
import { ForbiddenError, UnauthenticatedError } from './auth-errors.js';
import type { Principal } from './principal.js';
import { SessionAuthenticator } from './session-authenticator.js';
import { bearerCredential } from './session-cookie.js';

/**
 * The global guard (APP_GUARD): every route must say who may use it, with
 * @Public, @DeviceAuth or @Roles; a route that says nothing is refused to
 * everyone, so a forgotten decorator fails closed. It puts the authenticated
 * caller on `request.principal`.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionAuthenticator,
    private readonly deviceKeys: DeviceKeyService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Only HTTP routes have an access rule vocabulary; anything else (a future
    // WebSocket gateway, say) is refused until it gets one.
    if (context.getType() !== 'http') return false;
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const rule = accessRuleOf(this.reflector, context.getHandler(), context.getClass());
    switch (rule.kind) {
      case 'public':
        return true;
      case 'device': {
        const device = await this.deviceKeys.authenticate(bearerCredential(request));
        if (!device) throw new UnauthenticatedError('A valid device key is required (Authorization: Bearer wwd_…)');
        request.principal = device;
        return true;
      }
      case 'roles': {
        const user = await this.sessions.authenticate(request);
        if (!user) throw new UnauthenticatedError();
        request.principal = user;
        if (!rule.roles.includes(user.role)) {
          const refusal = new ForbiddenError(`This needs one of the roles: ${rule.roles.join(', ')}`);
          await this.audit.recordWriteRequest(request, refusal.status, refusal);
          throw refusal;
        }
        return true;
      }
      case 'conflict':
        throw new ForbiddenError('route has conflicting access rules');
      case 'none':
        throw new ForbiddenError('route has no access rule');
    }
  }
}
