/**
 * Reading, finding and citing on a phone (360 × 780) and a desktop
 * (1280 × 800), in light and dark: the text comes first, one tap on ¶ cites
 * that paragraph, a search result opens on its match, and what a thumb taps
 * is big enough. Runs the seeds and fixtures built for real (the shared
 * archive, test/helpers/shared-archives.ts), in chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type StaticSite, serveSite } from '../../scripts/bench/static-site.ts';
import { ui } from '../../src/i18n/zh-CN.ts';
import { sourceCharset } from '../../src/shared/source-path.ts';
import { type BuiltArchive, projectRoot } from '../helpers/run.ts';
import { CORRECTED, sharedArchive } from '../helpers/shared-archives.ts';

const VIEWPORTS = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 800 } };
const SCHEMES = ['light', 'dark'] as const;
const LAYOUTS = Object.entries(VIEWPORTS).flatMap(([device, viewport]) =>
  SCHEMES.map((scheme) => ({ device, viewport, scheme })),
);
/** A work report whose speech header (date line, meeting, speaker) comes before its first paragraph. */
const SPEECH = '7c88cf9a948c';
const seedIds = readdirSync(join(projectRoot, 'content', 'reports')).map((name) => name.replace(/\.mdx$/, ''));

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let archive: BuiltArchive;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  archive = sharedArchive('seeds');
  site = await serveSite(archive.dist, '/');
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * The page of a layout, on the given address. A page is kept for each layout (and CSP) and goes to every address
 * the tests of that layout open: a new page costs chromium a renderer process (about 0.5 s of CPU, three times a
 * visit's), and a full visit starts a document afresh all the same (its scroll, focus, sheet and marks).
 */
const pages = new Map<string, Promise<Page>>();
async function open(layout: (typeof LAYOUTS)[number], path: string, bypassCSP = false): Promise<{ page: Page }> {
  const key = `${layout.device} ${layout.scheme} ${bypassCSP}`;
  if (!pages.has(key)) pages.set(key, newPage(layout, bypassCSP));
  const page = await pages.get(key)!;
  if (path.includes('#')) throw new Error(`${path}: a visit to a fragment would not start the document afresh`);
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return { page };
}

async function newPage(layout: (typeof LAYOUTS)[number], bypassCSP: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: layout.viewport, colorScheme: layout.scheme, bypassCSP });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  return context.newPage();
}

/** Whether the element lies wholly inside the viewport, as the reader sees it now. */
function inViewport(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
    });
}

const PAGES = {
  home: '/',
  document: `/reports/${SPEECH}/`,
  // A document a person corrected: its 已更正 marks and 更正说明 (test/helpers/shared-archives.ts).
  corrected: `/reports/${CORRECTED.id}/`,
  search: `/search/?q=${encodeURIComponent('高标准农田')}`,
  town: `/places/${['浙江省', '杭州市', '临安区', '天目山镇'].map(encodeURIComponent).join('/')}/`,
  places: '/places/',
  year: '/years/2024/',
  notFound: '/no-such-page/',
};

/** Opens every disclosure, so what it holds is measured too. */
async function openAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  if (await page.locator('#search-results').count()) {
    await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
    await page.locator('select[data-filter] option').nth(1).waitFor({ state: 'attached' });
  }
}

