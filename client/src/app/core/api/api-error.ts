import { HttpErrorResponse } from '@angular/common/http';

/** The JSON body every API error carries (Nest's error shape plus our validation issues). */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  issues?: unknown[];
}

export const UNREACHABLE_MESSAGE = 'The Wardwatch server cannot be reached. Check the network and try again.';

/**
 * A sentence for the user from a failed request: the server's own message when it sent one
 * (validation errors arrive as a list and are joined), otherwise `fallback`.
 */
export function apiErrorMessage(error: unknown, fallback = 'Something went wrong. Please try again.'): string {
  if (!(error instanceof HttpErrorResponse)) return fallback;
  if (error.status === 0) return UNREACHABLE_MESSAGE;
  const message = serverMessage(error.error);
  return message ?? fallback;
}

function serverMessage(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('message' in body)) return null;
  const { message } = body as Partial<ApiErrorBody>;
  if (typeof message === 'string' && message.trim() !== '') return message;
  if (Array.isArray(message) && message.length > 0) return message.join('; ');
  return null;
}

/** A field a 400 names in its `issues`, with what is wrong with it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The fields a 400 names (`issues`), if that is what came back; none for any other error. */
export function fieldIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof HttpErrorResponse) || error.status !== 400) return [];
  const issues = (error.error as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter((issue): issue is FieldIssue => typeof issue?.field === 'string' && typeof issue?.message === 'string');
}
