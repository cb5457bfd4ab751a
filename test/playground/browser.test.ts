// The playground in a real browser: Debian's Chromium driven by playwright-core against
// a fresh build served on 127.0.0.1. Skipped (and said so) when /usr/bin/chromium is
// absent, unless NEWSDUMP_REQUIRE_BROWSER=1 (npm run test:browser, CI), which makes
// that a failure.
//
// UPDATE=1 also writes the README's screenshot to playground/screenshots/.

import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { decodeHash } from '../../playground/src/share-hash.js';
import { buildPlayground } from './build-playground.js';
import { CHROMIUM_PATH, hasChromium, launchChromium, type Browser } from './chromium.js';
import { serveFolder, type StaticServer } from './static-server.js';

const REQUIRED = process.env['NEWSDUMP_REQUIRE_BROWSER'] === '1';
const RUN = hasChromium();
if (!RUN) {
  console.warn(`playground browser tests SKIPPED: ${CHROMIUM_PATH} not found (apt-get install chromium to run them)`);
}

const REPO = join(import.meta.dirname, '..', '..');
const SCREENSHOT = join(REPO, 'test-results', 'playground', 'playground.png');
const README_SCREENSHOT = join(REPO, 'playground', 'screenshots', 'playground.png');

/** A fictional dump: an article, a rail without heading, "More from …" with an orphan line, "More in …". */
const DUMP = [
  'Tide gauge at Corran Point records highest spring tide in forty years',
  'By Ines Valkonen',
  '![The tide gauge hut at Corran Point at high water](https://img.chronicle.example/tide-hut.jpg)',
  'The gauge at Corran Point measured 6.4 metres on Sunday evening, the highest reading since the station opened in 1985.',
  'Advertisement',
  'Harbour staff closed the lower quay for three hours as water spilled over the sea wall.',
  '-',
  'Sea wall repairs move up the council agenda',
  'Councillors will vote next month on a plan to raise the wall by half a metre.Coastline Chronicle - 3h -',
  'What a spring tide is, and why this one ran so high',
  'The moon and a strong onshore wind lined up on the same evening.Reuters - 1d',
  'More from Coastline Chronicle',
  '-',
  'Lifeboat crew marks a quiet winter',
  'The Corran lifeboat launched only twice between December and March.Coastline Chronicle - 2d -',
  'A stray navigation line',
  'More in Weather',
  '-',
  'Gales expected along the north coast on Friday',
  'Forecasters warn of gusts up to 90 km/h on exposed headlands.Coastline Chronicle - 5h -',
  'Frost returns inland after a mild March',
  'BBC News - 2w',
].join('\n');
const LINES = DUMP.split('\n');
const lineOf = (text: string): number => LINES.indexOf(text) + 1;

/** The properties of a text area the tests read (the root tsconfig has no DOM types). */
interface TextArea {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

/** The page globals the tests use inside page.evaluate. */
interface PageGlobals {
  navigator: { clipboard: { writeText(text: string): Promise<void> } };
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: string[], name: string, options: { type: string }) => unknown;
}

// Where the browser tests must run (CI), a missing Chromium is a failure, not a skip.
if (REQUIRED && !RUN) {
  it('finds Chromium, as NEWSDUMP_REQUIRE_BROWSER=1 asks', () => {
    expect.fail(`${CHROMIUM_PATH} is missing: apt-get install chromium`);
  });
}