describe.each(LAYOUTS)('on a $device in $scheme', (layout) => {
  it('shows the first lines of the text on the first screen of every seed document', async () => {
    for (const id of seedIds) {
      const { page } = await open(layout, `/reports/${id}/`);
      const firstLineTop = await page
        .locator('.body p:not(.speech-header)')
        .first()
        .evaluate((paragraph) => paragraph.getBoundingClientRect().top);
      const lineHeight = await page
        .locator('.body p')
        .first()
        .evaluate((p) => Number.parseFloat(getComputedStyle(p).lineHeight));
      expect(firstLineTop + 2 * lineHeight, id).toBeLessThanOrEqual(layout.viewport.height);
    }
  }, 60_000);

  it('cites a paragraph where ¶ is tapped, without scrolling, and announces a copy', async () => {
    const { page } = await open(layout, `/reports/${SPEECH}/`);
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));
    const pin = page.locator('a.pin[data-paragraph="3"]');
    const anchor = await pin.getAttribute('href');
    await pin.click();
    await page.locator('#cite.sheet #cite-heading:focus').waitFor();
    // Tapping ¶ cites; only a copy button writes to the clipboard.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
    expect(new URL(page.url()).hash).toBe(anchor);
    expect(await page.locator('#cite-heading').textContent()).toBe(ui.citeParagraph(3));
    expect(await inViewport(page, '#cite pre[data-format="gbt7714"]')).toBe(true);
    expect(await page.locator('#cite pre[data-format="gbt7714"]').textContent()).toContain(`${anchor}.`);
    expect(await page.locator('#cite [data-note="gbt7714"]').textContent()).toBe(ui.paragraphNote(3));
    // APA's locator as a Chinese reader writes it, not "para. 3" or "段 3".
    expect(await page.locator('#cite pre[data-format="in-text"]').textContent()).toMatch(/, 第3段\)$/);
    expect(await page.locator('#cite pre[data-format="gbt7714"]').textContent()).toContain(`: ${ui.paragraphNote(3)}[`);
    expect(await page.locator('#cite a[data-format="link"]').textContent()).toContain('¶3');
    await page.locator('#cite button[data-copy="gbt7714"]').click();
    await expect.poll(() => page.locator('#cite-status').textContent()).toBe(ui.citationCopied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('#cite pre[data-format="gbt7714"]').textContent(),
    );
    expect(await page.locator('#cite-status').getAttribute('aria-live')).toBe('polite');
  }, 60_000);

  it('confirms a copy where the reader is looking: on the button pressed, and in view', async () => {
    const { page } = await open(layout, `/reports/${SPEECH}/`);
    await page.locator('a.pin[data-paragraph="3"]').click();
    await page.locator('#cite.sheet #cite-heading:focus').waitFor();
    // The last style of the sheet: its copy button is further down than the first screen of the sheet.
    const last = page.locator('#cite button[data-copy]').last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await expect.poll(() => last.textContent()).toBe(ui.copied);
    expect(await page.locator('#cite-status').textContent()).toBe(ui.citationCopied);
    expect(await inViewport(page, '#cite-status')).toBe(true);
    // The status is not hidden under the button or the text: it is what is drawn at its own centre.
    expect(
      await page.locator('#cite-status').evaluate((status) => {
        const box = status.getBoundingClientRect();
        return status.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
      }),
    ).toBe(true);
    // Only the button pressed says so; the others still offer to copy.
    const labels = await page.locator('#cite button[data-copy]').allTextContents();
    expect(labels.filter((label) => label.trim() === ui.copied)).toHaveLength(1);
    expect(labels.filter((label) => label.trim() === ui.copy)).toHaveLength(labels.length - 1);
  }, 60_000);

  it('keeps the cited paragraph in sight above the sheet, the last one of the text too', async () => {
    const { page } = await open(layout, `/reports/${SPEECH}/`);
    await page.locator('a.pin[data-paragraph]').last().click();
    await page.locator('#cite.sheet #cite-heading:focus').waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => {
          // Whole if it fits above the sheet, else its first lines at least.
          const paragraph = document.querySelector(location.hash)!;
          const box = paragraph.getBoundingClientRect();
          const sheetTop = document.querySelector('#cite')!.getBoundingClientRect().top;
          const twoLines = 2 * Number.parseFloat(getComputedStyle(paragraph).lineHeight);
          return box.top >= 0 && (box.bottom <= sheetTop || box.top + twoLines <= sheetTop);
        }),
      )
      .toBe(true);
  }, 60_000);

  it('opens a search result on its first match, highlighted', async () => {
    const { page } = await open(layout, `/search/?q=${encodeURIComponent('垃圾分类')}`);
    await page.locator('#search-results[aria-busy="false"] li a').first().click();
    await page.locator('mark.hit.current').waitFor();
    expect(await inViewport(page, 'mark.hit.current')).toBe(true);
    expect(await page.locator('mark.hit.current').textContent()).toBe('垃圾分类');
    // The address names the paragraph of the match, so it can be cited from there.
    const paragraph = await page.locator('mark.hit.current').evaluate((mark) => mark.closest('[id^="p-"]')?.id);
    expect(new URL(page.url()).hash).toBe(`#${paragraph}`);
  }, 60_000);
});

