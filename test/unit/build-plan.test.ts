/** The plan of a build in parts, and which build writes which page. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Joining, type PlanRecord, planParts } from '../../scripts/parts/plan.ts';
import { provinceRegions } from '../../scripts/parts/regions.ts';
import { loadedIds, partNames } from '../../src/lib/parts/build-plan.ts';
import { pageOwners } from '../../src/lib/parts/page-owner.ts';
import { buildPart } from '../../src/lib/site-config.ts';
import { temporaryFolder } from '../helpers/run.ts';

const record = (n: number, province: string | null, city: string | null, previousVersion?: string): PlanRecord => ({
  id: n.toString(16).padStart(12, '0'),
  province,
  city,
  previousVersion,
  digest: String(n).repeat(64).slice(0, 64),
});

const archive = [
  record(1, '浙江省', '杭州市'),
  record(2, '浙江省', '温州市'),
  record(3, '浙江省', null),
  record(4, '湖南省', '岳阳市'),
  record(5, null, null),
];
const summary = (records: PlanRecord[], splitAbove: number, join?: Joining) =>
  planParts(records, splitAbove, join).parts.map(({ name, places, ids }) => ({
    name,
    places,
    ids: ids.map(Number),
  }));

describe('the plan of a build in parts', () => {
  it('makes a part of each province, and one of the documents without a province', () => {
    expect(summary(archive, 10)).toEqual([
      { name: '未定位', places: [['未定位']], ids: [5] },
      { name: '浙江省', places: [['浙江省']], ids: [1, 2, 3] },
      { name: '湖南省', places: [['湖南省']], ids: [4] },
    ]);
  });

  it('splits a province above the threshold by city, its documents without a city a part of their own', () => {
    expect(summary(archive, 2).map(({ name }) => name)).toEqual([
      '未定位',
      '浙江省-未定位',
      '浙江省-杭州市',
      '浙江省-温州市',
      '湖南省',
    ]);
    expect(summary(archive, 2)[2]).toEqual({ name: '浙江省-杭州市', places: [['浙江省', '杭州市']], ids: [1] });
  });

  it('joins the provinces below a size with the others of their region, in a part named after it', () => {
    const regions = new Map([
      ['上海市', '华东'],
      ['江苏省', '华东'],
      ['浙江省', '华东'],
      ['湖南省', '中南'],
    ]);
    const join = (below: number) => ({ below, regionOf: (province: string) => regions.get(province) });
    const small = [...archive, record(6, '江苏省', '无锡市'), record(7, '江苏省', '无锡市'), record(8, '上海市', null)];
    // Below 3: 上海市 (1) and 江苏省 (2) of 华东, 湖南省 (1) of 中南; not 浙江省 (3).
    expect(summary(small, 10, join(3))).toEqual([
      { name: '中南', places: [['湖南省']], ids: [4] },
      { name: '华东', places: [['上海市'], ['江苏省']], ids: [6, 7, 8] },
      { name: '未定位', places: [['未定位']], ids: [5] },
      { name: '浙江省', places: [['浙江省']], ids: [1, 2, 3] },
    ]);
    // A province above the split threshold is split, not joined; the documents without a province, and a province
    // of no known region, are never joined; joining below 1 joins nothing.
    expect(summary(small, 2, join(100)).map(({ name }) => name)).toEqual([
      '中南',
      '华东',
      '未定位',
      '浙江省-未定位',
      '浙江省-杭州市',
      '浙江省-温州市',
    ]);
    expect(summary([...small, record(9, '台湾省', null)], 10, join(100)).map(({ name }) => name)).toEqual([
      '中南',
      '华东',
      '台湾省',
      '未定位',
    ]);
    expect(summary(small, 10, join(1))).toEqual(summary(small, 10));
  });

  it('keeps a region part its name as its provinces gain documents, until one of them is large enough alone', () => {
    const regionOf = (province: string) => ({ 上海市: '华东', 江苏省: '华东' })[province];
    const names = (records: PlanRecord[]) =>
      planParts(records, 10, { below: 3, regionOf }).parts.map(({ name }) => name);
    const before = [record(1, '上海市', null), record(2, '江苏省', null)];
    expect(names(before)).toEqual(['华东']);
    expect(names([...before, record(3, '上海市', null)])).toEqual(['华东']);
    expect(names([...before, record(3, '上海市', null), record(4, '上海市', null)])).toEqual(['上海市', '华东']);
  });

  it('names the same parts whatever the order of the records', () => {
    expect(planParts([...archive].reverse(), 2)).toEqual(planParts(archive, 2));
  });

  it("changes only the digest of the part whose document changed, for reusing the others' output", () => {
    const changed = archive.map((item) => (item.id.endsWith('4') ? { ...item, digest: 'f'.repeat(64) } : item));
    const before = planParts(archive, 10).parts;
    const after = planParts(changed, 10).parts;
    expect(after.map((part, at) => part.digest === before[at]!.digest)).toEqual([true, true, false]);
  });

  it("gives a part the other versions of its documents' pages, placed elsewhere, as guests", () => {
    const moved = [...archive, record(6, '湖南省', '岳阳市', record(1, null, null).id)];
    const parts = planParts(moved, 10).parts;
    expect(parts.find(({ name }) => name === '浙江省')!.guests).toEqual([record(6, null, null).id]);
    expect(parts.find(({ name }) => name === '湖南省')!.guests).toEqual([record(1, null, null).id]);
    expect(parts.find(({ name }) => name === '未定位')!.guests).toEqual([]);
  });
});

describe('the owner of a page', () => {
  const plan = planParts(archive, 2);
  const ownerOf = pageOwners(plan);
  const id = (n: number) => record(n, null, null).id;

  it("is the part of the document, for the document's pages and files", () => {
    expect(ownerOf('src/pages/reports/[id].astro', `/reports/${id(1)}/`)).toBe('浙江省-杭州市');
    expect(ownerOf('src/pages/reports/[id].astro', `/reports/${id(2)}/`)).toBe('浙江省-温州市');
    expect(ownerOf('src/pages/sources/[source].ts', `/sources/${id(5)}.html.txt`)).toBe('未定位');
    expect(ownerOf('src/pages/sources/[id]/attachments/[name].ts', `/sources/${id(4)}/attachments/a.pdf`)).toBe(
      '湖南省',
    );
  });

  it('is the part of the place for a place page, and the archive build above a split province', () => {
    expect(ownerOf('src/pages/places/[...path].astro', '/places/湖南省/岳阳市/')).toBe('湖南省');
    expect(ownerOf('src/pages/places/[...path].astro', '/places/浙江省/杭州市/')).toBe('浙江省-杭州市');
    expect(ownerOf('src/pages/places/[...path].astro', '/places/浙江省/')).toBe('archive');
  });

  it("is the region's part for the pages and the figures CSV of a province joined with others", () => {
    const regions = provinceRegions();
    const joined = pageOwners(
      planParts([...archive, record(8, '湖北省', null)], 10, { below: 2, regionOf: (name) => regions.get(name) }),
    );
    expect(joined('src/pages/places/[...path].astro', '/places/湖南省/岳阳市/')).toBe('中南');
    expect(joined('src/pages/places/[...path].astro', '/places/湖北省/')).toBe('中南');
    expect(joined('src/pages/figures/[table].csv.ts', '/figures/湖北省-2023.csv')).toBe('中南');
    expect(joined('src/pages/reports/[id].astro', `/reports/${id(4)}/`)).toBe('中南');
    expect(joined('src/pages/places/[...path].astro', '/places/浙江省/')).toBe('浙江省');
  });

  it("is the province's part for its figures CSV, and the archive build for a split province's", () => {
    expect(ownerOf('src/pages/figures/[table].csv.ts', '/figures/湖南省-2024.csv')).toBe('湖南省');
    expect(ownerOf('src/pages/figures/[table].csv.ts', '/figures/未定位-年份不详.csv')).toBe('未定位');
    expect(ownerOf('src/pages/figures/[table].csv.ts', '/figures/浙江省-2024.csv')).toBe('archive');
    expect(ownerOf('src/pages/figures/csv-metadata.json.ts', '/figures/csv-metadata.json')).toBe('archive');
  });

  it('is the archive build for every other page', () => {
    for (const [component, path] of [
      ['src/pages/index.astro', '/'],
      ['src/pages/years/[year]/[...page].astro', '/years/2024/'],
      ['src/pages/sources/SHA256SUMS.ts', '/sources/SHA256SUMS'],
      ['src/pages/oai.xml.ts', '/oai.xml'],
    ] as const)
      expect(ownerOf(component, path)).toBe('archive');
  });

  it('refuses a document the plan does not know: the plan is older than the documents', () => {
    expect(() => ownerOf('src/pages/reports/[id].astro', `/reports/${id(99)}/`)).toThrow(/in no part.*plan again/);
  });
});

describe('the part a build writes', () => {
  it('is the whole site without ZHENDANG_PART, and a part of the plan in ZHENDANG_PART_PLAN with it', () => {
    const planFile = join(temporaryFolder(), 'plan.json');
    writeFileSync(planFile, JSON.stringify(planParts(archive, 10)));
    expect(buildPart({})).toBeNull();
    const part = buildPart({ ZHENDANG_PART: '湖南省', ZHENDANG_PART_PLAN: planFile })!;
    expect([...loadedIds(part.plan, part.name)!]).toEqual([record(4, null, null).id]);
    expect(loadedIds(part.plan, 'archive')).toBeNull();
    expect(partNames(part.plan)).toEqual(['未定位', '浙江省', '湖南省', 'archive']);
    expect(() => loadedIds(part.plan, '江苏省')).toThrow(/no part "江苏省"/);
    expect(() => buildPart({ ZHENDANG_PART: '湖南省' })).toThrow(/needs ZHENDANG_PART_PLAN/);
    writeFileSync(planFile, JSON.stringify({ splitAbove: 0, joinBelow: 0, parts: [] }));
    expect(() => buildPart({ ZHENDANG_PART: '湖南省', ZHENDANG_PART_PLAN: planFile })).toThrow(/plan.json: splitAbove/);
  });
});

describe('the regions small provinces are joined by', () => {
  it("are GB/T 2260's, from the first digit of each province's code", () => {
    const regions = provinceRegions();
    expect(regions.size).toBe(31);
    expect(
      ['北京市', '辽宁省', '上海市', '湖南省', '广东省', '四川省', '新疆维吾尔自治区'].map((name) => regions.get(name)),
    ).toEqual(['华北', '东北', '华东', '中南', '中南', '西南', '西北']);
  });
});
