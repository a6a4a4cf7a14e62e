import { describeDetails } from './audit-details';

describe('describeDetails', () => {
  it('writes an object as name: value pairs', () => {
    expect(describeDetails({ role: 'biomed', active: false })).toBe('role: biomed, active: false');
  });

  it('keeps nested values readable as JSON', () => {
    expect(describeDetails({ changed: ['role', 'active'] })).toBe('changed: ["role","active"]');
  });

  it('passes text through and leaves nothing for no details', () => {
    expect(describeDetails('signed in')).toBe('signed in');
    expect(describeDetails(null)).toBe('');
    expect(describeDetails(undefined)).toBe('');
  });
});
