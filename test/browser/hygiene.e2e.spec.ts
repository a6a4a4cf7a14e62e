import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type ApiSession, signInApi } from '../support/api-session.js';
import { openPage } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server-process.js';
import { ARTIFACTS_DIR, TEST_MYSQL_URL, browserAvailable } from '../support/test-env.js';

const database = TEST_MYSQL_URL ? 'mysql' : 'sqlite';
const suite = browserAvailable() ? describe : describe.skip;
if (!browserAvailable()) console.warn('[wardwatch e2e] chromium not found: browser suite SKIPPED (apt-get install chromium)');

const MINUTE = 60_000;
/** Medication fridges on the first floor (limits 2–8 °C, 15 min start delay: docs/hygiene.md). */
const FRIDGE_ROOM_1 = 'main-1-env-047';
const FRIDGE_ROOM_2 = 'main-1-env-055';
const ROOM_2_MEDICATION = 'main-1-ward-medication-2';
const WARD_ROOM = 'main-1-ward-room-03';
const WARD_ROOM_DISPENSER = 'main-1-hh-033';
/** Room 1's air (patient room: 21–24 °C by default). */
const WARD_ROOM_1_SENSOR = 'main-1-env-022';
const RESUS_DOOR_COUNTER = 'main-0-dc-001';
const RESUS_DISPENSER = 'main-0-hh-001';

/** Sends a placed device's batch through the hygiene ingest with a key issued to it; `eventsAt(now)`. */
async function sendBatch(admin: ApiSession, baseUrl: string, deviceId: string, eventsAt: (now: number) => object[]): Promise<void> {
  const issued = await admin.request('POST', '/api/admin/device-keys', { deviceId });
  expect(issued.status).toBe(201);
  const { key } = issued.body as { key: string };
  const now = Date.now();
  const response = await fetch(`${baseUrl}/api/v1/ingest/hygiene`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ deviceId, seq: now, sentAt: new Date(now).toISOString(), events: eventsAt(now) }),
  });
  expect(response.status).toBeLessThan(300);
}

/** A fridge's temperature, one reading a minute for the last hour: `valueAt(minutesAgo)`. */
function fridgeHour(deviceId: string, valueAt: (minutesAgo: number) => number): [string, (now: number) => object[]] {
  return [
    deviceId,
    (now) =>
      Array.from({ length: 60 }, (_, index) => {
        const minutesAgo = 60 - index;
        return { type: 'reading', ts: new Date(now - minutesAgo * MINUTE).toISOString(), measure: 'temperature', value: valueAt(minutesAgo) };
      }),
  ];
}

/** `count` events of a kind, one every 10 minutes ending a minute ago. */
function everyTenMinutes(count: number, event: object): (now: number) => object[] {
  return (now) => Array.from({ length: count }, (_, index) => ({ ...event, ts: new Date(now - MINUTE - index * 10 * MINUTE).toISOString() }));
}

/**
 * The issue's screens as an infection-control nurse uses them: the cleaning board (recording a
 * discharge and the terminal clean it requires), the environment page (a fridge's chart with its
 * limits, its excursions with duration and corrective note; a room's limit overridden) and the map's
 * hygiene layer. The fridges' readings are sent through the real ingest with their own device keys.
 */