describe.skipIf(!RUN)('playground in Chromium', () => {
  let folder: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    folder = await buildPlayground();
    server = await serveFolder(folder);
    browser = await launchChromium(new URL(server.url).origin);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    browser.context.setDefaultTimeout(5_000); // a missing element fails fast, not after 30 s
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  // No script errors, and no failed request: every request off 127.0.0.1 is aborted,
  // so this also holds the page to working offline.
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  /** Open the page and paste DUMP over the example it starts with, as a person would. */
  async function openWithDump(): Promise<void> {
    await page.goto(server.url);
    await page.locator('.teaser').first().waitFor();
    const editor = page.locator('#dump');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.evaluate((text) => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText(text), DUMP);
    await page.keyboard.press('Control+V');
    await page.locator('.card.story h2', { hasText: 'Tide gauge at Corran Point' }).waitFor();
  }

  it('paste a dump: headline card, rails, teasers, line roles, parse time', async () => {
    await openWithDump();
    expect(await page.locator('#dump').inputValue()).toBe(DUMP);
    expect(await page.locator('.card.story h2').textContent()).toBe(LINES[0]);

    const rails = page.locator('.card.rail');
    expect(await rails.count()).toBe(3);
    const teasersPerRail = await rails.evaluateAll((cards) => cards.map((card) => card.querySelectorAll('.teaser').length));
    expect(teasersPerRail).toEqual([2, 1, 2]);
    expect(await rails.nth(1).locator('.badge.kind').textContent()).toBe('publisher: Coastline Chronicle');

    const role = (line: number) => page.locator(`.backdrop .line[data-line="${line}"]`).getAttribute('data-role');
    expect(await role(1)).toBe('headline');
    expect(await role(lineOf('Advertisement'))).toBe('boilerplate');
    expect(await role(lineOf('Lifeboat crew marks a quiet winter'))).toBe('teaserTitle');
    expect(await page.locator(`.gutter-row[data-line="${lineOf('A stray navigation line')}"] .tag`).textContent()).toBe('unknown');

    const glued = page.locator(`.backdrop .line[data-line="${lineOf('Sea wall repairs move up the council agenda') + 1}"]`);
    expect(await glued.getAttribute('data-role')).toBe('attribution');
    expect(await glued.locator('.piece.role-source').textContent()).toBe('Coastline Chronicle');
    expect(await glued.locator('.piece.glued').textContent()).toBe('Coastline Chronicle');

    expect(await page.locator('#timing').textContent()).toMatch(/^parsed in \d+\.\d\d ms$/);
  }, 30_000);

  it('dropping a .txt file on the editor loads and parses it', async () => {
    await page.goto(server.url);
    await page.locator('.teaser').first().waitFor();
    const files = await page.evaluateHandle((text) => {
      const { DataTransfer, File } = globalThis as unknown as PageGlobals;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'corran.txt', { type: 'text/plain' }));
      return transfer;
    }, DUMP.replaceAll('\n', '\r\n'));
    await page.locator('#editor').dispatchEvent('drop', { dataTransfer: files });
    await page.locator('.card.story h2', { hasText: 'Tide gauge at Corran Point' }).waitFor();
    expect(await page.locator('#dump').inputValue()).toBe(DUMP);
    expect(await page.locator('#example').inputValue()).toBe('');
    expect(await page.locator('.card.rail').count()).toBe(3);
  }, 30_000);

  it('clicking a teaser selects its lines; a click in the editor selects the card', async () => {
    await openWithDump();
    const title = 'Gales expected along the north coast on Friday';
    const first = lineOf(title);
    await page.locator('.card.rail').nth(2).locator('.teaser').first().click();

    const selected = await page.locator('#dump').evaluate((element) => {
      const area = element as unknown as TextArea;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe(`${title}\n${LINES[first]}`);
    const marked = await page.locator('.backdrop .line.selected').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-line')));
    expect(marked).toEqual([String(first), String(first + 1)]);

    const other = lineOf('Lifeboat crew marks a quiet winter');
    const box = await page.locator(`.backdrop .line[data-line="${other}"]`).boundingBox();
    if (box === null) throw new Error(`line ${other} is not on screen`);
    await page.mouse.click(box.x + 40, box.y + box.height / 2);
    const card = page.locator('.card.rail').nth(1).locator('.teaser').first();
    expect(await card.getAttribute('class')).toContain('selected');
    expect(await page.locator('.card.rail .teaser.selected').count()).toBe(1);
  }, 30_000);

  it('the URL hash carries the dump and the options to a new page', async () => {
    await openWithDump();
    const capturedAt = '2025-06-01T12:00:00Z';
    await page.locator('#captured-at').fill(capturedAt);
    await page.locator('#sources').fill('Corran Gazette; Coastline Chronicle');
    await page.locator('#strict').check();
    const expected = parseArticle(DUMP, { capturedAt }).rails[0]?.items[0]?.publishedAt;
    expect(expected).toMatch(/^2025-06-01T09:00:00/);
    await page.locator('.teaser .published', { hasText: String(expected) }).first().waitFor();
    const problem = page.locator('#problem');
    expect(await problem.isVisible()).toBe(true);
    expect(await problem.textContent()).toContain(`NewsDumpError “${lineOf('A stray navigation line')}:1: orphan-line:`);

    // The hash is rewritten after each parse; the node side decodes what the page wrote.
    await expect
      .poll(() => decodeHash(new URL(page.url()).hash))
      .toEqual({ text: DUMP, capturedAt, sources: ['Corran Gazette', 'Coastline Chronicle'], strict: true });
    const url = page.url();

    const fresh = await browser.context.newPage();
    try {
      await fresh.goto(url);
      await fresh.locator('.card.story h2', { hasText: 'Tide gauge' }).waitFor();
      expect(await fresh.locator('#dump').inputValue()).toBe(DUMP);
      expect(await fresh.locator('#captured-at').inputValue()).toBe(capturedAt);
      expect(await fresh.locator('#sources').inputValue()).toBe('Corran Gazette; Coastline Chronicle');
      expect(await fresh.locator('#strict').isChecked()).toBe(true);
      expect(await fresh.locator('#problem').textContent()).toBe(await problem.textContent());
      expect(await fresh.locator('.teaser .published').first().textContent()).toBe(`publishedAt ${expected}`);
    } finally {
      await fresh.close();
    }
  }, 30_000);

  it('shows a bundled example, its diagnostics on hover, and saves the screenshot', async () => {
    await page.setViewportSize({ width: 1680, height: 1000 });
    await page.goto(server.url);
    await page.locator('#example').selectOption('lakeshore-rough-crawl');
    await page.locator('.card.story h2', { hasText: 'Lakeshore ferry terminal' }).waitFor();
    await page.locator('#captured-at').fill('2025-04-28T09:00:00Z');
    await page.locator('.teaser .published', { hasText: '2025-04-28T06:00:00.000Z' }).waitFor();
    const teaser = page.locator('.card.rail').last().locator('.teaser').first();
    await teaser.click();
    expect(await teaser.textContent()).toContain('Town hall meeting on parking set for Thursday');

    // The guessed source of that teaser: hovering it names the role and the diagnostic.
    const source = page.locator('.backdrop .line.selected .piece.role-source');
    const box = await source.boundingBox();
    if (box === null) throw new Error('the guessed source is not on screen');
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    const tooltip = await page.locator('.tooltip').textContent();
    expect(tooltip).toMatch(/^line \d+ · attribution › source “Friday Millpond Gazette”/);
    expect(tooltip).toContain('guessed-source');

    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(20_000);
    if (process.env['UPDATE'] === '1') copyFileSync(SCREENSHOT, README_SCREENSHOT);
  }, 30_000);
});
