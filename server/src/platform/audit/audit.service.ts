import { HttpException, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { LessThan, Repository } from 'typeorm';
import { principalLabel, type Principal } from '../auth/principal.js';
import { DomainError } from '../http/domain-error.js';
import { AuditEntry, type AuditOutcome } from './audit-entry.entity.js';
import { redactSecrets } from './redact-secrets.js';

/** An event worth keeping in the audit trail. */
export interface AuditEvent {
  actor: string;
  action: string;
  target?: string | null;
  outcome: AuditOutcome;
  status?: number | null;
  ip?: string | null;
  details?: Record<string, unknown> | null;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Request bodies up to this size (as JSON) are kept with the entry; larger ones (floor plan imports) only by size. */
const MAX_BODY_CHARS = 4096;
/** simple-json is a TEXT column on MySQL (64 KiB); stay well below it. */
const MAX_DETAILS_CHARS = 16_384;

/**
 * Writes and reads the audit trail. Features call `record` for the events that
 * matter in their own terms (a login, a user change); the request interceptor
 * calls `recordWriteRequest` for every write a signed-in person makes.
 * Recording never fails the caller's operation: a database error is logged.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async record(event: AuditEvent): Promise<void> {
    const entry = this.entries.create({
      at: new Date(),
      actor: clip(event.actor, 100),
      action: clip(event.action, 200),
      target: event.target == null ? null : clip(event.target, 200),
      outcome: event.outcome,
      status: event.status ?? null,
      ip: event.ip == null ? null : clip(event.ip, 64),
      details: boundedDetails(event.details),
    });
    try {
      await this.entries.save(entry);
    } catch (error) {
      this.logger.error({ msg: 'Could not write audit entry', action: entry.action, actor: entry.actor, error: String(error) });
    }
  }

  /** True for the requests the trail keeps one entry each for: writes by a signed-in person. */
  isAuditedRequest(request: Request & { principal?: Principal }): boolean {
    return WRITE_METHODS.has(request.method) && request.principal?.kind === 'user';
  }

  /**
   * One entry for a write request, named by its route pattern
   * (`http.PATCH /api/admin/users/:id`) with the parameters, the (redacted,
   * size-capped) body and, for a failure, the error message.
   */
  async recordWriteRequest(request: Request & { principal?: Principal }, status: number, error?: unknown): Promise<void> {
    if (!this.isAuditedRequest(request)) return;
    const route = (request.route as { path?: unknown } | undefined)?.path;
    const pattern = typeof route === 'string' ? route : request.path;
    const details: Record<string, unknown> = {};
    if (request.params && Object.keys(request.params).length > 0) details.params = request.params;
    if (request.query && Object.keys(request.query).length > 0) details.query = request.query;
    const body = bodySummary(request.body);
    if (body !== undefined) details.body = body;
    if (error !== undefined) details.error = clip(errorMessage(error), 500);
    await this.record({
      actor: principalLabel(request.principal),
      action: `http.${request.method} ${pattern}`,
      target: request.originalUrl.split('?')[0],
      outcome: status < 400 ? 'success' : 'failure',
      status,
      ip: request.ip ?? null,
      details,
    });
  }

  /** Newest first; `before` pages back from an entry id. */
  async list(limit: number, before?: number): Promise<AuditEntry[]> {
    return this.entries.find({ where: before === undefined ? {} : { id: LessThan(before) }, order: { id: 'DESC' }, take: limit });
  }
}

/** The status the exception filter will answer an error with (see ApiExceptionFilter). */
export function statusOfError(error: unknown): number {
  if (error instanceof DomainError) return error.status;
  if (error instanceof HttpException) return error.getStatus();
  return 500;
}

function errorMessage(error: unknown): string {
  if (error instanceof HttpException) {
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
  }
  // Unexpected errors keep their details in the server log, not in the trail.
  return error instanceof DomainError ? error.message : 'Internal server error';
}

function bodySummary(body: unknown): unknown {
  if (body === undefined || body === null || (typeof body === 'object' && Object.keys(body).length === 0)) return undefined;
  const redacted = redactSecrets(body);
  const size = JSON.stringify(redacted)?.length ?? 0;
  return size <= MAX_BODY_CHARS ? redacted : { omitted: `${size} characters` };
}

function boundedDetails(details: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!details || Object.keys(details).length === 0) return null;
  const redacted = redactSecrets(details) as Record<string, unknown>;
  const size = JSON.stringify(redacted).length;
  return size <= MAX_DETAILS_CHARS ? redacted : { omitted: `${size} characters` };
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
