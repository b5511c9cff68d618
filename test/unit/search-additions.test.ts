import { describe, expect, it } from 'vitest';
import { baseLayout, planWithAdditions } from '../../scripts/search-index/additions.ts';
import { dateRuns, planShards } from '../../scripts/search-index/shards.ts';
import { AddedPlacement, dateAtPosition } from '../../src/browser/search/added-results.ts';
import { ADDED } from '../../src/shared/search/shards.ts';

const doc = (id: string, sortDate: string, sha256 = `sha-${id}`, bytes = 10) => ({ id, sortDate, bytes, sha256 });
const PLANNER = 'code 40 4 5000';

/** The layout's shards as names and ids, and the additions' ids. */
function summary(layout: ReturnType<typeof planWithAdditions>) {
  return {
    shards: layout.shards.map(({ name, documents }) => [name, documents.map(({ id }) => id)]),
    added: layout.added?.documents.map(({ id }) => id) ?? null,
  };
}

describe('planWithAdditions', () => {
  const first = [doc('a', '2024-05-01'), doc('b', '2023-05-06'), doc('c', '2022-01-01')];
  const planned = planShards(first, 10);
  const base = baseLayout(PLANNER, planned);

  it('keeps the shards planned before and puts the new documents, of any dates, into the additions shard, newest first', () => {
    const now = [...first, doc('old', '2021-03-03'), doc('new', '2025-01-01')];
    const layout = planWithAdditions(planShards(now, 10), base, PLANNER, now, 100);
    expect(summary(layout)).toEqual({
      shards: [
        ['2024', ['a']],
        ['2023', ['b']],
        ['2022', ['c']],
      ],
      added: ['new', 'old'],
    });
    expect(layout.added?.name).toBe(ADDED);
    expect(layout.replanned).toBeNull();
  });

  it('has no additions shard when nothing is new', () => {
    const layout = planWithAdditions(planned, base, PLANNER, first, 100);
    expect(layout.added).toBeNull();
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
    const layout = planWithAdditions(whole, kept, planner, now, limit);
    expect(layout.shards).toBe(whole);
    expect(layout.added).toBeNull();
    expect(layout.replanned).toContain(why);
  });
});

describe('AddedPlacement', () => {
  const dated = (item: string, date: string) => ({ item, date });

  it('places the added results newer than the next shard among the shard’s, and keeps the rest back', () => {
    const placing = new AddedPlacement([dated('n', '2024-03-02'), dated('o', '2023-01-01')]);
    expect(placing.place([dated('a', '2024-05-01'), dated('b', '2024-01-01')], '2023-06-30')).toEqual(['a', 'n', 'b']);
    expect(placing.place([dated('c', '2023-06-30')], '2022-12-31')).toEqual(['c', 'o']);
    expect(placing.place([], undefined)).toEqual([]);
  });

  it('puts a shard’s results before the added ones of the same date, and holds back those of the next shard’s newest date', () => {
    const placing = new AddedPlacement([dated('n', '2024-01-01')]);
    expect(placing.place([dated('a', '2024-01-01')], '2024-01-01')).toEqual(['a']);
    expect(placing.place([dated('b', '2024-01-01')], '2023-01-01')).toEqual(['b', 'n']);
  });

  it('places every added result still held once no shard is left', () => {
    const placing = new AddedPlacement([dated('n', '2024-01-01'), dated('o', '2001-01-01')]);
    expect(placing.place([], undefined)).toEqual(['n', 'o']);
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
