/** Splitting an archive too large for one OAI-PMH static repository along its places. */
import { describe, expect, it } from 'vitest';
import { partitionRecords } from '../../src/lib/oai/partition.ts';
import { UNPLACED } from '../../src/shared/record-facts.ts';
import type { Report } from '../../src/shared/report-schema.ts';

const record = (id: number, province: string | null, city: string | null = null): Report =>
  ({ id: String(id).padStart(12, '0'), province, city, county: null, town: null }) as Report;

const sizes = (parts: ReturnType<typeof partitionRecords>) =>
  parts.map(({ key, records }) => [key.join('/'), records.length]);

describe('partitionRecords', () => {
  it('keeps an archive within the limit as one repository', () => {
    expect(sizes(partitionRecords([record(1, '浙江省'), record(2, '湖南省')], 2))).toEqual([['', 2]]);
  });

  it('splits by province above the limit, and a province still too large by city', () => {
    const records = [
      record(1, '浙江省', '温州市'),
      record(2, '浙江省', '温州市'),
      record(3, '浙江省', '台州市'),
      record(4, '湖南省', '岳阳市'),
    ];
    expect(sizes(partitionRecords(records, 2))).toEqual([
      ['浙江省/台州市', 1],
      ['浙江省/温州市', 2],
      ['湖南省', 1],
    ]);
  });

  it('groups records of no known place together, and numbers the parts of a group no place can split', () => {
    const records = [1, 2, 3].map((id) => record(id, null));
    expect(sizes(partitionRecords(records, 2))).toEqual([
      [`${UNPLACED}/1`, 2],
      [`${UNPLACED}/2`, 1],
    ]);
  });

  it('puts every record in exactly one repository, none over the limit', () => {
    const records = Array.from({ length: 50 }, (_, id) =>
      record(id, ['浙江省', '湖南省', null][id % 3]!, `市${id % 4}`),
    );
    const parts = partitionRecords(records, 7);
    expect(parts.flatMap((part) => part.records.map((entry) => entry.id)).sort()).toEqual(
      records.map((entry) => entry.id).sort(),
    );
    for (const part of parts) expect(part.records.length).toBeLessThanOrEqual(7);
  });
});
