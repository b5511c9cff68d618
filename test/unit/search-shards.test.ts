import { describe, expect, it } from 'vitest';
import { planShards, shardSummary } from '../../scripts/search-index/shards.ts';
import { searchFilters, sortDate } from '../../src/shared/search/filters.ts';

const doc = (id: string, date: string, bytes = 10) => ({ id, sortDate: date, bytes });

describe('planShards', () => {
  it('puts consecutive documents, newest first, into shards within the size budget', () => {
    const shards = planShards([doc('c', '2022-01-01'), doc('a', '2024-01-02'), doc('b', '2023-05-06')], 20);
    expect(shards.map(({ name, documents }) => [name, documents.map(({ id }) => id)])).toEqual([
      ['shard-1', ['a', 'b']],
      ['shard-2', ['c']],
    ]);
  });

  it('orders documents of the same date by id, so the plan never depends on file order', () => {
    const one = planShards([doc('y', '2024-01-01'), doc('x', '2024-01-01')], 10);
    const other = planShards([doc('x', '2024-01-01'), doc('y', '2024-01-01')], 10);
    expect(one).toEqual(other);
    expect(one[0]!.documents[0]!.id).toBe('x');
  });

  it('gives a document larger than the budget a shard of its own rather than leaving it out', () => {
    const shards = planShards([doc('big', '2024-01-01', 500), doc('small', '2023-01-01')], 100);
    expect(shards.map(({ documents }) => documents.map(({ id }) => id))).toEqual([['big'], ['small']]);
  });

  it('starts with a small shard and doubles the budget shard by shard, up to the largest', () => {
    const documents = Array.from({ length: 40 }, (_, at) =>
      doc(`d${String(at).padStart(2, '0')}`, `2024-01-${10 + (at % 10)}`),
    );
    const sizes = planShards(documents, 80, 10).map(({ documents }) => documents.length);
    expect(sizes).toEqual([1, 2, 4, 8, 8, 8, 8, 1]);
  });

  it('lists each shard with its size and the dates it spans', () => {
    const [newest, older] = planShards(
      [doc('a', '2024-03-01'), doc('b', '2023-02-01'), doc('c', '2022-01-01')],
      20,
      10,
    );
    expect(shardSummary(newest!)).toEqual({
      name: 'shard-1',
      documents: 1,
      newest: '2024-03-01',
      oldest: '2024-03-01',
    });
    expect(shardSummary(older!)).toEqual({ name: 'shard-2', documents: 2, newest: '2023-02-01', oldest: '2022-01-01' });
  });

  it('keeps every document exactly once', () => {
    const documents = Array.from({ length: 97 }, (_, at) => doc(`d${at}`, `20${10 + (at % 15)}-01-01`, 1 + (at % 7)));
    const ids = planShards(documents, 25).flatMap((shard) => shard.documents.map(({ id }) => id));
    expect(ids.sort()).toEqual(documents.map(({ id }) => id).sort());
  });

  it('writes one empty shard for an empty archive, so search still loads', () => {
    expect(planShards([], 10)).toEqual([{ name: 'shard-1', documents: [] }]);
  });

  it('refuses a budget of nothing', () => {
    expect(() => planShards([doc('a', '2024-01-01')], 0)).toThrow(/more than 0 bytes/);
  });
});

describe('searchFilters', () => {
  it('names a place by its whole path, since town names repeat across counties', () => {
    const filters = searchFilters({
      province: '浙江省',
      city: '杭州市',
      county: '临安区',
      town: '天目山镇',
      date: '2022-05-05',
      dateWritten: null,
      docType: '政府工作报告',
    });
    expect(filters).toEqual({
      province: ['浙江省'],
      city: ['浙江省 / 杭州市'],
      county: ['浙江省 / 杭州市 / 临安区'],
      town: ['浙江省 / 杭州市 / 临安区 / 天目山镇'],
      year: ['2022'],
      docType: ['政府工作报告'],
    });
  });

  it('leaves out what is unknown, and takes the year from the date written when there is no date', () => {
    const filters = searchFilters({
      province: '湖南省',
      city: null,
      county: null,
      town: null,
      date: null,
      dateWritten: '2021-12-25',
      docType: null,
    });
    expect(filters).toEqual({ province: ['湖南省'], year: ['2021'] });
  });
});

describe('sortDate', () => {
  it('sorts an undated document last', () => {
    expect(sortDate({ date: null, dateWritten: null })).toBe('0000-00-00');
    expect(sortDate({ date: null, dateWritten: '2021-12-25' })).toBe('2021-12-25');
  });
});
