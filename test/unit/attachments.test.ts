/**
 * Images and attachments: what an HTML page links to and shows is listed in
 * its record at absolute addresses, and a copy its web archive holds is kept
 * beside the source, byte for byte, with its SHA-256.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertSource } from '../../scripts/converter/convert-source.ts';
import { keptName, listAttachments } from '../../scripts/converter/read/attachments.ts';
import { collectInputs } from '../../scripts/converter/read/inputs.ts';
import { pageLinksOf } from '../../scripts/converter/read/page-links.ts';
import { expandWarcInputs } from '../../scripts/converter/read/warc-inputs.ts';
import { readArchivedBytes } from '../../src/lib/warc-container.ts';
import { readWarcRecord } from '../../src/lib/warc-record.ts';
import { type Report, ReportSchema } from '../../src/shared/report-schema.ts';
import { convertOk, processor, splitDocument } from '../helpers/pipeline.ts';
import { temporaryFolder } from '../helpers/run.ts';
import { PAGE_WITH_ATTACHMENTS, writeWarcGzWithAttachments } from '../helpers/web-archive.ts';

const linksOf = (html: string) => pageLinksOf(unified().use(rehypeParse).parse(html));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('pageLinksOf', () => {
  it('finds linked files by their extension, in the path or a query value, with the link text', () => {
    const { links } = linksOf(
      '<p><a href="a/全文.PDF">全文</a> <a href="dl.jsp?file=b.xlsx&id=2">附表</a> <a href="c.ofd"><img src="x.gif"></a>' +
        '<a href="page.html">新闻</a> <a href="d.docx" title="附件二"> </a></p>',
    );
    expect(links.filter(({ kind }) => kind === 'file')).toEqual([
      { kind: 'file', href: 'a/全文.PDF', text: '全文' },
      { kind: 'file', href: 'dl.jsp?file=b.xlsx&id=2', text: '附表' },
      { kind: 'file', href: 'c.ofd', text: '' },
      { kind: 'file', href: 'd.docx', text: '附件二' },
    ]);
  });

  it('lists the images the text shows, not those of the header, navigation, footer or page furniture', () => {
    const { links } = linksOf(
      '<header><img src="h.jpg"></header><nav><img src="n.jpg"></nav><p><img src="site_logo.png"><img src="icon-print.gif">' +
        '<img src="photo.jpg" alt=" 会议\n现场 "><img src="data:image/png;base64,AA"><img src="photo.jpg"></p><footer><img src="f.jpg"></footer>',
    );
    expect(links).toEqual([{ kind: 'image', href: 'photo.jpg', text: '会议 现场' }]);
  });

  it('reads nothing the page does not show, and gives its <base>', () => {
    const html =
      '<head><base href="/xxgk/"></head><template><a href="t.pdf">模板</a></template><p hidden><a href="h.pdf">隐</a></p>';
    expect(linksOf(html)).toEqual({ base: '/xxgk/', links: [] });
  });
});

describe('listAttachments', () => {
  const page = 'https://www.example.gov.cn/art/2024/3/1/art_1.html';

  it('resolves each address against the page and its <base>, drops fragments, repeats and what is not http(s)', () => {
    const links = [
      { kind: 'file' as const, href: 'P1.pdf#page=2', text: '甲' },
      { kind: 'file' as const, href: '/P1.pdf', text: '重复' },
      { kind: 'file' as const, href: 'ftp://example.gov.cn/P2.pdf', text: '乙' },
      { kind: 'image' as const, href: '//img.example.gov.cn/W1.jpg', text: '' },
    ];
    expect(listAttachments(links, page, '/xxgk/', undefined)).toEqual([
      { kind: 'file', url: 'https://www.example.gov.cn/xxgk/P1.pdf', text: '甲' },
      { kind: 'file', url: 'https://www.example.gov.cn/P1.pdf', text: '重复' },
      { kind: 'image', url: 'https://img.example.gov.cn/W1.jpg', text: '' },
    ]);
    expect(listAttachments([{ kind: 'file', href: 'P1.pdf', text: '' }], null, null)).toEqual([]);
  });

  it('names a kept copy by its place, its ASCII letters and a known extension, from the address or the Content-Type', () => {
    expect(keptName(2, 'https://x.cn/a/P0201_全文.pdf', 'file', 'application/octet-stream')).toBe('2-P0201.pdf');
    expect(keptName(1, 'https://x.cn/down.jsp?id=7', 'file', 'application/pdf; qs=1')).toBe('1.pdf');
    expect(keptName(3, 'https://x.cn/view.jsp?f=a.xls', 'file', '')).toBe('3.xls');
    // An image named .html, or a page sent as text/html, is never kept: the host would serve it as a page.
    expect(keptName(1, 'https://x.cn/a.html', 'image', 'text/html')).toBeUndefined();
    expect(keptName(1, 'https://x.cn/a.svg', 'image', 'image/svg+xml')).toBeUndefined();
  });

  it('is checked by the schema: absolute http(s) addresses and safe names only', () => {
    const record = (attachments: unknown) => ReportSchema.shape.attachments.safeParse(attachments).success;
    const kept = { record: 'a.warc.gz#0', name: '1-a.pdf', sha256: 'a'.repeat(64), bytes: 3 };
    expect(record([{ kind: 'file', url: 'https://x.cn/a.pdf', text: '', kept }])).toBe(true);
    expect(record([{ kind: 'file', url: '/a.pdf', text: '' }])).toBe(false);
    expect(record([{ kind: 'file', url: 'javascript:alert(1)', text: '' }])).toBe(false);
    expect(record([{ kind: 'file', url: 'https://x.cn/a.pdf', text: '', kept: { ...kept, name: '../a.pdf' } }])).toBe(
      false,
    );
  });
});

describe('a web archive holding a page and what it links to', () => {
  let record: Report;
  let folder: string;

  beforeAll(async () => {
    folder = temporaryFolder();
    writeFileSync(join(folder, 'crawl.warc.gz'), await writeWarcGzWithAttachments());
    const { files } = await expandWarcInputs(collectInputs([join(folder, 'crawl.warc.gz')]).files);
    expect(files).toHaveLength(1);
    const result = convertSource({ ...files[0]!, bytes: files[0]!.bytes! }, processor);
    if (!result.ok) throw new Error(result.error.message);
    record = result.record;
  });

  it('lists the PDF, the DOCX and the content image at their addresses, with their link texts', () => {
    const { pdf, image, missingDocx } = PAGE_WITH_ATTACHMENTS;
    expect(record.attachments?.map(({ kind, url, text }) => [kind, url, text])).toEqual([
      ['image', image.url, '年度工作总结会现场'],
      ['file', pdf.url, '青石镇2023年工作总结（全文）'],
      ['file', missingDocx, '青石镇2023年主要指标附表'],
    ]);
  });

  it('keeps the archived ones, naming the record whose payload is the file byte for byte', () => {
    const [image, pdf, docx] = record.attachments!;
    expect(pdf!.kept).toMatchObject({ name: '2-P020240301_full.pdf', bytes: PAGE_WITH_ATTACHMENTS.pdf.body.length });
    expect(pdf!.kept!.sha256).toBe(sha256(PAGE_WITH_ATTACHMENTS.pdf.body));
    expect(image!.kept!.name).toBe('1-W020240301_meeting.jpg');
    expect(docx!.kept).toBeUndefined();
    for (const { kept } of [image!, pdf!]) {
      const payload = readWarcRecord(readArchivedBytes(folder, kept!.record)).payload;
      expect(sha256(payload)).toBe(kept!.sha256);
    }
  });

  it('writes no attachments field for a page without any, nor for a .txt source', () => {
    const html =
      '<title>某镇通知</title><h1>某镇通知</h1><p>发布时间：2024-01-01</p><p>正文足够长，包含中文标点符号，因此会被识别为正文。</p>';
    expect(convertOk(new TextEncoder().encode(html), 'a.html').mdx).not.toContain('attachments:');
    const text = '某镇通知\n发布时间：2024-01-01\n正文足够长，见附件 a.pdf，包含中文标点符号，因此会被识别为正文。\n';
    expect(splitDocument(convertOk(text).mdx).record.attachments).toBeUndefined();
  });
});
