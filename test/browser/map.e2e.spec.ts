import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server-process.js';
import { ARTIFACTS_DIR, TEST_MYSQL_URL, browserAvailable } from '../support/test-env.js';

// On CI this runs against MySQL (the demo hospital seeded into a scratch
// database); on a machine without MySQL, against the embedded SQLite.
const database = TEST_MYSQL_URL ? 'mysql' : 'sqlite';
const suite = browserAvailable() ? describe : describe.skip;
if (!browserAvailable()) console.warn('[wardwatch e2e] chromium not found: browser suite SKIPPED (apt-get install chromium)');

suite(`the map in a real browser [chromium, ${database}]`, () => {
  let server: RunningServer;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ mysqlUrl: TEST_MYSQL_URL });
    const browser = await launchBrowser();
    close = browser.close;
    page = await browser.context.newPage();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it('refuses a wrong password with a visible message', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('login-username').fill('biomed');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await expectVisible(page, 'login-error');
    expect(await page.getByTestId('login-error').textContent()).toContain('Invalid username or password');
  });

  it('signs a demo user in and shows the ground floor with its rooms', async () => {
    await page.getByTestId('login-password').fill('wardwatch-demo');
    await page.getByTestId('login-submit').click();
    await expectVisible(page, 'floor-map');
    await page.waitForSelector('path.room-polygon', { timeout: 20_000 });
    expect(await page.locator('path.room-polygon').count()).toBeGreaterThanOrEqual(20);
    expect(await page.getByTestId('current-floor-name').textContent()).toMatch(/ground/i);
    // The plan drawing itself is loaded as an image overlay.
    await page.waitForSelector('img.leaflet-image-layer', { timeout: 20_000 });
    expect(await page.locator('img.leaflet-image-layer').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  });

  it('shows room details on click', async () => {
    const firstRoom = page.locator('path.room-polygon').first();
    await firstRoom.click({ force: true });
    await expectVisible(page, 'room-details');
    expect((await page.getByTestId('room-details').textContent())?.length).toBeGreaterThan(3);
  });

  it('switches to the upper floor with the ICU and the ward', async () => {
    await page.getByTestId('floor-option-main-1').click();
    await page.waitForFunction(() => /first|1/i.test(document.querySelector('[data-testid="current-floor-name"]')?.textContent ?? ''));
    await page.waitForSelector('path.room-polygon');
    expect(page.url()).toContain('floor=main-1');
    const roomIds = await page.locator('path.room-polygon').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-room-id')));
    expect(roomIds.every((id) => id?.startsWith('main-1'))).toBe(true);
    expect(roomIds.length).toBeGreaterThanOrEqual(30);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'map-first-floor.png') });
  });

  it('shows the simulated equipment live on the floor', async () => {
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="equipment-count"]')?.textContent) > 10, null, {
      timeout: 30_000,
    });
  });

  it('finds the nearest available infusion pump from a ward room, by walking distance', async () => {
    await page.getByTestId('room-finder').selectOption({ label: 'Room 1' });
    await page.getByTestId('nearest-type').selectOption('infusion_pump');
    await page.getByTestId('nearest-result').first().waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.getByTestId('nearest-from').textContent()).toContain('Room 1');
    expect(await page.getByTestId('nearest-walk').first().textContent()).toMatch(/\d+ m/);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'nearest-infusion-pump.png') });
  });

  it('keeps the Admin page away from non-admins', async () => {
    expect(await page.getByTestId('nav-admin').count()).toBe(0);
  });
});

async function expectVisible(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).waitFor({ state: 'visible', timeout: 20_000 });
}