describe.each(LAYOUTS.filter(({ device }) => device === 'desktop'))('by keyboard in $scheme', (layout) => {
  it('steps to the next and previous match with N and Shift+N, and reaches the bar in a few Tabs', async () => {
    const { page } = await open(layout, `/reports/${SPEECH}/?hl=${encodeURIComponent('农田')}`);
    await page.locator('mark.hit.current').waitFor();
    const marks = page.locator('mark.hit');
    expect(await marks.count()).toBeGreaterThan(2);
    const currentIndex = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('mark.hit')].indexOf(document.querySelector('mark.hit.current')!),
      );
    expect(await currentIndex()).toBe(0);
    await page.keyboard.press('n');
    expect(await currentIndex()).toBe(1);
    expect(await inViewport(page, 'mark.hit.current')).toBe(true);
    expect(await page.locator('#hits .hit-count').textContent()).toBe(ui.hitCount(2, await marks.count()));
    await page.keyboard.press('Shift+N');
    expect(await currentIndex()).toBe(0);
    // Typed into a field, N is a letter, not a step.
    await page.locator('input[type="search"]').first().focus();
    await page.keyboard.press('n');
    expect(await currentIndex()).toBe(0);

    // Landing on the match (its paragraph in the address), the keyboard starts at the bar: 下一处 is two Tabs away.
    expect(new URL(page.url()).hash).toMatch(/^#p-/);
    await page.reload({ waitUntil: 'load' });
    // The page moves the keyboard to the bar once the browser is done with the fragment, a task after the load:
    // a reader's first Tab comes later than that, a test's must wait for it (on a busy machine it came first).
    await page.waitForFunction(() => document.activeElement?.matches('#hits .hit-count'), null, { timeout: 10_000 });
    let presses = 0;
    while (presses < 10) {
      await page.keyboard.press('Tab');
      presses++;
      if (await page.evaluate(() => document.activeElement?.matches('#hits button[data-step="1"]'))) break;
    }
    expect(presses).toBeLessThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect(await currentIndex()).toBe(1);
  }, 60_000);
});

/**
 * The elements whose text, wrapped in a column narrow enough to need several lines (so that the check does
 * not hang on the fonts' widths), has a line after the first that does not start where the element starts: pieces
 * set side by side (a flex link puts the town's name in a column of its own), not one run of text.
 */
function splitRuns(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const split: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (!element.checkVisibility()) continue;
      const column = element.parentElement!;
      column.style.width = `${Math.ceil((element.textContent?.length ?? 0) / 4)}em`;
      const range = document.createRange();
      range.selectNodeContents(element);
      const lines = new Map<number, number>();
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        const line = Math.round(rect.top);
        lines.set(line, Math.min(lines.get(line) ?? Number.POSITIVE_INFINITY, rect.left));
      }
      const left = element.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(element).paddingLeft);
      const starts = [...lines.entries()].sort(([a], [b]) => a - b).map(([, start]) => start);
      column.style.width = '';
      if (starts.length < 2 || starts.slice(1).some((start) => Math.abs(start - left) > 1))
        split.push(`${element.textContent} (lines start at ${starts.map(Math.round).join(', ')})`);
    }
    return split;
  }, selector);
}

