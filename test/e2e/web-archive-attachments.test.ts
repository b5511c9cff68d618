/**
 * A page's attachments and a table of figures, built for real: the .warc.gz
 * (written with warcio) holds a page, the PDF it links to and the image it
 * shows; the site keeps both beside the source, lists them in the sources'
 * manifest and SHA256SUMS, and the page links the kept copy before the
 * original address. The table fixture's page, on a 360 px phone, scrolls its
 * table inside the table's box, never the page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type StaticSite, serveSite } from '../../scripts/bench/static-site.ts';
import { ui } from '../../src/i18n/zh-CN.ts';
import type { Report } from '../../src/shared/report-schema.ts';
import { type BuiltArchive, buildArchive, projectRoot, run, temporaryFolder } from '../helpers/run.ts';
import { PAGE_WITH_ATTACHMENTS, writeWarcGzWithAttachments } from '../helpers/web-archive.ts';

type ManifestEntry = Report['source'] & { id: string; sourceUrl: string; attachments?: Record<string, unknown>[] };

describe('a site keeping the attachments its web archive holds', () => {
  let archive: BuiltArchive;
  let entry: ManifestEntry;
  let site: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    const folder = temporaryFolder();
    const warc = join(folder, 'crawl.warc.gz');
    writeFileSync(warc, await writeWarcGzWithAttachments());
    const table = join(folder, 'table-of-figures.html');
    writeFileSync(table, readFileSync(join(projectRoot, 'test/fixtures/html-table-of-figures/input.html')));
    archive = await buildArchive([warc, table]);
    const manifest = JSON.parse(readFileSync(join(archive.dist, 'sources', 'manifest.json'), 'utf8'));
    entry = manifest.sources.find(({ sourceUrl }: ManifestEntry) => sourceUrl === PAGE_WITH_ATTACHMENTS.url);
    site = await serveSite(archive.dist, '/');
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('serves the PDF and the image byte for byte as the archive holds them, listed in the manifest', () => {
    const { pdf, image } = PAGE_WITH_ATTACHMENTS;
    expect(entry.attachments?.map(({ path, url }) => [path, url])).toEqual([
      [`sources/${entry.id}/attachments/1-W020240301_meeting.jpg`, image.url],
      [`sources/${entry.id}/attachments/2-P020240301_full.pdf`, pdf.url],
    ]);
    expect(readFileSync(join(archive.dist, entry.attachments![0]!.path as string))).toEqual(Buffer.from(image.body));
    expect(readFileSync(join(archive.dist, entry.attachments![1]!.path as string))).toEqual(Buffer.from(pdf.body));
  });

  it('lists them in SHA256SUMS, which sha256sum checks in a copy of /sources/', () => {
    const sums = readFileSync(join(archive.dist, 'sources', 'SHA256SUMS'), 'utf8');
    expect(sums).toContain(`  ${entry.id}/attachments/2-P020240301_full.pdf\n`);
    const checked = execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
      cwd: join(archive.dist, 'sources'),
      encoding: 'utf8',
    });
    expect(checked.match(/: OK$/gm)).toHaveLength(4);
  });

  it('shows 附件 under the metadata: the kept copy first, the original address second', () => {
    const page = readFileSync(join(archive.dist, 'reports', entry.id, 'index.html'), 'utf8');
    const section = page.slice(page.indexOf('id="attachments-heading"'));
    expect(page.indexOf('id="metadata-heading"')).toBeLessThan(page.indexOf('id="attachments-heading"'));
    const pdf = section.indexOf('青石镇2023年工作总结（全文）');
    const kept = section.indexOf(`href="/sources/${entry.id}/attachments/2-P020240301_full.pdf"`, pdf);
    const original = section.indexOf(`href="${PAGE_WITH_ATTACHMENTS.pdf.url}"`, pdf);
    expect(pdf).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(pdf);
    expect(original).toBeGreaterThan(kept);
    // The DOCX is not in the archive: its original address only.
    const docx = section.slice(section.indexOf('青石镇2023年主要指标附表'));
    expect(docx.slice(0, docx.indexOf('</li>'))).not.toContain(ui.attachmentKept);
    expect(docx).toContain(`href="${PAGE_WITH_ATTACHMENTS.missingDocx}"`);
  });

  it('still shows every character of each page not recorded as stripped (npm run verify)', () => {
    const verify = run([join(projectRoot, 'scripts/verify.ts')], { cwd: archive.root });
    expect(verify.stdout, verify.output).toContain('2 documents verified against their sources: 0 with differences');
  });

  it('scrolls a table of figures inside its box on a 360 px phone, never the page', async () => {
    const manifest = JSON.parse(readFileSync(join(archive.dist, 'sources', 'manifest.json'), 'utf8'));
    const table = manifest.sources.find(({ file }: ManifestEntry) => file === 'table-of-figures.html');
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/${table.id}/`, { waitUntil: 'networkidle' });
    const widths = await page.evaluate(() => {
      const box = document.querySelector('.table-box')!;
      return { page: document.documentElement.scrollWidth, box: box.clientWidth, table: box.scrollWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(360);
    expect(widths.box).toBeLessThanOrEqual(360);
    expect(await page.locator('.table-box td', { hasText: '41,260' }).isVisible()).toBe(true);
    await context.close();
  });
});
