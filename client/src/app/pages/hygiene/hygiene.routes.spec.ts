import { signInAs } from '../../../testing/auth';
import { INFECTION_NURSE, VIEWER } from '../../../testing/fixtures';
import { routedPage } from '../../../testing/routed-page';
import { HYGIENE_ROUTES } from './hygiene.routes';

describe('hygiene routes', () => {
  it('shows infection control every tab, staff and badges included, the compliance dashboard first', async () => {
    const page = await routedPage([{ path: 'hygiene', children: HYGIENE_ROUTES }]);
    await signInAs(INFECTION_NURSE);
    await page.harness.navigateByUrl('/hygiene');
    const tabs = [...page.element().querySelectorAll('nav.tabs a')].map((tab) => tab.textContent?.trim());
    expect(tabs).toEqual(['Compliance', 'Cleaning board', 'Environment', 'Audit report', 'Contact investigation', 'Staff and badges']);
    expect(page.byTestId('hygiene-tab-compliance')?.getAttribute('aria-current')).toBe('page');
    await page.settle();
    expect(page.element().querySelector('ww-compliance-tab')).not.toBeNull();
    page.backend.match(() => true);
  });

  it('keeps the audit report, contact investigation and the staff to infection control and admins', async () => {
    const page = await routedPage([{ path: 'map', children: [] }, { path: 'hygiene', children: HYGIENE_ROUTES }]);
    await signInAs(VIEWER);
    await page.harness.navigateByUrl('/hygiene/cleaning');
    await page.settle();
    expect([...page.element().querySelectorAll('nav.tabs a')].map((tab) => tab.textContent?.trim())).toEqual(['Compliance', 'Cleaning board', 'Environment']);
    expect(page.element().querySelector('ww-cleaning-tab')).not.toBeNull();
    await page.harness.navigateByUrl('/hygiene/staff');
    expect(page.element().querySelector('ww-staff-page')).toBeNull();
    await page.harness.navigateByUrl('/hygiene/contacts');
    expect(page.element().querySelector('ww-contacts-tab')).toBeNull();
    page.backend.match(() => true);
  });
});
