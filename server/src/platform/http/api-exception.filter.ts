import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error.js';

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/**
 * Every error leaves the API as JSON `{ statusCode, error, message, issues? }`.
 * Unexpected errors are logged with their stack and answered as a bare 500:
 * internals never reach the caller.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const { status, body } = this.toBody(exception, request);
    if (response.headersSent) return;
    response.status(status).json(body);
  }

  private toBody(exception: unknown, request: Request): { status: number; body: Record<string, unknown> } {
    if (exception instanceof DomainError) {
      return {
        status: exception.status,
        body: {
          statusCode: exception.status,
          error: STATUS_NAMES[exception.status] ?? 'Error',
          message: exception.message,
          ...(exception.issues ? { issues: exception.issues } : {}),
        },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const body = typeof payload === 'string' ? { message: payload } : (payload as Record<string, unknown>);
      return { status, body: { statusCode: status, error: STATUS_NAMES[status] ?? 'Error', ...body } };
    }
    // body-parser errors (bad JSON, too large) carry their own status.
    const parserStatus = (exception as { status?: unknown; type?: unknown })?.status;
    if (typeof parserStatus === 'number' && parserStatus >= 400 && parserStatus < 500) {
      const message = parserStatus === 413 ? 'Request body is too large' : 'Request body is not valid JSON';
      return { status: parserStatus, body: { statusCode: parserStatus, error: STATUS_NAMES[parserStatus] ?? 'Error', message } };
    }
    this.logger.error(
      { msg: 'Unhandled error', method: request.method, path: request.originalUrl },
      exception instanceof Error ? exception.stack : String(exception),
    );
    return { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' } };
  }
}
