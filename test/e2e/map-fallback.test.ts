// Where WebGL is missing (old GPUs, locked-down browsers) the map is drawn in SVG, and a
// tie still opens its dyad. Every form control has a label.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { putSeedPicture } from '../../src/analytics/fixtures.ts';
import { startServer, type Running } from '../../src/server/start.ts';
import { DuckDBStore } from '../../src/store/duckdb.ts';
import { artifact, CHROMIUM, describeBrowser, ensureWebBuilt } from './harness.ts';

describeBrowser('map without WebGL (Chromium)', () => {
  let store: DuckDBStore, server: Running, browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    store = await DuckDBStore.open(':memory:');
    await putSeedPicture(store);
    server = await startServer({ store, port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-webgl', '--disable-3d-apis'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('draws the network in SVG and opens a dyad from a tie', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
    await page.goto(server.url + '/');
    await page.locator('svg.graph[data-renderer="svg"] line').first().waitFor();
    expect(await page.locator('tr[data-dyad="PAK-RUS"]').getAttribute('data-direction')).toBe('warming');
    const unlabelled = await page.evaluate(() => Array.from(document.querySelectorAll('input, select, textarea'))
      .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label')).map((el) => el.outerHTML));
    expect(unlabelled).toEqual([]);
    await page.screenshot({ path: artifact('map-svg-1366.png') });
    const tie = page.locator('svg.graph line[stroke="#1a9850"]').first();
    await tie.dispatchEvent('click');
    await page.locator('h1#dyad-h').waitFor();
    expect(page.url()).toMatch(/\/dyad\/[A-Z]{3}\/[A-Z]{3}$/);
    await page.close();
  });
});
