import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { catchError, concatMap, type Observable } from 'rxjs';
import type { Principal } from '../auth/principal.js';
import { AuditService, statusOfError } from './audit.service.js';

/**
 * Records every write request (POST, PUT, PATCH, DELETE) a signed-in person
 * makes, whether it succeeds or fails, before the answer leaves: a change the
 * caller saw succeed is always in the trail. Device-authenticated requests carry
 * a device principal and are not recorded here: they are high-volume sensor data
 * that their features account for. Requests the access guard refuses are
 * recorded by the guard, since interceptors never see them.
 */
@Injectable()
export class AuditWriteInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    if (!this.audit.isAuditedRequest(request)) return next.handle();
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      concatMap(async (result: unknown) => {
        await this.audit.recordWriteRequest(request, response.statusCode);
        return result;
      }),
      catchError(async (error: unknown) => {
        await this.audit.recordWriteRequest(request, statusOfError(error), error);
        throw error;
      }),
    );
  }
}
