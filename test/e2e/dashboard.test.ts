// The dashboard in a real browser over the seed article: the map shows the PAK–RUS tie
// warming, the tie opens the dyad view, an event opens its sentence in the article with the
// rule behind it. Screenshots go to test-artifacts/.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readText } from '../../src/ingest/text-reader.ts';
import { read } from '../../src/pipeline/default.ts';
import { startServer, type Running } from '../../src/server/start.ts';
import { DuckDBStore } from '../../src/store/duckdb.ts';
import { describeShared, sharedPath } from '../../src/testing/shared.ts';
import { artifact, describeBrowser, ensureWebBuilt, launch, readSeed } from './harness.ts';

const SEED = 'seed/000_38fe8fbb85fc2e59.txt';

describeBrowser('dashboard (Chromium)', () => {
  describeShared('over the seed article', SEED, () => {
    let store: DuckDBStore, server: Running, browser: Browser, page: Page;
    const problems: string[] = [];

    beforeAll(async () => {
      ensureWebBuilt();
      store = await DuckDBStore.open(':memory:');
      await store.putDocument(read(readText(readSeed(sharedPath(SEED)), { source: 'seed.txt' })));
      server = await startServer({ store, port: 0 });
      browser = await launch();
      page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`); });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await store?.close();
    });

    it('shows the map with the PAK–RUS tie warming, within a second', async () => {
      const t0 = Date.now();
      await page.goto(server.url + '/');
      await page.locator('tr[data-dyad="PAK-RUS"]').waitFor();
      const ms = Date.now() - t0;
      expect(await page.locator('tr[data-dyad="PAK-RUS"]').getAttribute('data-direction')).toBe('warming');
      expect(await page.locator('tr[data-dyad="PAK-RUS"]').innerText()).toContain('warming');
      await page.locator('.graph[data-renderer]').waitFor();
      const renderer = await page.locator('.graph').getAttribute('data-renderer');
      if (renderer === 'sigma') expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);
      else expect(await page.locator('.graph line').count()).toBeGreaterThan(0);
      const t1 = Date.now();
      await page.reload();
      await page.locator('tr[data-dyad="PAK-RUS"]').waitFor();
      const again = Date.now() - t1;
      console.log(`first view: ${ms} ms in a fresh browser, ${again} ms on reload`);
      await page.waitForTimeout(300);
      await page.screenshot({ path: artifact('map-1366.png') });
      // the target is under a second on an idle machine; the bounds leave room for a loaded CI box
      expect(ms).toBeLessThan(5000);
      expect(again).toBeLessThan(2500);
    });

    it('moves the date with the keyboard', async () => {
      const slider = page.locator('#at-slider');
      const before = await page.locator('output[for="at-slider"]').innerText();
      await slider.focus();
      await page.keyboard.press('Home');
      await expect.poll(() => page.locator('output[for="at-slider"]').innerText()).not.toBe(before);
      await page.keyboard.press('End');
      await expect.poll(() => page.locator('output[for="at-slider"]').innerText()).toBe(before);
      await page.locator('tr[data-dyad="PAK-RUS"]').waitFor();
    });

    it('opens the dyad view from the tie', async () => {
      await page.locator('tr[data-dyad="PAK-RUS"] a').click();
      await expect.poll(() => page.locator('h1#dyad-h').innerText()).toContain('Pakistan – Russia');
      await page.locator('.plot svg').first().waitFor();
      expect(await page.locator('.plot svg').count()).toBeGreaterThanOrEqual(2);
      await page.locator('table.events tbody tr').first().waitFor();
      expect(await page.locator('table.events tbody tr').count()).toBeGreaterThan(3);
      expect(await page.locator('ul.evidence li').count()).toBeGreaterThan(0);
      await page.screenshot({ path: artifact('dyad-1366.png'), fullPage: true });
    });

    it('opens an evidence sentence in its article, with the rule behind it', async () => {
      const row = page.locator('table.events tbody tr', { hasText: 'visited Russia' }).first();
      const quote = (await row.locator('q').innerText()).trim();
      await row.locator('a.open').click();
      await page.locator('.hl-target').first().waitFor();
      const target = (await page.locator('.hl-target').allInnerTexts()).join('');
      expect(quote).toContain(target.trim().slice(0, 30));
      await page.locator('.detail').waitFor();
      expect(await page.locator('.detail h3').innerText()).toMatch(/Behind it: verbs\.v\d+:visit/);
      await page.locator('.detail .entry').first().waitFor();
      expect(await page.locator('.detail .entry').first().innerText()).toContain('events/verbs.jsonl');
      await page.screenshot({ path: artifact('article-1366.png') });
    });

    it('lists the brief with PAK–RUS warming', async () => {
      await page.locator('nav a', { hasText: 'Shifts & brief' }).click();
      await page.locator('ol.brief li[data-dyad="PAK-RUS"]').waitFor();
      expect(await page.locator('ol.brief li[data-dyad="PAK-RUS"] .dir').innerText()).toBe('warming');
      await page.screenshot({ path: artifact('feed-1366.png') });
    });

    it('ran without page errors or blocked resources (CSP)', () => {
      expect(problems).toEqual([]);
    });

    it('fits a phone screen', async () => {
      const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await phone.goto(server.url + '/');
      await phone.locator('tr[data-dyad="PAK-RUS"]').waitFor();
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await phone.screenshot({ path: artifact('map-phone.png'), fullPage: true });
      await phone.goto(server.url + '/dyad/PAK/RUS');
      await phone.locator('.plot svg').first().waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      await phone.screenshot({ path: artifact('dyad-phone.png'), fullPage: true });
      await phone.locator('table.events a.open').first().click();
      await phone.locator('.hl-target').first().waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
      await phone.screenshot({ path: artifact('article-phone.png') });
      await phone.close();
    });
  });
});
