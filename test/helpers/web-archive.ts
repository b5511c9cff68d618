/**
 * Web archives written in a test with warcio, as a crawler or ArchiveWeb.page
 * writes them: the two HTML fixtures as response records, with a request, a
 * stylesheet and an image beside them. Record ids and dates are fixed, so the
 * same test writes the same bytes.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { WARCRecord, WARCSerializer } from 'warcio';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

export const ARCHIVED_PAGES = [
  {
    url: 'http://www.cqbn.gov.cn/mdz/zwgk/202402/t20240221_2002.html',
    date: '2024-02-22T03:00:00Z',
    contentType: 'text/html; charset=GBK',
    body: readFileSync(`${fixtures}html-gbk-disclosure-table/input.html`),
    fixture: 'html-gbk-disclosure-table',
  },
  {
    url: 'https://www.zhenkang.gov.cn/xwzx/xzdt/202401/t20240105_1001.html',
    date: '2024-01-06T01:02:03Z',
    contentType: 'text/html',
    body: readFileSync(`${fixtures}html-utf8-news-page/input.html`),
    fixture: 'html-utf8-news-page',
  },
];

function record(
  index: number,
  type: 'response' | 'request',
  url: string,
  date: string,
  headers: Record<string, string>,
  body: Uint8Array,
) {
  return WARCRecord.create(
    {
      url,
      date,
      type,
      warcVersion: 'WARC/1.1',
      warcHeaders: { 'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}>` },
      ...(type === 'response'
        ? { statusline: 'HTTP/1.1 200 OK' }
        : { statusline: `GET ${new URL(url).pathname} HTTP/1.1` }),
      httpHeaders: headers,
    },
    [body],
  );
}

/** A .warc.gz: a request, the two pages, a stylesheet and a PNG image, each record a gzip member. */
export async function writeWarcGz(): Promise<Uint8Array> {
  const [gbk, news] = ARCHIVED_PAGES;
  const records = [
    record(1, 'request', gbk!.url, gbk!.date, { Host: 'www.cqbn.gov.cn' }, new Uint8Array()),
    record(2, 'response', gbk!.url, gbk!.date, { 'Content-Type': gbk!.contentType }, gbk!.body),
    record(
      3,
      'response',
      'http://www.cqbn.gov.cn/css/style.css',
      gbk!.date,
      { 'Content-Type': 'text/css' },
      strToU8('p { margin: 0 }'),
    ),
    record(
      4,
      'response',
      'http://www.cqbn.gov.cn/images/logo.png',
      gbk!.date,
      { 'Content-Type': 'image/png' },
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ),
    record(5, 'response', news!.url, news!.date, { 'Content-Type': news!.contentType }, news!.body),
  ];
  const members = await Promise.all(records.map((one) => WARCSerializer.serialize(one, { gzip: true })));
  return Buffer.concat(members);
}

export interface ArchivedPage {
  url: string;
  date: string;
  contentType: string;
  body: Uint8Array;
}

/** A .warc.gz of the given pages only, one response record each (ids numbered from `firstId`). */
export async function writePagesWarcGz(pages: ArchivedPage[], firstId = 100): Promise<Uint8Array> {
  const members = await Promise.all(
    pages.map((page, index) =>
      WARCSerializer.serialize(
        record(firstId + index, 'response', page.url, page.date, { 'Content-Type': page.contentType }, page.body),
        { gzip: true },
      ),
    ),
  );
  return Buffer.concat(members);
}

/** The news page captured again a month later, after the site corrected one figure in its text. */
export function recapturedNewsPage(): ArchivedPage {
  const news = ARCHIVED_PAGES[1]!;
  const corrected = Buffer.from(news.body.toString('utf8').replace('实到四十二名', '实到四十三名'));
  if (corrected.equals(news.body)) throw new Error('the news fixture no longer has the figure this page corrects');
  return { ...news, url: news.url.replace('https:', 'http:'), date: '2024-02-06T08:00:00Z', body: corrected };
}

/** A .wacz: a ZIP with the same WARC under archive/ and a datapackage.json, as ArchiveWeb.page exports. */
export async function writeWacz(): Promise<Uint8Array> {
  const warc = await writeWarcGz();
  const datapackage = {
    profile: 'data-package',
    wacz_version: '1.1.1',
    resources: [{ name: 'data.warc.gz', path: 'archive/data.warc.gz' }],
  };
  return zipSync(
    { 'archive/data.warc.gz': [warc, { level: 0 }], 'datapackage.json': strToU8(JSON.stringify(datapackage)) },
    { mtime: new Date('2024-02-22T00:00:00Z') },
  );
}

/** The page of `writeWarcGzWithAttachments`, and what it links to. */
export const PAGE_WITH_ATTACHMENTS = {
  url: 'https://www.example-county.gov.cn/xxgk/gzbg/202403/t20240301_3001.html',
  date: '2024-03-02T08:00:00Z',
  pdf: {
    url: 'https://www.example-county.gov.cn/xxgk/gzbg/202403/P020240301_full.pdf',
    // Not a real PDF, only its first and last bytes around some binary: kept byte for byte all the same.
    body: Uint8Array.from([...strToU8('%PDF-1.4\n'), 0x00, 0xff, 0x80, 0x0d, 0x0a, ...strToU8('\n%%EOF\n')]),
  },
  image: {
    url: 'https://www.example-county.gov.cn/xxgk/gzbg/images/W020240301_meeting.jpg',
    body: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9]),
  },
  /** Linked, but not in the archive: listed with its address only. */
  missingDocx: 'https://www.example-county.gov.cn/xxgk/gzbg/202403/P020240301_tables.docx',
};

const pageWithAttachments = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>青石镇2023年工作总结_某县人民政府</title></head>
<body>
<header><img src="/images/logo.png" alt="某县人民政府"></header>
<h1>青石镇2023年工作总结</h1>
<p>发布时间：2024-03-01</p>
<p>2023年，青石镇围绕年度目标，扎实推进产业发展、乡村建设和民生保障各项工作，全年任务总体完成。</p>
<p><img src="../images/W020240301_meeting.jpg" alt="年度工作总结会现场"></p>
<p>全文及附表见附件。</p>
<p>附件：<a href="P020240301_full.pdf">青石镇2023年工作总结（全文）</a></p>
<p>附件：<a href="./P020240301_tables.docx#page=1">青石镇2023年主要指标附表</a></p>
</body></html>`;

/** A .warc.gz: a page linking to a PDF and a DOCX and showing an image, with the PDF and the image archived. */
export async function writeWarcGzWithAttachments(): Promise<Uint8Array> {
  const { url, date, pdf, image } = PAGE_WITH_ATTACHMENTS;
  const records = [
    record(1, 'response', url, date, { 'Content-Type': 'text/html; charset=utf-8' }, strToU8(pageWithAttachments)),
    record(2, 'response', pdf.url, date, { 'Content-Type': 'application/pdf' }, pdf.body),
    record(3, 'response', image.url, date, { 'Content-Type': 'image/jpeg' }, image.body),
    record(
      4,
      'response',
      'https://www.example-county.gov.cn/images/logo.png',
      date,
      { 'Content-Type': 'image/png' },
      image.body,
    ),
  ];
  const members = await Promise.all(records.map((one) => WARCSerializer.serialize(one, { gzip: true })));
  return Buffer.concat(members);
}
