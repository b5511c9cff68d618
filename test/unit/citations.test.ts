/**
 * The citations of a document: the reading styles as citeproc-js renders
 * them from the CSL styles at build time (GB/T 7714 against the standard's
 * own example), completed as the page completes them; then the files
 * reference managers import, parsed back, carrying the same facts.
 */
import { describe, expect, it } from 'vitest';
import { citationTemplates } from '../../src/lib/cite-strings.ts';
import {
  bibtex,
  type Citable,
  citationTitle,
  cslItem,
  cslJson,
  dataUrl,
  noteLines,
  ris,
} from '../../src/shared/citations.ts';
import { fillCitation } from '../../src/shared/pinpoint-citation.ts';

const URL_ = 'https://archive.example.org/reports/7c88cf9a948c/';
const report: Citable = {
  id: '7c88cf9a948c',
  kind: 'report',
  title: '天目山镇政府工作报告',
  author: '天目山镇人民政府',
  publisher: '天目山镇人民政府',
  place: '临安区',
  date: '2022-05-05',
  url: URL_,
  accessed: null,
  indexNumber: '002508879/2022-81382',
  docType: '政府工作报告',
  region: ['浙江省', '杭州市', '临安区', '天目山镇'],
  archive: '镇档',
  abstract: '2021年，全镇上下克难攻坚。',
  originalUrl: 'http://www.linan.gov.cn/art/2022/5/5/art_1229230905_4034262.html',
  dateWritten: '2021-12-25',
  speaker: '楼晓燕',
};
const news: Citable = {
  ...report,
  id: '18ac4b943fd2',
  kind: 'news',
  title: '金溪镇：蹄疾步稳 筑牢提质强能实线',
  // Unsigned: the outlet is its author (src/shared/credits.ts).
  author: '永嘉县融媒体中心',
  publisher: '永嘉县融媒体中心',
  place: '永嘉县',
  date: '2024-02-22',
  url: 'https://archive.example.org/reports/18ac4b943fd2/',
  indexNumber: null,
  docType: '新闻报道',
  dateWritten: null,
  speaker: null,
};
// A story the page signs: its reporter and correspondent (记者 陈某 通讯员 李某).
const signed: Citable = { ...news, id: '5e1f0a2b3c4d', author: '陈某、李某' };
const day = '2026-12-04';

describe('a title that identifies the document', () => {
  it('puts the place before a title that does not name it, in either script', () => {
    expect(citationTitle('政府工作报告', '天目山镇')).toBe('天目山镇政府工作报告');
    expect(citationTitle('下各镇2023年工作总结', '下各镇')).toBe('下各镇2023年工作总结');
    expect(citationTitle('天目山鎮政府工作報告', '天目山镇')).toBe('天目山鎮政府工作報告');
    expect(citationTitle('大蘆鎮2023年政府信息公開工作年度報告', '大芦镇')).toBe(
      '大蘆鎮2023年政府信息公開工作年度報告',
    );
    expect(citationTitle('政府工作报告', null)).toBe('政府工作报告');
  });

  it('names the place once where the title opens with its level (镇政府…, 县人大…), and only there', () => {
    expect(citationTitle('镇政府工作报告', '天目山镇')).toBe('天目山镇政府工作报告');
    expect(citationTitle('县人大代表分组审议政府工作报告', '陆良县')).toBe('陆良县人大代表分组审议政府工作报告');
    expect(citationTitle('区域协调发展情况', '临安区')).toBe('临安区区域协调发展情况');
  });

  it('makes doubled and ASCII colons one full-width colon', () => {
    expect(citationTitle('巽宅镇::砥砺奋进新时代 凝心共谱新篇章', '巽宅镇')).toBe(
      '巽宅镇：砥砺奋进新时代 凝心共谱新篇章',
    );
    expect(citationTitle('金溪镇:蹄疾步稳', '金溪镇')).toBe('金溪镇：蹄疾步稳');
    expect(citationTitle('金溪镇 ：： 蹄疾步稳', '金溪镇')).toBe('金溪镇：蹄疾步稳');
  });
});

