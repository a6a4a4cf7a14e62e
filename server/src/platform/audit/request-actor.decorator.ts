import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { principalLabel, type Principal } from '../auth/principal.js';

/** Who made a request and from where, as the audit trail names them. */
export interface Actor {
  /** `user:alice`, `device:gw-1`, `system` or `anonymous`. */
  label: string;
  ip: string | null;
}

/** The system itself (start-up seeding, scheduled jobs). */
export const SYSTEM_ACTOR: Actor = { label: 'system', ip: null };

export function actorOf(request: Request & { principal?: Principal }): Actor {
  return { label: principalLabel(request.principal), ip: request.ip ?? null };
}

/** Injects the caller as an audit Actor, for services that record what they did on whose behalf. */
export const RequestActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => actorOf(ctx.switchToHttp().getRequest()));
