/**
 * Password rules, following OWASP ASVS 4.0.3 V2.1: at least 12 characters
 * (V2.1.1), at most 128 (V2.1.2: long passphrases are welcome, unbounded input
 * to a memory-hard hash is not), counted in Unicode code points (V2.1.4), no
 * composition rules (V2.1.9). A password equal to the username is refused.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** What is wrong with a password for this username, or undefined when it is acceptable. */
export function passwordProblem(password: string, username: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'must not be the username';
  return undefined;
}