describe('GB/T 7714-2015, rendered by citeproc-js from the CSL style', () => {
  it('reproduces the standard’s example of an electronic resource (8.8.2, 萧钰)', () => {
    const example: Citable = {
      ...report,
      author: '萧钰',
      publisher: null,
      place: null,
      title: '出版业信息化迈入快车道',
      date: '2001-12-19',
      url: 'http://www.creader.com/news/20011219/200112190019.html',
    };
    const { gbt7714 } = citationTemplates(example);
    expect(fillCitation(gbt7714, { url: example.url, accessed: '2002-04-15' })).toBe(
      '萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
    );
  });

  it('cites a government document by its organisation, with 出版地: 出版者, [EB/OL] and the citation date', () => {
    const { gbt7714 } = citationTemplates(report);
    expect(fillCitation(gbt7714, { url: URL_, accessed: day })).toBe(
      `天目山镇人民政府. 天目山镇政府工作报告[EB/OL]. 临安区: 天目山镇人民政府, 2022[${day}]. ${URL_}.`,
    );
  });

  it('cites a paragraph by its number where the standard puts 引文页码, with the paragraph’s address', () => {
    const { gbt7714At } = citationTemplates(report);
    expect(fillCitation(gbt7714At, { url: `${URL_}#p-554c374e`, accessed: day, at: '第4段' })).toBe(
      `天目山镇人民政府. 天目山镇政府工作报告[EB/OL]. 临安区: 天目山镇人民政府, 2022: 第4段[${day}]. ${URL_}#p-554c374e.`,
    );
  });

  it('cites an unsigned news item as a newspaper’s, [N/OL], its outlet its author and its publication', () => {
    const { gbt7714 } = citationTemplates(news);
    expect(fillCitation(gbt7714, { url: news.url, accessed: day })).toBe(
      `永嘉县融媒体中心. 金溪镇：蹄疾步稳 筑牢提质强能实线[N/OL]. 永嘉县融媒体中心, 2024-02-22[${day}]. ${news.url}.`,
    );
  });

  it('cites a signed news item by each person of its byline, as GB/T 7714 lists authors', () => {
    const { gbt7714, apa } = citationTemplates(signed);
    expect(fillCitation(gbt7714, { url: signed.url, accessed: day })).toBe(
      `陈某, 李某. 金溪镇：蹄疾步稳 筑牢提质强能实线[N/OL]. 永嘉县融媒体中心, 2024-02-22[${day}]. ${signed.url}.`,
    );
    expect(apa.startsWith('陈某 & 李某. (2024年2月22日). 金溪镇：蹄疾步稳 筑牢提质强能实线. 永嘉县融媒体中心.')).toBe(
      true,
    );
  });

  it('leaves the date, address and place as stand-ins for the page to fill, and refuses a title holding one', () => {
    const { gbt7714At } = citationTemplates(report);
    expect(fillCitation(gbt7714At, {})).toBe(gbt7714At);
    expect(() => citationTemplates({ ...report, title: '政府\uE000工作报告' })).toThrow(/7c88cf9a948c: .*U\+E000/);
  });
});

describe('APA 7 and Chicago in the zh-CN locale', () => {
  const templates = citationTemplates(report);

  it('name the organisation before the title, and the archive’s address', () => {
    for (const style of [templates.apa, templates.chicago]) {
      const text = fillCitation(style, { url: URL_, accessed: day });
      expect(text.indexOf('天目山镇人民政府')).toBe(0);
      expect(text).toContain('天目山镇政府工作报告');
      expect(text).toContain(URL_);
    }
  });

  it('cite a paragraph and a section in the locale’s words, not English ones', () => {
    expect(templates.inText).toBe('(天目山镇人民政府, 2022)');
    const paragraph = fillCitation(templates.inTextParagraph, { at: '4' });
    expect(paragraph).toBe('(天目山镇人民政府, 2022, 第4段)');
    const section = fillCitation(templates.inTextSection, { at: '一、总体情况' });
    expect(section).toBe('(天目山镇人民政府, 2022, 一、总体情况)');
    expect(`${paragraph}${section}`).not.toMatch(/para\.|section/);
  });
});

describe('dates in APA and Chicago, as a Chinese reader writes them', () => {
  it('print a web document’s full date as 2022年5月5日 in APA and its month and day as 5月5日 in Chicago', () => {
    const dated = citationTemplates({ ...report, date: '2022-05-05' });
    expect(dated.apa).toContain('(2022年5月5日)');
    expect(dated.chicago).toContain(', 5月5日.');
    expect(`${dated.apa}${dated.chicago}`).not.toMatch(/五月|2022, |5月 5/);
  });

  it('give an undated document the reader’s date of access as the page fills it in, with no 年 after it', () => {
    const undated = citationTemplates({ ...report, id: 'undated', date: null });
    for (const style of [undated.apa, undated.chicago]) {
      const text = fillCitation(style, { url: URL_, accessed: day });
      expect(text).toContain(day);
      expect(text).not.toContain(`${day}年`);
    }
  });

  it('leave a date with only a year as the year', () => {
    expect(citationTemplates({ ...report, id: 'year-only', date: '2021' }).apa).toContain('(2021)');
  });
});

describe('the notes: what no field holds', () => {
  it('keeps the index number, the original address, 成文日期 and the speaker, under Chinese keys', () => {
    expect(noteLines(report)).toEqual([
      '索引号: 002508879/2022-81382',
      `原网址: ${report.originalUrl}`,
      '成文日期: 2021-12-25',
      '报告人: 楼晓燕',
    ]);
  });
});

