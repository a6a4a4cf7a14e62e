import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type ApiSession, signInApi } from '../support/api-session.js';
import { launchBrowser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server-process.js';
import { ARTIFACTS_DIR, TEST_MYSQL_URL, browserAvailable } from '../support/test-env.js';

// The equipment screens against the real server and St Mary's demo fleet: the client's hand-written
// views of the utilization and PM-due answers are checked here against what the server really sends.
const database = TEST_MYSQL_URL ? 'mysql' : 'sqlite';
const suite = browserAvailable() ? describe : describe.skip;
if (!browserAvailable()) console.warn('[wardwatch e2e] chromium not found: browser suite SKIPPED (apt-get install chromium)');

const PASSWORD = 'wardwatch-demo';

suite(`the equipment screens in a real browser [chromium, ${database}]`, () => {
  let server: RunningServer;
  let close: () => Promise<void>;
  let page: Page;
  let biomed: ApiSession;

  beforeAll(async () => {
    server = await startServer({ mysqlUrl: TEST_MYSQL_URL });
    biomed = await signInApi(server.baseUrl, 'biomed', PASSWORD);
    const browser = await launchBrowser();
    close = browser.close;
    page = await browser.context.newPage();
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it('shows utilization per type and per asset, asks again for another range, and exports it as CSV', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByTestId('login-username').fill('biomed');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user-name').waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByTestId('nav-equipment').click();
    await page.getByTestId('equipment-tab-utilization').click();
    await page.getByTestId('utilization-type-infusion_pump').waitFor({ state: 'visible', timeout: 30_000 });

    const types = (await biomed.request('GET', '/api/equipment/utilization')).body as { typeCode: string; assets: unknown[] }[];
    const assetCount = types.reduce((sum, type) => sum + type.assets.length, 0);
    expect(await page.locator('[data-testid="utilization-types"] tbody tr').count()).toBe(types.length);
    expect(await page.locator('[data-testid="utilization-assets"] tbody tr').count()).toBe(assetCount);
    expect(await page.getByTestId('utilization-type-infusion_pump').textContent()).toMatch(/Infusion pump\s*\d+.*(\d+ %|—)/);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'equipment-utilization.png') });

    const asked = page.waitForRequest((request) => request.url().includes('/api/equipment/utilization?') && request.url().includes('type=ventilator'));
    await page.getByTestId('utilization-type').selectOption('ventilator');
    const url = new URL((await asked).url());
    expect(Date.parse(url.searchParams.get('to') ?? '') - Date.parse(url.searchParams.get('from') ?? '')).toBe(7 * 86_400_000);
    expect(page.url()).toMatch(/\/equipment\/utilization\?type=ventilator$/);
    await page.getByTestId('utilization-type-infusion_pump').waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByTestId('utilization-type-ventilator').waitFor({ state: 'visible' });

    const download = page.waitForEvent('download');
    await page.getByTestId('utilization-export').click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const ventilators = types.find((type) => type.typeCode === 'ventilator');
    expect(lines[0]).toBe(
      'level,type_code,type,asset_id,asset_number,from,to,utilization,used_seconds,idle_seconds,out_of_service_seconds,patient_care_seconds,located_seconds,registered_seconds',
    );
    expect(lines.filter((line) => line.startsWith('type,'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('asset,ventilator,Ventilator,'))).toHaveLength(ventilators?.assets.length ?? -1);
  });

  it('lists maintenance due, overdue first, linked to each asset with its utilization', async () => {
    await page.getByTestId('equipment-tab-maintenance').click();
    const rows = page.locator('[data-testid="maintenance-table"] tbody tr[data-testid^="maintenance-row-"]');
    await rows.first().waitFor({ state: 'visible', timeout: 20_000 });

    const due = (await biomed.request('GET', '/api/equipment/pm-due?withinDays=30')).body as { asset: { id: number }; overdue: boolean }[];
    expect(await rows.count()).toBe(due.length);
    const overdue = due.filter((entry) => entry.overdue).length;
    // St Mary's fleet has PM dates from a month overdue onwards (equipment/demo/demo-fleet.ts).
    expect(overdue).toBeGreaterThan(0);
    const classes = await rows.evaluateAll((trs) => trs.map((tr) => tr.classList.contains('overdue')));
    expect(classes).toEqual([...Array(overdue).fill(true), ...Array(due.length - overdue).fill(false)]);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'equipment-maintenance.png') });

    await rows.first().locator('a').click();
    await page.waitForURL(`**/equipment/${due[0].asset.id}`);
    await page.getByTestId('asset-utilization-share').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.getByTestId('asset-utilization').textContent()).toContain('Used');
    const asked = page.waitForRequest((request) => request.url().includes(`/api/equipment/assets/${due[0].asset.id}/utilization?`));
    await page.getByTestId('asset-range-24h').click();
    const url = new URL((await asked).url());
    expect(Date.parse(url.searchParams.get('to') ?? '') - Date.parse(url.searchParams.get('from') ?? '')).toBe(86_400_000);
    await page.getByTestId('asset-utilization-share').waitFor({ state: 'visible', timeout: 20_000 });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'asset-utilization.png'), fullPage: true });
  });
});