suite(`hygiene screens in a real browser [chromium, ${database}]`, () => {
  let server: RunningServer;
  let close: () => Promise<void>;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ mysqlUrl: TEST_MYSQL_URL, env: { DEMO_SIMULATION: 'false' } });
    const admin = await signInApi(server.baseUrl, 'admin', 'wardwatch-demo');
    // Med room 1: 25 min too warm (40 to 16 minutes ago, worst 11.6 °C), then back at 5 °C.
    await sendBatch(admin, server.baseUrl, ...fridgeHour(FRIDGE_ROOM_1, (ago) => (ago <= 40 && ago > 15 ? (ago === 30 ? 11.6 : 11) : 5)));
    // Med room 2: too warm for the last 20 min, and still.
    await sendBatch(admin, server.baseUrl, ...fridgeHour(FRIDGE_ROOM_2, (ago) => (ago <= 20 ? 10 : 5)));
    // Six uses of Room 3's door dispenser (Medical ward); Resus 1 (Emergency department): 5 people
    // counted in at its door, 3 uses of its dispenser, so 3 of 2 × 5 estimated opportunities.
    await sendBatch(admin, server.baseUrl, WARD_ROOM_DISPENSER, everyTenMinutes(6, { type: 'dispense' }));
    await sendBatch(admin, server.baseUrl, RESUS_DOOR_COUNTER, everyTenMinutes(5, { type: 'entries', count: 1 }));
    await sendBatch(admin, server.baseUrl, RESUS_DISPENSER, everyTenMinutes(3, { type: 'dispense' }));
    const infection = await signInApi(server.baseUrl, 'infection', 'wardwatch-demo');
    const open = await infection.request('GET', `/api/hygiene/environment/excursions?from=${new Date(Date.now() - 2 * 3_600_000).toISOString()}&to=${new Date().toISOString()}`);
    const ongoing = (open.body as { deviceId: string; alertId: number }[]).find((excursion) => excursion.deviceId === FRIDGE_ROOM_2);
    expect(ongoing?.alertId).toBeDefined();
    const resolved = await infection.request('POST', `/api/alerts/${ongoing?.alertId}/resolve`, { note: 'Door found ajar; closed, stock moved to Med room 1' });
    expect(resolved.status).toBe(200);

    ({ page, close } = await openPage());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it('signs the infection-control nurse in to the hygiene page, with every tab', async () => {
    await page.goto(`${server.baseUrl}/hygiene/cleaning`);
    await page.getByTestId('login-username').fill('infection');
    await page.getByTestId('login-password').fill('wardwatch-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('hygiene-tab-cleaning').waitFor({ state: 'visible', timeout: 20_000 });
    expect(await page.locator('nav.tabs a').allTextContents()).toEqual(['Compliance', 'Cleaning board', 'Environment', 'Audit report', 'Contact investigation', 'Staff and badges']);
    expect(await page.title()).toContain('Cleaning board');
  });

  it('records a discharge on the cleaning board, which then needs a terminal clean, and the terminal clean', async () => {
    const row = page.getByTestId(`cleaning-row-${WARD_ROOM}`);
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await row.getAttribute('data-state')).toBe('dirty');
    expect(await page.getByTestId('cleaning-unit-Medical ward').locator('tbody tr').count()).toBe(20);

    await page.getByTestId(`record-event-${WARD_ROOM}`).click();
    await row.getByTestId('room-event-type').selectOption('discharge');
    await row.getByTestId('room-event-submit').click();
    await page.getByTestId('room-event-recorded').getByText('Recorded for Room 3: now needs terminal clean.').waitFor({ timeout: 20_000 });
    expect(await row.getAttribute('data-state')).toBe('needs_terminal_clean');

    await page.getByTestId(`record-event-${WARD_ROOM}`).click();
    await row.getByTestId('room-event-type').selectOption('cleaning_completed');
    await row.getByTestId('room-event-kind').selectOption('terminal');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'hygiene-cleaning-board.png') });
    await row.getByTestId('room-event-submit').click();
    await page.getByText('Recorded for Room 3: now clean.').waitFor({ timeout: 20_000 });
    expect(await row.getAttribute('data-state')).toBe('clean');
  });

  it('charts a fridge with its limits and lists its excursions with duration, worst value and corrective note', async () => {
    await page.getByTestId('hygiene-tab-environment').click();
    await page.getByTestId('environment-sensor').selectOption(FRIDGE_ROOM_1);
    const chart = page.getByTestId('environment-chart');
    await chart.waitFor({ state: 'visible', timeout: 20_000 });
    await chart.locator('[data-testid="chart-line"]').waitFor();
    expect(await chart.locator('.reference-label').allTextContents()).toEqual(['min 2 °C', 'max 8 °C']);
    expect(await chart.locator('circle').count()).toBe(60);

    const rows = page.locator('[data-testid^="excursion-row-"]');
    await rows.first().waitFor({ timeout: 20_000 });
    const texts = (await rows.allTextContents()).map((text) => text.replace(/\s+/g, ' '));
    expect(texts).toHaveLength(2);
    const ended = texts.find((text) => text.includes('Med room 1'));
    expect(ended).toContain('25 min');
    expect(ended).toContain('11.6 °C');
    expect(ended).toContain('2–8 °C');
    const ongoing = texts.find((text) => text.includes('Med room 2'));
    expect(ongoing).toContain('Ongoing');
    expect(ongoing).toContain('Door found ajar; closed, stock moved to Med room 1 (infection)');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'hygiene-environment.png'), fullPage: true });
  });

  it('overrides a patient room’s temperature limit and shows the new limit in force', async () => {
    await page.getByTestId('environment-sensor').selectOption(WARD_ROOM_1_SENSOR);
    const limits = page.getByTestId('environment-limits');
    await limits.getByText('21–24 °C').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('environment-limit-source').textContent()).toBe('default: ASHRAE 170');

    await page.getByTestId('limit-edit').click();
    await page.getByTestId('limit-max').fill('23');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'hygiene-environment-limits.png') });
    await page.getByTestId('limit-save').click();
    await limits.getByText('21–23 °C').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('environment-limit-source').textContent()).toMatch(/^override by user:infection at /);
  });

  it('shows the server’s compliance figures for a unit, and group-level compliance where doors are counted', async () => {
    const answered = page.waitForResponse((response) => response.url().includes('/api/hygiene/compliance?') && response.url().includes('unit=Medical'));
    const groupLevel = page.waitForResponse((response) => response.url().includes('/api/hygiene/compliance/group-level?'));
    await page.getByTestId('hygiene-tab-compliance').click();
    const ed = page.getByTestId('group-level-Emergency department');
    await ed.waitFor({ timeout: 20_000 });
    expect((await ed.locator('td').allTextContents()).map((cell) => cell.trim())).toEqual(['Emergency department', '30 %', '5', '10', '3']);
    expect((await (await groupLevel).json()) as unknown).toMatchObject({ by: 'unit', groups: [{ key: 'Emergency department', doorEntries: 5, activations: 3, compliance: 0.3 }] });

    await page.getByTestId('compliance-unit').selectOption('Medical ward');
    const report = (await (await answered).json()) as { total: { opportunities: number; met: number; metByBadge: number; activations: number }; trend: unknown[] };
    await page.getByTestId('compliance-total-activations').getByText('6', { exact: true }).waitFor({ timeout: 20_000 });
    expect(report.total.activations).toBe(6);
    for (const [testId, figure] of [
      ['compliance-total-opportunities', report.total.opportunities],
      ['compliance-total-met', report.total.met],
      ['compliance-total-by-badge', report.total.metByBadge],
    ] as const) {
      expect(await page.getByTestId(testId).textContent()).toBe(String(figure));
    }
    expect(report.trend.length).toBeGreaterThanOrEqual(7);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'hygiene-compliance.png'), fullPage: true });
  });

  it('downloads the Medical ward’s audit report as PDF and CSV, with the cleaning log and the corrective note', async () => {
    await page.getByTestId('hygiene-tab-audit-report').click();
    await page.getByTestId('audit-unit').selectOption('Medical ward');

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-download-pdf').click()]);
    expect(pdf.suggestedFilename()).toMatch(/^wardwatch-audit-medical-ward-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(readFileSync((await pdf.path()) ?? '').subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByTestId('audit-saved').waitFor();

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-download-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await csv.path()) ?? '', 'utf8');
    expect(text).toContain('Room 3');
    expect(text).toContain('Door found ajar; closed, stock moved to Med room 1');
  });

  it('colours the first floor’s rooms by cleaning state on the map and outlines the fridge room with an excursion going on', async () => {
    await page.getByTestId('nav-map').click();
    await page.goto(`${server.baseUrl}/map?floor=main-1`);
    await page.getByTestId('floor-map').waitFor({ state: 'visible', timeout: 20_000 });
    const byRoom = page.waitForResponse((response) => response.url().includes('/api/hygiene/compliance?') && response.url().includes('by=room'));
    await page.getByTestId('toggle-hygiene').check();
    expect((await byRoom).status()).toBe(200);
    await page.getByTestId('hygiene-legend').getByText('Hand-hygiene compliance, last 7 days').waitFor({ timeout: 20_000 });
    await page.getByTestId('hygiene-colouring').selectOption('cleaning');
    const cleaned = page.locator(`path[data-testid="hygiene-room-${WARD_ROOM}"]`);
    await cleaned.waitFor({ timeout: 20_000 });
    expect(await cleaned.getAttribute('class')).toContain('hygiene-cleaning-clean');
    expect(await page.locator('path[data-testid="hygiene-room-main-1-ward-room-04"]').getAttribute('class')).toContain('hygiene-cleaning-dirty');
    expect(await page.locator(`path[data-testid="hygiene-room-${ROOM_2_MEDICATION}"]`).getAttribute('class')).toContain('hygiene-excursion');
    expect(await page.locator('.hygiene-dispenser').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-page [role="alert"]').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'hygiene-map-cleaning.png') });
  });
});
