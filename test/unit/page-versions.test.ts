/**
 * Versions of one page: captures of the same address whose texts differ are
 * chained oldest first, whatever order their files come in; the chain is
 * written into the frontmatter and read back by the site.
 */
import { describe, expect, it } from 'vitest';
import { type Capture, linkVersions, pageKey, withPreviousVersion } from '../../scripts/store/page-versions.ts';
import { captureDate, versionsOf } from '../../src/lib/page-versions.ts';

const id = (digit: string) => digit.repeat(12);
const capture = (digit: string, url: string | null, captured: string | null, archived: string | null = null) =>
  ({ id: id(digit), url, captured, archived }) satisfies Capture;

describe('pageKey', () => {
  it('takes http and https, the host’s case, a default port and the fragment as the same page', () => {
    const key = pageKey('http://www.x.gov.cn/a/b.html?id=1');
    expect(pageKey('HTTPS://WWW.X.gov.cn:443/a/b.html?id=1#top')).toBe(key);
    expect(pageKey('http://www.x.gov.cn:80/a/b.html?id=1')).toBe(key);
  });

  it('keeps apart another path, query, host or port, and has no key without an address', () => {
    const key = pageKey('http://www.x.gov.cn/a/b.html?id=1');
    for (const other of [
      'http://www.x.gov.cn/a/B.html?id=1',
      'http://www.x.gov.cn/a/b.html?id=2',
      'http://x.gov.cn/a/b.html?id=1',
      'http://www.x.gov.cn:8080/a/b.html?id=1',
    ])
      expect(pageKey(other), other).not.toBe(key);
    expect(pageKey(null)).toBeNull();
  });
});

describe('linkVersions', () => {
  const captures = [
    capture('c', 'https://x.gov.cn/p.html', '2024-03-01T00:00:00.000Z'),
    capture('a', 'http://x.gov.cn/p.html', '2024-01-01T00:00:00.000Z'),
    capture('b', 'http://x.gov.cn/p.html#main', null, '2024-02-01'),
    capture('d', 'http://x.gov.cn/other.html', '2024-01-01T00:00:00.000Z'),
    capture('e', null, null),
  ];

  it('names each capture’s predecessor by capture time, else the day archived', () => {
    const links = linkVersions(captures);
    expect(Object.fromEntries(links)).toEqual({
      [id('a')]: null,
      [id('b')]: id('a'),
      [id('c')]: id('b'),
      [id('d')]: null,
      [id('e')]: null,
    });
  });

  it('gives the same links whatever order the files come in, ties broken by id', () => {
    const expected = Object.fromEntries(linkVersions(captures));
    expect(Object.fromEntries(linkVersions([...captures].reverse()))).toEqual(expected);
    const undated = [capture('9', 'http://x.gov.cn/q', null), capture('1', 'http://x.gov.cn/q', null)];
    expect(linkVersions(undated).get(id('9'))).toBe(id('1'));
    expect(linkVersions(undated.reverse()).get(id('9'))).toBe(id('1'));
  });
});

describe('withPreviousVersion', () => {
  const mdx = (extra: string) =>
    `---\nid: ${id('b')}\narchived: "2024-02-01"\n${extra}summary: null\nsource:\n  file: b.html\n---\n\nprevious: 正文\n`;

  it('writes the field after `captured`, or after `archived`, and takes it out again', () => {
    const captured = 'captured: "2024-02-01T00:00:00.000Z"\n';
    const linked = withPreviousVersion(mdx(captured), id('a'));
    expect(linked).toBe(mdx(`${captured}previousVersion: ${id('a')}\n`));
    expect(withPreviousVersion(mdx(''), id('a'))).toBe(mdx(`previousVersion: ${id('a')}\n`));
    expect(withPreviousVersion(linked, null)).toBe(mdx(captured));
    expect(withPreviousVersion(withPreviousVersion(linked, id('c')), id('a'))).toBe(linked);
  });

  it('leaves the body alone and refuses what is not an id', () => {
    expect(withPreviousVersion(mdx(''), null)).toBe(mdx(''));
    expect(() => withPreviousVersion(mdx(''), 'not-an-id')).toThrow(/12 lower-case hex digits/);
    expect(() => withPreviousVersion('no frontmatter', id('a'))).toThrow(/no frontmatter/);
  });
});

describe('versionsOf (the site)', () => {
  const entry = (digit: string, previousVersion?: string) => ({
    id: id(digit),
    data: previousVersion ? { previousVersion: id(previousVersion) } : {},
  });

  it('gives every version the whole chain, oldest first, and nothing to a page captured once', () => {
    const reports = [entry('c', 'b'), entry('a'), entry('z'), entry('b', 'a')];
    const versions = versionsOf(reports);
    const chain = [id('a'), id('b'), id('c')];
    for (const one of chain) expect(versions.get(one)?.map((report) => report.id)).toEqual(chain);
    expect(versions.has(id('z'))).toBe(false);
  });

  it('names the document whose predecessor is missing', () => {
    expect(() => versionsOf([entry('b', 'a')])).toThrow(`${id('b')}.mdx: previousVersion ${id('a')} is not in`);
  });

  it('dates a version by its capture, to the minute, else by the day it was archived', () => {
    expect(captureDate({ captured: '2024-02-06T08:00:00.000Z', archived: '2026-11-22' })).toBe('2024-02-06 08:00 UTC');
    expect(captureDate({ archived: '2026-11-22' })).toBe('2026-11-22');
  });
});
