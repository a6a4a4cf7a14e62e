import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server-process.js';
import { ARTIFACTS_DIR, TEST_MYSQL_URL, browserAvailable } from '../support/test-env.js';

const database = TEST_MYSQL_URL ? 'mysql' : 'sqlite';
const suite = browserAvailable() ? describe : describe.skip;
if (!browserAvailable()) console.warn('[wardwatch e2e] chromium not found: browser suite SKIPPED (apt-get install chromium)');

/**
 * The issue's "done when": a pharmacy user opens the demo, sees the stock levels on the map, works the
 * pick list and resolves a controlled-substance discrepancy with a witness. The cabinets' live
 * simulation is off so the demo's set pieces (demo-pharmacy.ts) are where the test expects them.
 */
suite(`pharmacy inventory in a real browser [chromium, ${database}]`, () => {
  let server: RunningServer;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ mysqlUrl: TEST_MYSQL_URL, env: { DEMO_SIMULATION: 'false' } });
    const browser = await launchBrowser();
    close = browser.close;
    page = await browser.context.newPage();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it('signs the pharmacist in and shows the cabinets’ stock levels on the map: red for the ED stock-out', async () => {
    await page.goto(`${server.baseUrl}/map?floor=main-0`);
    await page.getByTestId('login-username').fill('pharmacy');
    await page.getByTestId('login-password').fill('wardwatch-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('floor-map').waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByTestId('toggle-inventory').check();
    await page.waitForSelector('.cabinet-badge', { timeout: 20_000 });
    expect(await page.locator('.cabinet-badge').count()).toBe(4);
    expect(await page.locator('.cabinet-badge-stock-out [data-cabinet-id="main-0-cab-001"]').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'inventory-map-badges.png') });
  });

  it('works the pick list: restocks the ED’s ondansetron with a new lot', async () => {
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('inventory-tab-pick-list').click();
    const stop = page.getByTestId('pick-stop-main-0-cab-001');
    await stop.waitFor({ state: 'visible', timeout: 20_000 });
    const line = stop.locator('[data-testid^="pick-line-"]', { hasText: 'Ondansetron' });
    expect(await line.textContent()).toContain('0 / 12');
    await line.locator('[data-testid^="pick-restock-"]').click();
    await page.getByTestId('restock-lot').fill('OND271234');
    await page.getByTestId('restock-expiry').fill('2027-10-31');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'inventory-restock.png') });
    await page.getByTestId('restock-submit').click();
    await page.getByText('Recorded: Ondansetron 4 mg/2 mL ampoule').waitFor({ timeout: 20_000 });
    await stop.waitFor({ state: 'visible' });
    expect(await stop.locator('[data-testid^="pick-line-"]', { hasText: 'Ondansetron' }).count()).toBe(0);
  });

  it('resolves the ICU morphine discrepancy with a second pharmacist as witness, and not with themself', async () => {
    await page.getByTestId('inventory-tab-discrepancies').click();
    const row = page.locator('[data-testid^="discrepancy-row-"]', { hasText: 'Morphine sulfate 10 mg/mL ampoule' }).filter({ hasText: 'ICU nurse station' });
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await row.textContent()).toContain('Controlled');
    await row.locator('[data-testid^="resolve-"]').click();
    await page.getByTestId('resolve-reason').fill('Ampoule broken at withdrawal; waste not recorded at the cabinet');
    await page.getByTestId('resolve-witness-username').fill('pharmacy');
    await page.getByTestId('resolve-witness-password').fill('wardwatch-demo');
    await page.getByTestId('resolve-submit').click();
    expect(await page.getByTestId('resolve-problem').textContent()).toContain('someone else');

    await page.getByTestId('resolve-witness-username').fill('pharmacy2');
    await page.getByTestId('resolve-witness-password').fill('wardwatch-demo');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'inventory-resolve-witness.png') });
    await page.getByTestId('resolve-submit').click();
    await page.getByText('witnessed by pharmacy2').first().waitFor({ timeout: 20_000 });
    expect(await row.count()).toBe(0);

    await page.getByTestId('discrepancy-state').selectOption('resolved');
    const resolved = page.locator('[data-testid^="discrepancy-row-"]', { hasText: 'ICU nurse station' });
    await resolved.first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await resolved.first().textContent()).toMatch(/by pharmacy\s*, witnessed by pharmacy2/);
  });
});
