/**
 * Each citation format against its standard's own published examples, then
 * the machine formats parsed back.
 */
import { describe, expect, it } from 'vitest';
import { apa, bibtex, type Citable, chicago, cslJson, gbt7714, ris } from '../../src/shared/citations.ts';

const base: Citable = {
  id: '74b6c62981c4',
  title: '下各镇2023年工作总结和2024工作思路',
  author: '下各镇',
  publisher: '下各镇',
  date: '2024-01-10',
  url: 'https://archive.example.org/reports/74b6c62981c4/',
  accessed: '2026-11-22',
  indexNumber: '1133102400268125XW/2024-104525',
  docType: '工作总结',
  place: ['浙江省', '台州市', '仙居县', '下各镇'],
  archive: '镇档',
};

describe('GB/T 7714-2015, electronic resource', () => {
  it('reproduces the standard’s example (8.8.2, 萧钰)', () => {
    const example = {
      ...base,
      author: '萧钰',
      title: '出版业信息化迈入快车道',
      date: '2001-12-19',
      accessed: '2002-04-15',
      url: 'http://www.creader.com/news/20011219/200112190019.html',
    };
    expect(gbt7714(example)).toBe(
      '萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
    );
  });

  it('cites an archived document with its [EB/OL] marker, dates and address', () => {
    expect(gbt7714(base)).toBe(
      '下各镇. 下各镇2023年工作总结和2024工作思路[EB/OL]. (2024-01-10)[2026-11-22]. https://archive.example.org/reports/74b6c62981c4/.',
    );
  });

  it('starts with the title when no body is responsible, and leaves the citation date to fill in', () => {
    expect(gbt7714({ ...base, author: null, accessed: null })).toBe(
      '下各镇2023年工作总结和2024工作思路[EB/OL]. (2024-01-10)[引用日期]. https://archive.example.org/reports/74b6c62981c4/.',
    );
  });
});

describe('APA 7, webpage', () => {
  it('reproduces the manual’s webpage example (Bologna, 2019)', () => {
    const example = {
      ...base,
      author: 'Bologna, C.',
      title: 'Why some people with anxiety love watching horror movies',
      date: '2019-10-31',
      archive: 'HuffPost',
      url: 'https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e',
    };
    expect(apa(example)).toBe(
      'Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e',
    );
  });

  it('moves the title to the author position when there is no author, and writes n.d. for no date', () => {
    expect(apa({ ...base, author: null, date: null })).toBe(
      '下各镇2023年工作总结和2024工作思路. (n.d.). 镇档. https://archive.example.org/reports/74b6c62981c4/',
    );
  });
});

describe('Chicago, bibliography entry for a web page', () => {
  it('reproduces the manual’s example (Kirkpatrick, ReadWriteWeb)', () => {
    const example = {
      ...base,
      author: 'Kirkpatrick, Marshall',
      title: 'Facebook’s Zuckerberg Says the Age of Privacy Is Over',
      archive: 'ReadWriteWeb',
      date: '2010-01-09',
      url: 'http://www.readwriteweb.com/archives/facebooks_zuckerberg_says_the_age_of_privacy_is_ov.php',
    };
    expect(chicago(example)).toBe(
      'Kirkpatrick, Marshall. “Facebook’s Zuckerberg Says the Age of Privacy Is Over.” ReadWriteWeb, January 9, 2010. http://www.readwriteweb.com/archives/facebooks_zuckerberg_says_the_age_of_privacy_is_ov.php.',
    );
  });
});

describe('BibTeX', () => {
  const entry = bibtex({ ...base, title: '收入增长{10%}与R&D_投入#1' });

  it('writes an @misc entry keyed by the permanent id, with balanced braces', () => {
    expect(entry.startsWith('@misc{zhendang-74b6c62981c4,\n')).toBe(true);
    expect(entry.split('{').length).toBe(entry.split('}').length);
  });

  it('escapes the characters BibTeX would read as commands', () => {
    expect(entry).toContain('title = {收入增长\\{10\\%\\}与R\\&D\\_投入\\#1},');
    expect(entry).toContain('author = {{下各镇}},');
    expect(entry).toContain('url = {https://archive.example.org/reports/74b6c62981c4/},');
    expect(entry).toContain('urldate = {2026-11-22},');
  });

  it('names the publisher as the organisation and keeps the index number in a note, as @misc has no number', () => {
    expect(entry).toContain('organization = {{下各镇}},');
    expect(entry).toContain('note = {索引号 1133102400268125XW/2024-104525},');
    expect(entry).not.toMatch(/^\s*(number|address) =/m);
  });
});

describe('RIS', () => {
  const lines = ris(base).split('\r\n');

  it('writes tagged lines, starting with TY and ending with ER', () => {
    expect(lines[0]).toBe('TY  - GOVDOC');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('carries title, author, publisher, date, address and index number', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'TI  - 下各镇2023年工作总结和2024工作思路',
        'AU  - 下各镇',
        'PB  - 下各镇',
        'DA  - 2024/01/10',
        'UR  - https://archive.example.org/reports/74b6c62981c4/',
        'AN  - 1133102400268125XW/2024-104525',
      ]),
    );
  });
});

describe('CSL-JSON', () => {
  it('is one report item that citeproc processors read, its place the jurisdiction rather than a place of publication', () => {
    expect(JSON.parse(cslJson(base))).toEqual([
      {
        id: 'zhendang-74b6c62981c4',
        type: 'report',
        title: '下各镇2023年工作总结和2024工作思路',
        author: [{ literal: '下各镇' }],
        issued: { 'date-parts': [[2024, 1, 10]] },
        accessed: { 'date-parts': [[2026, 11, 22]] },
        URL: 'https://archive.example.org/reports/74b6c62981c4/',
        number: '1133102400268125XW/2024-104525',
        genre: '工作总结',
        publisher: '下各镇',
        jurisdiction: '浙江省 台州市 仙居县 下各镇',
        source: '镇档',
        language: 'zh-CN',
      },
    ]);
  });
});