describe('BibTeX', () => {
  const entry = bibtex({ ...report, title: '收入增长{10%}与R&D_投入#1' });

  it('writes an @misc entry for a government document, keyed by the permanent id, with balanced braces', () => {
    expect(entry.startsWith('@misc{zhendang-7c88cf9a948c,\n')).toBe(true);
    expect(entry.split('{').length).toBe(entry.split('}').length);
  });

  it('escapes the characters BibTeX would read as commands', () => {
    expect(entry).toContain('title = {收入增长\\{10\\%\\}与R\\&D\\_投入\\#1},');
  });

  it('names the organisation as author and organisation, the place of publication, and keeps the rest in a note', () => {
    expect(entry).toContain('author = {{天目山镇人民政府}},');
    expect(entry).toContain('organization = {{天目山镇人民政府}},');
    expect(entry).toContain('location = {临安区},');
    expect(entry).toContain(`url = {${URL_}},`);
    expect(entry).toContain(
      'note = {索引号: 002508879/2022-81382; 原网址: http://www.linan.gov.cn/art/2022/5/5/art\\_1229230905\\_4034262.html; 成文日期: 2021-12-25; 报告人: 楼晓燕},',
    );
    expect(entry).not.toMatch(/^\s*(number|address) =/m);
  });

  it('writes an unsigned news item with its outlet as author and organisation', () => {
    const entry = bibtex(news);
    expect(entry.startsWith('@misc{zhendang-18ac4b943fd2,\n')).toBe(true);
    expect(entry).toContain('author = {{永嘉县融媒体中心}},');
    expect(entry).toContain('organization = {{永嘉县融媒体中心}},');
  });

  it('writes each person of a byline as an author of their own, joined with "and"', () => {
    expect(bibtex(signed)).toContain('author = {{陈某} and {李某}},');
  });
});

describe('RIS', () => {
  const lines = ris(report).split('\r\n');

  it('writes tagged lines, starting with TY and ending with ER', () => {
    expect(lines[0]).toBe('TY  - GOVDOC');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('carries title, organisation, place, date, address, abstract and notes', () => {
    expect(lines).toEqual(
      expect.arrayContaining(
        [
          'TI  - 天目山镇政府工作报告',
          'AU  - 天目山镇人民政府',
          'PB  - 天目山镇人民政府',
          'CY  - 临安区',
          'DA  - 2022/05/05',
          `UR  - ${URL_}`,
          'AB  - 2021年，全镇上下克难攻坚。',
          '报告人: 楼晓燕',
        ].map((line) => (line.includes('  - ') ? line : `N1  - ${line}`)),
      ),
    );
  });

  it('writes a news item as NEWS in its outlet', () => {
    const item = ris(news).split('\r\n');
    expect(item[0]).toBe('TY  - NEWS');
    expect(item).toContain('T2  - 永嘉县融媒体中心');
    expect(item.filter((line) => line.startsWith('AU '))).toEqual(['AU  - 永嘉县融媒体中心']);
  });

  it('writes one AU line a person of a byline', () => {
    expect(
      ris(signed)
        .split('\r\n')
        .filter((line) => line.startsWith('AU ')),
    ).toEqual(['AU  - 陈某', 'AU  - 李某']);
  });
});

describe('CSL-JSON', () => {
  it('is the very item the styles cite: a web page by the organisation, published at its place', () => {
    const [item] = JSON.parse(cslJson({ ...report, accessed: day }));
    expect(item).toEqual(cslItem({ ...report, accessed: day }));
    expect(item).toMatchObject({
      id: 'zhendang-7c88cf9a948c',
      type: 'webpage',
      title: '天目山镇政府工作报告',
      author: [{ literal: '天目山镇人民政府' }],
      issued: { 'date-parts': [[2022, 5, 5]] },
      accessed: { 'date-parts': [[2026, 12, 4]] },
      URL: URL_,
      publisher: '天目山镇人民政府',
      'publisher-place': '临安区',
      'container-title': '镇档',
      jurisdiction: '浙江省 杭州市 临安区 天目山镇',
      abstract: '2021年，全镇上下克难攻坚。',
      note: noteLines(report).join('\n'),
      language: 'zh-CN',
    });
  });

  it('makes a news item an article in its outlet', () => {
    const [item] = JSON.parse(cslJson(news));
    expect(item).toMatchObject({
      type: 'article-newspaper',
      'container-title': '永嘉县融媒体中心',
      author: [{ literal: '永嘉县融媒体中心' }],
    });
    expect(JSON.parse(cslJson(signed))[0].author).toEqual([{ literal: '陈某' }, { literal: '李某' }]);
  });
});

describe('downloads carried in the page', () => {
  it('is a data: URL that a browser saves as the UTF-8 text, its Chinese written as it is', async () => {
    const text = bibtex(report);
    const url = dataUrl('application/x-bibtex', text);
    expect(url.startsWith('data:application/x-bibtex;charset=utf-8,@misc%7B')).toBe(true);
    expect(url).toContain(report.title);
    // fetch decodes a data: URL by the URL standard, as the browser does for a download.
    expect(await (await fetch(url)).text()).toBe(text);
  });

  it('holds nothing a URL or an HTML attribute cannot: no space, line break, quote, ampersand, # or %', async () => {
    const text = 'a b\nc"d\'e&f#g%h<i>{j}|k\\l^m`n\u3000。';
    const url = dataUrl('text/plain', text);
    expect(url).toBe(
      'data:text/plain;charset=utf-8,a%20b%0Ac%22d%27e%26f%23g%25h%3Ci%3E%7Bj%7D%7Ck%5Cl%5Em%60n\u3000。',
    );
    expect(await (await fetch(url)).text()).toBe(text);
  });
});
