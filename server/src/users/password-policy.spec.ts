import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('accepts a passphrase of 12 characters or more that is not the username', () => {
    expect(passwordProblem('correct horse', 'alice')).toBeUndefined();
    expect(passwordProblem('x'.repeat(128), 'alice')).toBeUndefined();
  });

  it('refuses fewer than 12 characters, counting code points rather than UTF-16 units', () => {
    expect(passwordProblem('elevenchars', 'alice')).toBe('must be at least 12 characters');
    // Six emoji are twelve UTF-16 units but six characters.
    expect(passwordProblem('🔒🔒🔒🔒🔒🔒', 'alice')).toBe('must be at least 12 characters');
  });

  it('refuses more than 128 characters', () => {
    expect(passwordProblem('x'.repeat(129), 'alice')).toBe('must be at most 128 characters');
  });

  it('refuses the username as the password, whatever its case', () => {
    expect(passwordProblem('nurse.manager', 'nurse.manager')).toBe('must not be the username');
    expect(passwordProblem('Nurse.Manager', 'nurse.manager')).toBe('must not be the username');
  });
});
