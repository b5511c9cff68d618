import { describe, expect, it } from 'vitest';
import { baseLayout, planWithAdditions } from '../../scripts/search-index/additions.ts';
import { dateRuns, planShards } from '../../scripts/search-index/shards.ts';
import { dateAtPosition, RunMerge } from '../../src/browser/search/added-results.ts';
import { ADDED_PREFIX } from '../../src/shared/search/shards.ts';

const doc = (id: string, sortDate: string, sha256 = `sha-${id}`, bytes = 10) => ({ id, sortDate, bytes, sha256 });
const PLANNER = 'code 40 4 5000';

/** The layout's shards as names and ids, and the additions' ids. */
function summary(layout: ReturnType<typeof planWithAdditions>) {
  return {
    shards: layout.shards.map(({ name, documents }) => [name, documents.map(({ id }) => id)]),
    added: layout.added.map(({ name, documents }) => [name, documents.map(({ id }) => id)]),
  };
}

describe('planWithAdditions', () => {
  const first = [doc('a', '2024-05-01'), doc('b', '2023-05-06'), doc('c', '2022-01-01')];
  const planned = planShards(first, 10);
  const base = baseLayout(PLANNER, planned);

  it('keeps the shards planned before and plans the new documents, of any dates, apart into shards of their own', () => {
    const now = [...first, doc('old', '2021-03-03'), doc('new', '2025-01-01')];
    const layout = planWithAdditions(planShards(now, 10), base, PLANNER, now, { limit: 100, max: 10, first: 10 });
    expect(summary(layout)).toEqual({
      shards: [
        ['2024', ['a']],
        ['2023', ['b']],
        ['2022', ['c']],
      ],
      added: [
        [`${ADDED_PREFIX}2025`, ['new']],
        [`${ADDED_PREFIX}2021`, ['old']],
      ],
    });
    expect(layout.replanned).toBeNull();
  });

  it('has no added shards when nothing is new', () => {
    const layout = planWithAdditions(planned, base, PLANNER, first, { limit: 100, max: 10, first: 10 });
    expect(layout.added).toEqual([]);
    expect(layout.replanned).toBeNull();
  });

  it.each([
    ['there is no base', null, PLANNER, first, 100, 'no earlier index'],
    ['the base was planned by other code or settings', base, 'code 20 4 5000', first, 100, 'settings changed'],
    [
      'a document of the base changed',
      base,
      PLANNER,
      [doc('a', '2024-05-01', 'corrected'), ...first.slice(1)],
      100,
      'a changed',
    ],
    ['a document of the base is gone', base, PLANNER, first.slice(1), 100, 'a changed or was removed'],
    [
      'the new documents are more than the additions may hold',
      base,
      PLANNER,
      [...first, doc('n', '2025-01-01', 'x', 50)],
      40,
      'more than',
    ],
  ])('plans every document again when %s', (_, kept, planner, now, limit, why) => {
    const whole = planShards(now, 10);
    const layout = planWithAdditions(whole, kept, planner, now, { limit, max: 10, first: 10 });
    expect(layout.shards).toBe(whole);
    expect(layout.added).toEqual([]);
    expect(layout.replanned).toContain(why);
  });
});

describe('RunMerge', () => {
  const dated = (item: string, date: string) => ({ item, date });

  it('places the results no shard left can precede, merged by date, and holds back the rest', () => {
    const merge = new RunMerge<string>(2);
    merge.add(0, [dated('a', '2024-05-01'), dated('b', '2024-01-01')]);
    merge.add(1, [dated('n', '2024-03-02'), dated('o', '2023-01-01')]);
    expect(merge.take(['2023-06-30', '2022-12-31'])).toEqual(['a', 'n', 'b']);
    merge.add(0, [dated('c', '2023-06-30')]);
    expect(merge.take([undefined, '2022-12-31'])).toEqual(['c', 'o']);
    expect(merge.take([undefined, undefined])).toEqual([]);
  });

  it('holds a result back while another run’s next shard may hold a newer one', () => {
    const merge = new RunMerge<string>(2);
    merge.add(1, [dated('n', '2024-01-01')]);
    expect(merge.take(['2024-02-01', undefined])).toEqual([]);
    merge.add(0, [dated('a', '2024-02-01')]);
    expect(merge.take(['2023-01-01', undefined])).toEqual(['a', 'n']);
  });

  it('puts the earlier run’s results first on the same date, and waits for its shard of that date', () => {
    const merge = new RunMerge<string>(2);
    merge.add(1, [dated('n', '2024-01-01')]);
    // The planned run's next shard may hold 2024-01-01 too, whose results come first.
    expect(merge.take(['2024-01-01', undefined])).toEqual([]);
    merge.add(0, [dated('a', '2024-01-01')]);
    // The planned run's results of a date come before the added run's next shard of the same date.
    expect(merge.take(['2024-01-01', '2024-01-01'])).toEqual(['a']);
    // The run's own later shards come after it.
    expect(merge.take([undefined, '2024-01-01'])).toEqual(['n']);
  });

  it('places everything at once with one run: its shards’ order is the results’', () => {
    const merge = new RunMerge<string>(1);
    merge.add(0, [dated('a', ''), dated('b', '')]);
    expect(merge.take(['2024-01-01'])).toEqual(['a', 'b']);
  });
});

describe('dates of a shard', () => {
  it('are listed in runs of one date, in order', () => {
    expect(dateRuns(['2024-01-02', '2024-01-02', '2023-05-06'])).toEqual([
      ['2024-01-02', 2],
      ['2023-05-06', 1],
    ]);
  });

  it('give the date at a position, or the shard’s oldest when it lists none', () => {
    const shard = { name: 's', documents: 3, newest: '2024-01-02', oldest: '2023-05-06' };
    const dates: [string, number][] = [
      ['2024-01-02', 2],
      ['2023-05-06', 1],
    ];
    expect(dateAtPosition({ ...shard, dates }, 1)).toBe('2024-01-02');
    expect(dateAtPosition({ ...shard, dates }, 2)).toBe('2023-05-06');
    expect(dateAtPosition(shard, 0)).toBe('2023-05-06');
    expect(() => dateAtPosition({ ...shard, dates }, 3)).toThrow('none at position 3');
  });
});