describe('on a phone', () => {
  const phone = LAYOUTS[0]!;
  it.each(Object.entries(PAGES))(
    'makes every control of the %s page at least 44 × 44 px',
    async (_, path) => {
      const { page } = await open(phone, path);
      await openAll(page);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, select, input, summary')]
          .filter((element) => element.checkVisibility())
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
          .map(({ element, box }) => `${element.outerHTML.slice(0, 80)} ${box.width}×${box.height}`),
      );
      expect(small).toEqual([]);
    },
    60_000,
  );

  it.each(Object.entries(PAGES))(
    'breaks no line inside a place name or index number on the %s page',
    async (_, path) => {
      const catalog = await (await fetch(`${site.home}catalog.json`)).json();
      const names = [
        ...new Set<string>(
          catalog.documents.flatMap((entry: Record<string, string | null>) => [
            entry.province,
            entry.city,
            entry.county,
            entry.town,
            ...(entry.indexNumber?.split(/\s+/) ?? []),
          ]),
        ),
      ].filter((name) => name && name.length > 1);
      const { page } = await open(phone, path);
      await openAll(page);
      const broken = await page.evaluate((names) => {
        const found: string[] = [];
        // The archived text and the citations are shown as published; the page's own words are checked.
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const text = walker.currentNode as Text;
          if (text.parentElement?.closest('.body, .excerpt, pre, .source table, .visually-hidden')) continue;
          if (!text.parentElement?.checkVisibility()) continue;
          for (const name of names) {
            for (let at = text.data.indexOf(name); at >= 0; at = text.data.indexOf(name, at + 1)) {
              const range = document.createRange();
              range.setStart(text, at);
              range.setEnd(text, at + name.length);
              const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom)));
              if (lines.size > 1) found.push(`${name} in “${text.data.slice(0, 40)}”`);
            }
          }
        }
        return found;
      }, names);
      expect(broken).toEqual([]);
    },
    60_000,
  );

  it.each(['home', 'year', 'town', 'search', 'document'] as const)(
    'sets each title of a list on the %s page as one run of text, wrapping under its start',
    async (name) => {
      const { page } = await open(phone, PAGES[name]);
      await openAll(page);
      const titles = '.report-list a, #search-results li > a, .neighbours a';
      expect(await page.locator(titles).count()).toBeGreaterThan(0);
      expect(await splitRuns(page, titles)).toEqual([]);
    },
    60_000,
  );

  it.each(['document', 'search'] as const)(
    'makes every disclosure of the %s page look like a control: a turning marker, in the colour of links',
    async (name) => {
      const { page } = await open(phone, PAGES[name]);
      if (name === 'search') await page.locator('#search-filters:not([hidden])').waitFor();
      const looks = () =>
        page.evaluate(() => {
          const linkColour = getComputedStyle(document.querySelector('.site-header nav a[href]')!).color;
          return [...document.querySelectorAll('summary')]
            .filter((summary) => summary.checkVisibility())
            .map((summary) => ({
              text: summary.textContent?.trim(),
              marker: getComputedStyle(summary, '::before').content,
              likeALink: getComputedStyle(summary).color === linkColour,
            }));
        });
      const closed = await looks();
      expect(closed.length).toBeGreaterThan(0);
      // The marker is drawn, not read out: its alternative text (after the slash) is empty.
      for (const summary of closed)
        expect(summary, summary.text).toMatchObject({ marker: '"▸" / ""', likeALink: true });
      await page.locator('summary').first().click();
      expect((await looks())[0]!.marker).toBe('"▾" / ""');
    },
    60_000,
  );

  it('serves every raw source with the charset it was read in, so a browser shows its text', async () => {
    const { sources } = await (await fetch(`${site.home}sources/manifest.json`)).json();
    const texts = sources.filter((source: { path: string }) => source.path.endsWith('.txt'));
    // The fixtures bring sources in other encodings than UTF-8: those are the ones a browser cannot guess.
    expect(new Set(texts.map((source: { encoding: string }) => source.encoding)).size).toBeGreaterThan(2);
    const context = await browser.newContext({ viewport: phone.viewport });
    const page = await context.newPage();
    for (const { path, encoding } of texts as { path: string; encoding: string }[]) {
      const response = await page.goto(`${site.home}${path}`);
      expect(response!.headers()['content-type'], path).toBe(`text/plain; charset=${sourceCharset(encoding)}`);
      const bytes = readFileSync(join(archive.dist, path));
      const expected = new TextDecoder(sourceCharset(encoding)).decode(bytes).replace(/\r\n?/g, '\n');
      expect(await page.locator('pre').textContent(), path).toBe(expected);
    }
    await context.close();
  }, 60_000);

  it("names each seed document's town and year in its title (tab, bookmarks, history)", async () => {
    const catalog = await (await fetch(`${site.home}catalog.json`)).json();
    for (const id of seedIds) {
      const entry = catalog.documents.find((document: { id: string }) => document.id === id);
      const html = await (await fetch(`${site.origin}/reports/${id}/`)).text();
      const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
      const year = (entry.date ?? entry.dateWritten)?.slice(0, 4);
      for (const fact of [entry.town, year].filter(Boolean)) expect(title, id).toContain(fact);
    }
  });

  it('loads a document page in one request', async () => {
    const context = await browser.newContext({ viewport: phone.viewport });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.goto(`${site.origin}/reports/${SPEECH}/`, { waitUntil: 'networkidle' });
    expect(requests).toEqual([`${site.origin}/reports/${SPEECH}/`]);
    await context.close();
  }, 60_000);
});

