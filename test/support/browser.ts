import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS_DIR, CHROMIUM_PATH } from './test-env.js';

/**
 * Debian's chromium driven by playwright-core (never a downloaded browser), on a
 * fresh profile folder. The flags keep it from reaching out to the network,
 * which is closed on these machines.
 */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'wardwatch-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page in a fresh browser, with the screenshot folder ready; `close` ends the browser. */
export async function openPage(): Promise<{ page: Page; close(): Promise<void> }> {
  const browser = await launchBrowser();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return { page: await browser.context.newPage(), close: browser.close };
}
