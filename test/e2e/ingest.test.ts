// Adding articles in the browser, on a server started with a token: the page is offered
// only then, a wrong token is refused, a dropped file is read and shows up with its events.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { putSeedPicture } from '../../src/analytics/fixtures.ts';
import { startServer, type Running } from '../../src/server/start.ts';
import { DuckDBStore } from '../../src/store/duckdb.ts';
import { artifact, describeBrowser, ensureWebBuilt, launch } from './harness.ts';

const TOKEN = 'e2e-token-123456';
const ARTICLE = [
  'Freedonia and Sylvania signed a trade agreement on Monday in the Freedonian capital, officials said.',
  'The accord lowers tariffs on grain and machinery over the next five years, the two governments said in a joint statement.',
  'Officials from both sides described the talks as friendly and productive, and agreed to meet again in the spring.',
  'Analysts said the deal marked a new stage in relations between the two neighbours after years of border disputes.',
].join('\n\n');

describeBrowser('dashboard ingest (Chromium)', () => {
  let store: DuckDBStore, ro: Running, rw: Running, browser: Browser, page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-ingest-'));

  beforeAll(async () => {
    ensureWebBuilt();
    store = await DuckDBStore.open(':memory:');
    await putSeedPicture(store);
    ro = await startServer({ store, port: 0 });
    rw = await startServer({ store, port: 0, token: TOKEN });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
    writeFileSync(join(dir, 'accord.txt'), ARTICLE);
  });
  afterAll(async () => {
    await browser?.close();
    await rw?.close();
    await ro?.close();
    await store?.close();
  });

  it('offers no uploads on a read-only server', async () => {
    await page.goto(ro.url + '/');
    await page.locator('nav a', { hasText: 'Map' }).waitFor();
    await page.locator('.stats').waitFor();
    expect(await page.locator('nav a', { hasText: 'Add articles' }).count()).toBe(0);
    await page.goto(ro.url + '/ingest');
    await page.getByText('Uploads are off').waitFor();
  });

  it('refuses a wrong token, then reads an uploaded file', async () => {
    await page.goto(rw.url + '/');
    await page.locator('nav a', { hasText: 'Add articles' }).click();
    await page.getByLabel('Server token').fill('wrong-token-0000');
    await page.locator('#files').setInputFiles(join(dir, 'accord.txt'));
    await page.locator('p[role="alert"]').waitFor();
    expect(await page.locator('p[role="alert"]').innerText()).toMatch(/token/);
    await page.getByLabel('Server token').fill(TOKEN);
    await page.locator('#files').setInputFiles(join(dir, 'accord.txt'));
    await page.locator('.results li.ok').waitFor();
    expect(await page.locator('.results li.ok').innerText()).toMatch(/inserted/);
    await page.screenshot({ path: artifact('ingest-1366.png') });
    expect(await store.countDocuments()).toBe(2);
    await expect.poll(() => page.locator('.stats').innerText()).toMatch(/^2 articles/);
    await page.locator('.results li.ok a').click();
    await page.locator('.body').waitFor();
    expect(await page.locator('.body').innerText()).toContain('Freedonia and Sylvania signed');
  });
});
