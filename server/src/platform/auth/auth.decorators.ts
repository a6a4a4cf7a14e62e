import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from './role.js';
import type { Principal } from './principal.js';

export const ROLES_KEY = 'wardwatch:roles';
export const PUBLIC_KEY = 'wardwatch:public';
export const DEVICE_AUTH_KEY = 'wardwatch:device-auth';

/**
 * Roles allowed on a route (or every route of a controller). A route with no
 * @Roles, @Public or @DeviceAuth is refused for everyone: the guard denies by default.
 */
export const Roles = (...roles: readonly Role[]) => SetMetadata(ROLES_KEY, roles);

/** Open to anyone without a token. Only health and login use it. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Authenticated by a device key (gateways, sensors, cabinets) instead of a user session. */
export const DeviceAuth = () => SetMetadata(DEVICE_AUTH_KEY, true);

/** The authenticated user or device of this request. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Principal | undefined =>
    ctx.switchToHttp().getRequest<{ principal?: Principal }>().principal,
);
