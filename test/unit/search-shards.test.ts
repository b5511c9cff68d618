import { describe, expect, it } from 'vitest';
import { planShards, shardName, shardSummary } from '../../scripts/search-index/shards.ts';
import { searchFilters, sortDate } from '../../src/shared/search/filters.ts';

const doc = (id: string, date: string, bytes = 10) => ({ id, sortDate: date, bytes });

const names = (shards: { name: string; documents: { id: string }[] }[]) =>
  shards.map(({ name, documents }) => [name, documents.map(({ id }) => id)]);

describe('planShards', () => {
  it('puts the documents, newest first, into shards of date ranges named by their dates', () => {
    const shards = planShards([doc('c', '2022-01-01'), doc('a', '2024-01-02'), doc('b', '2023-05-06')], 20, 10);
    expect(names(shards)).toEqual([
      ['2024', ['a']],
      ['2023', ['b']],
      ['2022', ['c']],
    ]);
  });

  it('keeps a whole range in one shard while it fits its budget: all the newer documents, at least the first size', () => {
    const shards = planShards([doc('a', '2024-05-01'), doc('b', '2023-05-06'), doc('c', '2022-01-01')], 40, 30);
    expect(names(shards)).toEqual([['xxxx', ['a', 'b', 'c']]]);
  });

  it('cuts a range too large for its budget by months, then days, then the ids’ first digits', () => {
    const shards = planShards(
      [
        doc('0a', '2024-11-03', 5),
        doc('0b', '2024-11-03', 5),
        doc('1c', '2024-11-03'),
        doc('d', '2024-11-02'),
        doc('e', '2024-10-30'),
        doc('f', '2024-03-01'),
      ],
      10,
      10,
    );
    expect(names(shards)).toEqual([
      ['2024-11-03.0', ['0a', '0b']],
      ['2024-11-03.1', ['1c']],
      ['2024-11-02', ['d']],
      ['2024-10', ['e']],
      ['2024-0x', ['f']],
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
    expect(names(shards)).toEqual([
      ['2024', ['big']],
      ['2023', ['small']],
    ]);
  });

  it('sorts undated documents last, in a range of their own', () => {
    const shards = planShards([doc('u', '0000-00-00'), doc('a', '2024-01-01')], 10);
    expect(names(shards)).toEqual([
      ['2xxx', ['a']],
      ['0xxx', ['u']],
    ]);
  });

  it('lets a new document change only the shard its date falls in, once the newer documents fill the largest budget', () => {
    const archive = Array.from({ length: 400 }, (_, at) =>
      doc(
        (at * 7919).toString(16).padStart(6, '0'),
        `20${18 + (at % 7)}-${String(1 + (at % 12)).padStart(2, '0')}-${String(1 + (at % 28)).padStart(2, '0')}`,
      ),
    );
    const before = planShards(archive, 400, 40);
    // Sealed: the shards after the first 400 bytes of the archive, whose budget is the largest.
    let newer = 0;
    const sealed = before.filter((shard) => {
      const isSealed = newer >= 400;
      newer += shard.documents.length * 10;
      return isSealed;
    });
    expect(sealed.length).toBeGreaterThan(5);
    for (const date of ['2021-06-15', '2019-12-31', '2018-01-01']) {
      const added = doc('ffffff', date);
      const after = planShards([...archive, added], 400, 40);
      const key = `${date.replaceAll('-', '')}ffffff`;
      const changed = sealed.filter(
        (shard) => !after.some((now) => now.name === shard.name && now.documents.length === shard.documents.length),
      );
      // Only the range that holds the new document's date and id.
      expect(changed.map(({ name }) => key.startsWith(name.replace(/[-.]/g, '').replace(/x+$/, '')))).toEqual([true]);
    }
  });

  it('keeps the newest shard within the first size however large the archive grows', () => {
    for (const size of [100, 1000, 5000]) {
      const archive = Array.from({ length: size }, (_, at) =>
        doc(
          `${at.toString(16).padStart(6, '0')}`,
          `20${10 + (at % 15)}-${String(1 + (at % 12)).padStart(2, '0')}-${String(1 + (at % 28)).padStart(2, '0')}`,
        ),
      );
      const [newest] = planShards(archive, 400, 40);
      expect(newest!.documents.reduce((sum, { bytes }) => sum + bytes, 0)).toBeLessThanOrEqual(40);
    }
  });

  it('lists each shard with its size and the dates it spans', () => {
    const [newest, older] = planShards(
      [doc('a', '2024-03-01', 20), doc('b', '2023-02-01'), doc('c', '2023-01-01')],
      20,
      10,
    );
    expect(shardSummary(newest!)).toEqual({ name: '2024', documents: 1, newest: '2024-03-01', oldest: '2024-03-01' });
    expect(shardSummary(older!)).toEqual({ name: '2023', documents: 2, newest: '2023-02-01', oldest: '2023-01-01' });
  });

  it('keeps every document exactly once, and the walk’s order: dates never rise from one shard to the next', () => {
    const documents = Array.from({ length: 97 }, (_, at) => doc(`d${at}`, `20${10 + (at % 15)}-01-01`, 1 + (at % 7)));
    const shards = planShards(documents, 25, 5);
    const ids = shards.flatMap((shard) => shard.documents.map(({ id }) => id));
    expect([...ids].sort()).toEqual(documents.map(({ id }) => id).sort());
    const dates = shards.flatMap((shard) => shard.documents.map(({ sortDate }) => sortDate));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('writes one empty shard for an empty archive, so search still loads', () => {
    expect(planShards([], 10)).toEqual([{ name: 'xxxx', documents: [], budget: 10 }]);
  });

  it('refuses a budget of nothing', () => {
    expect(() => planShards([doc('a', '2024-01-01')], 0)).toThrow(/more than 0 bytes/);
  });
});

describe('shardName', () => {
  it('names a range by its dates, x for the digits it leaves open, then the ids’ first digits', () => {
    expect(['', '2', '202', '2024', '20241', '202410', '2024100', '20241005', '202410057c'].map(shardName)).toEqual([
      'xxxx',
      '2xxx',
      '202x',
      '2024',
      '2024-1x',
      '2024-10',
      '2024-10-0x',
      '2024-10-05',
      '2024-10-05.7c',
    ]);
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
