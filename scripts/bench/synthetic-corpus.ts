/**
 * A realistic synthetic corpus for benchmarks: source pages made by
 * recombining the prose and headings of seeds/, for towns of the gazetteer,
 * over several years, in the three known layouts and the generic one, in
 * UTF-8, GBK and UTF-16, 8 to 55 KB of text each (or the sizes asked for).
 * The same count and options always give the same files.
 *
 *   writeSyntheticCorpus("/tmp/corpus", 500) → 500 .txt files + sources.json
 *   writeSyntheticCorpus("/tmp/corpus", 300, { kilobytes: [1, 3], years: 2 }) → 300 short ones over two years, for a test of many pages
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Gazetteer } from '../converter/helpers/gazetteer.ts';
import { decodeSource } from '../converter/read/decode.ts';

const seedsFolder = new URL('../../seeds/', import.meta.url).pathname;
/**
 * A phrase of our own that only one document holds, one of the oldest: what
 * a rare query costs (the search walks every shard to find it).
 */
export const RARE_PHRASE = '鹭栖湾';
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A small, fast, seeded PRNG (mulberry32): benchmarks must be repeatable. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedPools() {
  const prose: string[] = [];
  const headings: string[] = [];
  for (const name of readdirSync(seedsFolder).filter((n) => n.endsWith('.txt'))) {
    const { text } = decodeSource(readFileSync(join(seedsFolder, name)));
    for (const piece of text.split(/\n|(?<=。) +/)) {
      const line = piece.trim();
      if (line.length >= 60 && /[。，,]/.test(line)) prose.push(line);
      else if (line.length >= 6 && line.length <= 24 && !/[。:：|]/.test(line))
        headings.push(line.replace(/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[)）]/, ''));
    }
  }
  return { prose, headings };
}

/** One synthetic document: its text's lines, how its file is encoded, and the page it stands for. */
export interface SyntheticDocument {
  name: string;
  lines: string[];
  title: string;
  encoding: 'utf-8' | 'gbk' | 'utf-16le';
  url: string;
  /** The day it was published, YYYY-MM-DD. */
  date: string;
}

export interface CorpusOptions {
  /** The PRNG's seed: the same seed, the same corpus. */
  seed?: number;
  /** The smallest and largest text a document holds, in KB of UTF-8 Chinese (real reports: 8 to 55). */
  kilobytes?: readonly [number, number];
  /** How the files' names begin: another prefix adds documents to a corpus instead of replacing its own. */
  prefix?: string;
  /** Over how many years the documents are spread (from 2019): fewer years, more documents in each year's listing. */
  years?: number;
  /** Every document published in the corpus's last month (December of its last year), as new disclosures captured as they appear are; else any month of any of its years. */
  latestMonth?: boolean;
}

export function* syntheticDocuments(
  count: number,
  {
    seed = 2024,
    kilobytes: [smallest, largest] = [8, 55],
    prefix = 'synthetic',
    years = 7,
    latestMonth = false,
  }: CorpusOptions = {},
): Generator<SyntheticDocument> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const { prose, headings } = seedPools();
  const gazetteer = Gazetteer.load();
  // Towns of the whole country; a publisher names its county half the time, as real pages do.
  const towns = [...gazetteer.divisions.values()]
    .filter((division) => division.level === 'town')
    .map((division) => gazetteer.namesOf(division.code));

  for (let i = 0; i < count; i++) {
    const place = pick(towns);
    const year = latestMonth ? 2018 + years - 1 : 2018 + Math.floor(next() * years);
    const month = latestMonth ? 12 : 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    // The rare phrase is the corpus's own: documents added later do not repeat it.
    const rare = prefix === 'synthetic' && i === count - 1;
    const date = rare ? '2019-01-01' : `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const title = pick([
      `${place.town}${year}年工作总结和${year + 1}年工作思路`,
      `${place.town}${year}年工作总结`,
      `${place.town}${year + 1}年工作要点`,
      '政府工作报告',
    ]);
    // Characters: a Chinese character is 3 bytes of UTF-8.
    const targetLength = (smallest * 1_000 + next() * (largest - smallest) * 1_000) / 3;
    const body: string[] = [];
    let length = 0;
    for (let section = 0; length < targetLength; section++) {
      body.push(`${numerals[section % 10]}、${pick(headings)}`);
      for (let p = 0; p < 1 + Math.floor(next() * 4); p++) {
        const paragraph = pick(prose);
        body.push(paragraph);
        length += paragraph.length;
      }
    }
    if (rare) body.push(`本镇${RARE_PHRASE}湿地保护工作完成验收。`);
    const layout = pick(['county-news', 'disclosure-table', 'source-date', 'generic'] as const);
    const lines = render(layout, {
      title,
      date,
      publisher: next() < 0.5 ? `${place.county ?? ''}${place.town}人民政府` : place.town!,
      index: `SYN${i}/${year}-${10000 + i}`,
      body,
    });
    const encoding = pick(['utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8', 'gbk', 'utf-16le'] as const);
    // The corpus's own documents keep the addresses they always had; added ones get a folder of their own.
    const folder = prefix === 'synthetic' ? 'art' : prefix;
    const url = `http://www.example.gov.cn/${folder}/${year + 1}/${month}/${day}/art_${1000 + i}.html`;
    yield { name: `${prefix}-${String(i).padStart(6, '0')}.txt`, lines, title, encoding, url, date };
  }
}

/** Writes the documents and their addresses (sources.json, kept beside those of documents already there). */
export function writeSyntheticCorpus(folder: string, count: number, options: CorpusOptions = {}): void {
  mkdirSync(folder, { recursive: true });
  const list = join(folder, 'sources.json');
  const sources: Record<string, string> = existsSync(list) ? JSON.parse(readFileSync(list, 'utf8')).sources : {};
  for (const { name, lines, encoding, url } of syntheticDocuments(count, options)) {
    const text = lines.join('\n');
    const bytes =
      encoding === 'utf-16le'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])
        : iconv.encode(text, encoding);
    writeFileSync(join(folder, name), bytes);
    sources[name] = url;
  }
  writeFileSync(list, JSON.stringify({ sources }, null, 1));
}

interface Page {
  title: string;
  date: string;
  publisher: string;
  index: string;
  body: string[];
}

function render(layout: string, page: Page): string[] {
  switch (layout) {
    case 'county-news':
      return [
        '某县',
        '您当前的位置 : 某县网 -> 新闻中心 -> 镇街社区 -> 正文',
        page.title,
        '',
        `发布时间:${page.date} 10:00:00 编辑:某某 字体:`,
        '',
        ...page.body.map((line) => `  ${line}`),
        '',
        '更多>新闻中心',
      ];
    case 'disclosure-table':
      return [
        `索引号 | ${page.index} | 公开方式 | 主动公开 |`,
        `发布单位 | ${page.publisher} | 发文日期 | ${page.date} |`,
        page.title,
        ...page.body,
        '分享: |',
      ];
    case 'source-date':
      return [
        '政府信息公开',
        '',
        page.title,
        '',
        `来源: ${page.publisher} 发布时间: ${page.date} 09:30 浏览次数: 12`,
        '',
        page.title,
        '',
        ...page.body.flatMap((line) => [line, '']),
      ];
    default:
      return [page.title, `发布日期：${page.date}`, `信息来源：${page.publisher}`, ...page.body, '【打印】【关闭】'];
  }
}