describe.each(LAYOUTS.filter(({ device }) => device === 'phone'))('accessibility in $scheme', (layout) => {
  it.each(Object.entries(PAGES))(
    'finds no axe violation of any impact on the %s page',
    async (_, path) => {
      // axe is injected as an inline script, which the site's CSP rightly refuses: let it through for the audit only.
      const { page } = await open(layout, path, true);
      await openAll(page);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
        const result = await (window as any).axe.run(document);
        return result.violations.map(
          (violation: { id: string; impact: string; nodes: { target: string[] }[] }) =>
            `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      });
      expect(violations).toEqual([]);
    },
    60_000,
  );
});

describe('on paper', () => {
  it.each(SCHEMES)(
    'prints the text in light colours, with its paragraph numbers but no § markers, toggles or downloads (%s scheme)',
    async (scheme) => {
      // A page of its own ('paper'): the print media it is set to would stay with a desktop page.
      const { page } = await open({ device: 'paper', viewport: VIEWPORTS.desktop, scheme }, `/reports/${SPEECH}/`);
      await page.locator('.more-facts').evaluate((details) => {
        (details as HTMLDetailsElement).open = true;
      });
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      const printed = await page.evaluate(() => ({
        shownMarkers: [
          ...document.querySelectorAll(
            '.body :is(h2, h3, h4, h5, h6) + .pin, .source details, a[download], .toc, #hits, .to-top',
          ),
        ].filter((element) => element.checkVisibility()).length,
        // A printed citation says ¶3: the paper must say which paragraph that is.
        paragraphNumbers: [...document.querySelectorAll<HTMLElement>('.pin[data-paragraph]')].map((pin) =>
          pin.checkVisibility() ? pin.textContent : null,
        ),
        paragraphs: document.querySelectorAll('.pin[data-paragraph]').length,
        dateLines: (() => {
          const date = [...document.querySelectorAll('.print-only .nowrap')].at(-1);
          if (!date) return 0;
          const range = document.createRange();
          range.selectNodeContents(date);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        })(),
        metadataBackground: getComputedStyle(document.querySelector('.metadata')!).backgroundColor,
        bodyColour: getComputedStyle(document.querySelector('.body p:not(.speech-header)')!).color,
      }));
      expect(printed.shownMarkers).toBe(0);
      expect(printed.paragraphs).toBeGreaterThan(0);
      expect(printed.paragraphNumbers).toEqual(
        Array.from({ length: printed.paragraphs }, (_, i) => expect.stringContaining(`¶${i + 1}`)),
      );
      expect(printed.dateLines).toBe(1);
      expect(printed.metadataBackground).toBe('rgb(255, 255, 255)');
      expect(printed.bodyColour).toBe('rgb(0, 0, 0)');
    },
    60_000,
  );
});
