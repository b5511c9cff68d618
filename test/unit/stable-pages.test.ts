import { describe, expect, it } from 'vitest';
import { pagesFromOldest } from '../../src/lib/stable-pages.ts';

/** Documents 1 (the oldest) to `count`, newest first as the site lists them. */
const documents = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe('a long list paged from its oldest end', () => {
  it('keeps a list shorter than two pages whole on its own address', () => {
    expect(pagesFromOldest(documents(3), 10)).toEqual([
      { number: null, documents: [3, 2, 1], newer: undefined, older: undefined },
    ]);
    expect(pagesFromOldest(documents(19), 10)).toHaveLength(1);
    expect(pagesFromOldest([], 10)).toEqual([{ number: null, documents: [], newer: undefined, older: undefined }]);
  });

  it('numbers full pages from the oldest and keeps the newest full page with what came since on its own address', () => {
    const pages = pagesFromOldest(documents(25), 10);
    expect(pages).toEqual([
      {
        number: null,
        documents: [25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11],
        newer: undefined,
        older: 1,
      },
      { number: 1, documents: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], newer: null, older: undefined },
    ]);
    const longer = pagesFromOldest(documents(45), 10);
    expect(longer.map(({ number, newer, older }) => [number, newer, older])).toEqual([
      [null, undefined, 3],
      [3, null, 2],
      [2, 3, 1],
      [1, 2, undefined],
    ]);
  });

  it('lists every document once, newest first across its pages', () => {
    for (const count of [0, 1, 9, 10, 11, 20, 21, 99, 100, 101]) {
      const listed = pagesFromOldest(documents(count), 10).flatMap((page) => page.documents);
      expect(listed).toEqual(documents(count));
    }
  });

  it('changes only its newest page as documents come in at the newest end, until another page fills', () => {
    const before = pagesFromOldest(documents(45), 10);
    const after = pagesFromOldest(documents(49), 10);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]!.documents).toHaveLength(19);
    // The fiftieth fills a page: the newest full page moves to a number of its own, the one below it links to it.
    const filled = pagesFromOldest(documents(50), 10);
    expect(filled.slice(3)).toEqual(before.slice(2));
    expect(filled[1]).toEqual({
      number: 4,
      documents: [40, 39, 38, 37, 36, 35, 34, 33, 32, 31],
      newer: null,
      older: 3,
    });
  });
});
