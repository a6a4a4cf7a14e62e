import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldIssue } from './domain-error.js';

/** Flattens class-validator's nested errors into `{ field: "a.b[2].c", message }` items. */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = !parent ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * The DTO validation used on every route: unknown properties are refused (a
 * typo must not be silently ignored), and each failure names its field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const issues = flattenValidationErrors(errors);
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: issues.map((i) => `${i.field}: ${i.message}`),
        issues,
      });
    },
  });
}
