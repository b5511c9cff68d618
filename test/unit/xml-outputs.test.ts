/**
 * The feed and an OAI-PMH record hold whatever text a document's title and
 * summary hold: markup characters, the CDATA end and control characters
 * come out as well-formed XML that reads back as the same text (less the
 * characters XML cannot hold), and still validate.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomFeedXml } from '../../src/lib/atom-feed.ts';
import { buildMemo } from '../../src/lib/build-memo.ts';
import { dublinCore } from '../../src/lib/catalog.ts';
import { staticRepositoryXml } from '../../src/lib/oai/static-repository.ts';
import type { Report } from '../../src/shared/report-schema.ts';
import { atomProblems, feedparserProblems, staticRepositoryProblems } from '../helpers/validators.ts';

const HOSTILE = '<b>甲 & 乙</b> ]]> 丙\u0001丁\u001b]]]>> 戊]]\u0007>己\uffff';
// XML 1.0 cannot hold U+0001, U+001B, U+0007 or U+FFFF at all, not even as a reference: they are dropped,
// and a "]]>" they split comes out whole.
const READ_BACK = '<b>甲 & 乙</b> ]]> 丙丁]]]>> 戊]]>己';

// The fields the feed and the Dublin Core record read; the rest of a record does not reach them.
const fields: Partial<Report> = {
  id: '18ac4b943fd2',
  title: `标题${HOSTILE}`,
  summary: `摘要${HOSTILE}`,
  province: '浙江省',
  city: null,
  county: null,
  town: null,
  date: '2026-01-05',
  archived: '2026-11-22',
  docType: null,
  indexNumber: null,
  sourceUrl: null,
};
const record = fields as Report;

const folder = mkdtempSync(join(tmpdir(), 'zhendang-xml-'));
function written(name: string, xml: string): string {
  const file = join(folder, name);
  writeFileSync(file, xml);
  return file;
}

/** xmllint's reading of an XPath string over `file`; it fails on a file that is not well-formed. */
function xpathString(file: string, path: string): string {
  const result = spawnSync('xmllint', ['--xpath', `string(${path})`, file], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.replace(/\n$/, '');
}

const child = (...names: string[]) => names.map((name) => `/*[local-name()="${name}"]`).join('');

// The validators run in processes of their own (Java, Python), whose start took more than the unit tests' 5 s on a
// loaded machine: a time limit, not a measurement, as the e2e tests' (vitest.config.ts).
describe('hostile text in the XML outputs', { timeout: 60_000 }, () => {
  const feed = written(
    'feed.xml',
    atomFeedXml([record], {
      home: 'http://example.org/',
      self: 'http://example.org/feed.xml',
      documentUrl: (id) => `http://example.org/reports/${id}/`,
      creator: () => `机关${HOSTILE}`,
    }),
  );
  const repositoryInput: Parameters<typeof staticRepositoryXml>[0] = {
    records: [record],
    fileUrl: 'http://example.org/oai.xml',
    settings: {
      repositoryIdentifier: 'example.org',
      adminEmail: 'a@example.org',
      gateway: 'http://gateway.example.org/oai/',
      recordsPerFile: 5000,
    },
    documentUrl: (id) => `http://example.org/reports/${id}/`,
    credits: () => ({ creator: `机关${HOSTILE}`, publisher: '某镇' }),
    earliest: '2026-11-22',
    name: `镇档${HOSTILE}`,
  };
  const repository = written('oai.xml', staticRepositoryXml(repositoryInput));

  it('the feed: well-formed, the same text, valid Atom', () => {
    expect(xpathString(feed, child('feed', 'entry', 'title'))).toBe(`标题${READ_BACK}`);
    expect(xpathString(feed, child('feed', 'entry', 'summary'))).toBe(`浙江省 · 摘要${READ_BACK}`);
    expect(xpathString(feed, child('feed', 'entry', 'author', 'name'))).toBe(`机关${READ_BACK}`);
    expect(atomProblems(feed)).toEqual([]);
    expect(feedparserProblems(feed)).toEqual([]);
  });

  it('an OAI-PMH record: well-formed, the same text', () => {
    const dc = child('Repository', 'ListRecords', 'record', 'metadata', 'dc');
    expect(xpathString(repository, `${dc}${child('title')}`)).toBe(`标题${READ_BACK}`);
    expect(xpathString(repository, `${dc}${child('description')}`)).toBe(`摘要${READ_BACK}`);
    expect(xpathString(repository, `${dc}${child('creator')}`)).toBe(`机关${READ_BACK}`);
    expect(xpathString(repository, child('Repository', 'Identify', 'repositoryName'))).toBe(`镇档${READ_BACK}`);
  });

  it('an OAI-PMH record: valid against the published schemas', () => {
    expect(staticRepositoryProblems(repository)).toEqual([]);
  });

  it('an OAI-PMH record kept from the last build (build-memo.ts): the same file, its record not serialised again', () => {
    const memo = join(folder, 'cache', 'oai-records.ndjson');
    const serialised: unknown[] = [];
    const keep = (input: unknown, make: () => string) =>
      buildMemo<string>(memo, 'v1')(input, () => {
        serialised.push(input);
        return make();
      });
    const withMemo = () => staticRepositoryXml({ ...repositoryInput, keep });
    expect(withMemo()).toBe(readFileSync(repository, 'utf8'));
    expect(withMemo()).toBe(readFileSync(repository, 'utf8'));
    expect(serialised).toHaveLength(1);
  });
});

describe('a news item signed by two persons (src/shared/credits.ts: creatorNames)', { timeout: 60_000 }, () => {
  const signed = { ...record, title: '标题', summary: null } as Report;
  const feed = written(
    'signed-feed.xml',
    atomFeedXml([signed], {
      home: 'http://example.org/',
      self: 'http://example.org/feed.xml',
      documentUrl: (id) => `http://example.org/reports/${id}/`,
      creator: () => '陈某、李某',
    }),
  );
  const dublinCoreCreators = dublinCore(signed, 'http://example.org/reports/18ac4b943fd2/', {
    creator: '陈某、李某',
    publisher: '丰都县融媒体中心',
  }).filter(([element]) => element === 'creator');

  it('names each in an author of the feed’s entry, and each in a dc:creator', () => {
    const authors = child('feed', 'entry', 'author', 'name');
    expect(xpathString(feed, `${authors}[1]`)).toBe('陈某');
    expect(xpathString(feed, `(${authors})[2]`)).toBe('李某');
    expect(atomProblems(feed)).toEqual([]);
    expect(dublinCoreCreators).toEqual([
      ['creator', '陈某'],
      ['creator', '李某'],
    ]);
  });
});
