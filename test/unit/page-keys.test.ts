import { afterEach, describe, expect, it } from 'vitest';
import { pageKey } from '../../src/lib/page-keys.ts';
import type { ReportEntry } from '../../src/lib/reports.ts';

const entry = (id: string, digest: string | undefined) => ({ id, digest }) as unknown as ReportEntry;

describe("a page's cache key for Astro's incremental build", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('is the same for the same documents, by their files’ digests, in the same order', () => {
    expect(pageKey([entry('a', '1'), entry('b', '2')])).toBe(pageKey([entry('a', '1'), entry('b', '2')]));
  });

  it('changes when a document it shows changes, is added, or moves', () => {
    const key = pageKey([entry('a', '1'), entry('b', '2')]);
    expect(pageKey([entry('a', '1'), entry('b', '3')])).not.toBe(key);
    expect(pageKey([entry('a', '1'), entry('b', '2'), entry('c', '4')])).not.toBe(key);
    expect(pageKey([entry('b', '2'), entry('a', '1')])).not.toBe(key);
    // A neighbour that is absent (the newest of a town has no newer one) is part of the key too.
    expect(pageKey([entry('a', '1'), undefined, entry('b', '2')])).not.toBe(key);
  });

  it('changes with the settings a page reads while it renders', () => {
    const key = pageKey([entry('a', '1')]);
    process.env.SOURCE_DATE_EPOCH = '1767225600';
    const dated = pageKey([entry('a', '1')]);
    expect(dated).not.toBe(key);
    process.env.ZHENDANG_LIST_NEWEST_BELOW = '3';
    expect(pageKey([entry('a', '1')])).not.toBe(dated);
  });

  it('changes with what else the page reads of the archive: whether its town has a page of its own', () => {
    const key = pageKey([entry('a', '1')], { townPage: false });
    expect(pageKey([entry('a', '1')], { townPage: false })).toBe(key);
    expect(pageKey([entry('a', '1')], { townPage: true })).not.toBe(key);
    process.env.ZHENDANG_LIST_TOWN_PAGE_FROM = '2';
    expect(pageKey([entry('a', '1')], { townPage: false })).not.toBe(key);
  });

  it('refuses a document the content store gave no digest, rather than key a page on nothing', () => {
    expect(() => pageKey([entry('a', undefined)])).toThrow('a: the content store gave no digest');
  });
});
