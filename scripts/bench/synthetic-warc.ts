/**
 * The synthetic corpus as a crawler would have captured it: each synthetic
 * document (synthetic-corpus.ts, the same texts) as an HTML page, packed by
 * warcio as response records into .warc.gz files of `perWarc` pages, each
 * WARC with a stylesheet and an image beside its pages. The same count always
 * gives the same bytes.
 *
 *   writeSyntheticWarcs("/tmp/corpus", 1200, 500)
 *   → synthetic-000.warc.gz (pages 0–499), synthetic-001.warc.gz, synthetic-002.warc.gz (200 pages)
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer } from 'warcio';
import { type SyntheticDocument, syntheticDocuments } from './synthetic-corpus.ts';

const escapeHtml = (text: string) => text.replace(/[&<>]/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A document's lines as a page: pipe rows (索引号 | … |) as a table, every other line a paragraph.
 *
 *   pageHtml({ title: "某镇工作总结", lines: ["索引号 | A1 |", "正文。"], … }, "utf-8")
 *   → <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>某镇工作总结</title>…
 *     <table><tr><td>索引号</td><td>A1</td></tr></table><p>正文。</p>…
 */
export function pageHtml(document: Pick<SyntheticDocument, 'title' | 'lines'>, charset: string): string {
  const blocks: string[] = [];
  let table: string[] = [];
  const closeTable = () => {
    if (table.length > 0) blocks.push(`<table>${table.join('')}</table>`);
    table = [];
  };
  for (const line of document.lines) {
    if (line.includes(' | ') || /\|\s*$/.test(line)) {
      const cells = line.split('|').map((cell) => cell.trim());
      while (cells.length > 0 && cells.at(-1) === '') cells.pop();
      table.push(`<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
      continue;
    }
    closeTable();
    if (line.trim() !== '') blocks.push(`<p>${escapeHtml(line.trim())}</p>`);
  }
  closeTable();
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="${charset}"><title>${escapeHtml(document.title)}</title>` +
    `<link rel="stylesheet" href="/css/site.css"></head><body><div class="main">\n${blocks.join('\n')}\n</div></body></html>`
  );
}

let recordNumber = 0;

function response(url: string, date: string, contentType: string, body: Uint8Array): WARCRecord {
  recordNumber++;
  return WARCRecord.create(
    {
      url,
      date,
      type: 'response',
      warcVersion: 'WARC/1.1',
      warcHeaders: { 'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-8000-${String(recordNumber).padStart(12, '0')}>` },
      statusline: 'HTTP/1.1 200 OK',
      httpHeaders: { 'Content-Type': contentType },
    },
    [body],
  );
}

/** A document's page as a response record, captured at noon on the day after it was published. */
export function pageRecord(document: SyntheticDocument, extra: string[] = [], day = 1): WARCRecord {
  // Pages are UTF-8 or GBK; a UTF-16 text file stands for a UTF-8 page (UTF-16 pages are next to unheard of).
  const charset = document.encoding === 'gbk' ? 'gbk' : 'utf-8';
  const html = pageHtml({ ...document, lines: [...document.lines, ...extra] }, charset);
  const captured = new Date(Date.parse(`${document.date}T12:00:00Z`) + day * 86_400_000).toISOString();
  return response(document.url, captured, `text/html; charset=${charset}`, iconv.encode(html, charset));
}

async function writeWarc(path: string, records: WARCRecord[]): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    for (const record of records) writeSync(fd, await WARCSerializer.serialize(record, { gzip: true }));
  } finally {
    closeSync(fd);
  }
}

export async function writeSyntheticWarcs(folder: string, count: number, perWarc = 500): Promise<void> {
  mkdirSync(folder, { recursive: true });
  recordNumber = 0;
  let batch: WARCRecord[] = [];
  let file = 0;
  const flush = async () => {
    const date = '2026-01-01T00:00:00Z';
    batch.push(response('http://www.example.gov.cn/css/site.css', date, 'text/css', Buffer.from('p { margin: 0 }')));
    batch.push(response('http://www.example.gov.cn/images/logo.png', date, 'image/png', Buffer.alloc(2048, 7)));
    await writeWarc(join(folder, `synthetic-${String(file++).padStart(3, '0')}.warc.gz`), batch);
    batch = [];
  };
  for (const document of syntheticDocuments(count)) {
    batch.push(pageRecord(document));
    if (batch.length === perWarc) await flush();
  }
  if (batch.length > 0) await flush();
}

/** One new capture: the first document's page a month later, with a paragraph more (a new version of it). */
export async function writeAddedCapture(path: string): Promise<void> {
  const [first] = syntheticDocuments(1);
  await writeWarc(path, [pageRecord(first!, ['补充说明：本文发布后，镇政府对部分数据作了更正。'], 31)]);
}
