/** Key fragments whose values never reach the audit trail (matched case-insensitively, anywhere in the key). */
const SECRET_KEY = /password|secret|token|key/i;

export const REDACTED = '[redacted]';

/**
 * A copy of `value` in which every property whose name mentions a password,
 * secret, token or key is replaced by `[redacted]`, at any depth. The rule is
 * deliberately broad (it also hides harmless fields such as `keyId`): an audit
 * trail that leaks one credential is worse than one that shows a field too few.
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  // Request bodies are bounded by the JSON body limit, but a deeply nested one
  // must not turn redaction into a stack overflow.
  if (depth > 20) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) ? REDACTED : redactSecrets(inner, depth + 1)]),
    );
  }
  return value;
}
