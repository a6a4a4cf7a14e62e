import { HOME_URL, safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('follows a path inside the app, query included', () => {
    expect(safeReturnUrl('/admin/users')).toBe('/admin/users');
    expect(safeReturnUrl('/map?floor=main-1')).toBe('/map?floor=main-1');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'map', '', null, undefined])(
    'refuses %p and goes home instead',
    (requested) => {
      expect(safeReturnUrl(requested)).toBe(HOME_URL);
    },
  );

  it('does not send the user back to the login page', () => {
    expect(safeReturnUrl('/login?returnUrl=%2Fmap')).toBe(HOME_URL);
  });
});
