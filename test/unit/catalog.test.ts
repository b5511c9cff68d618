/** The catalog's entry of a document (src/lib/catalog.ts), without a build. */
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../src/lib/catalog.ts';
import type { Report } from '../../src/shared/report-schema.ts';

const record = {
  id: '0123456789ab',
  title: '天目山镇2023年工作总结',
  town: '天目山镇',
  county: '临安区',
  city: '杭州市',
  province: '浙江省',
  date: '2024-01-05',
  publisher: '天目山镇人民政府',
  docType: '工作总结',
  source: { file: 'tianmushan-2023.txt', sha256: 'ab'.repeat(32), encoding: 'utf-8', bytes: 1200 },
  figures: [
    { indicator: '固定资产投资', number: 3.6, unit: '亿元', sentence: '2023年，全镇完成固定资产投资3.6亿元。' },
  ],
} as unknown as Report;

describe('a catalog entry', () => {
  it("holds the record's fields and its addresses, and leaves its key figures to the figures dataset", () => {
    const entry = catalogEntry(record, new Map());
    expect(entry).not.toHaveProperty('figures');
    const { figures: _, ...fields } = record;
    expect(entry).toMatchObject({ ...fields, path: 'reports/0123456789ab/' });
    expect(entry.sourcePath).toContain('0123456789ab');
  });
});
