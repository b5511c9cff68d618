import { describe, expect, it } from 'vitest';
import { docTypeOf } from '../../scripts/pipeline/doc-type.ts';
import { Gazetteer, type Place } from '../../scripts/pipeline/places.ts';
import { gazetteer } from '../helpers/pipeline.ts';

const evidence = { publisher: null, title: '', body: '', host: null };

describe('Gazetteer.place', () => {
  it('reads the town from the publisher and infers county, city and province', () => {
    expect(gazetteer.place({ ...evidence, publisher: '下各镇' })).toEqual({
      town: '下各镇',
      county: '仙居县',
      city: '台州市',
      province: '浙江省',
      inferred: ['county', 'city', 'province'],
    });
  });

  it('marks a town named only in the body as inferred', () => {
    expect(gazetteer.place({ ...evidence, body: '弼时镇在市委、市政府的坚强领导下' }).inferred).toEqual([
      'town',
      'county',
      'city',
      'province',
    ]);
  });

  it('tells apart towns of the same name by the site the page came from', () => {
    const row = (county: string, city: string): Place => ({ province: '某省', city, county, town: '城关镇' });
    const places = new Gazetteer(
      [row('甲县', '甲市'), row('乙县', '乙市')],
      new Map([['yi.gov.cn', { province: '某省', city: '乙市', county: '乙县', town: null }]]),
    );
    expect(places.place({ ...evidence, publisher: '城关镇', host: 'www.yi.gov.cn' }).county).toBe('乙县');
    expect(places.place({ ...evidence, publisher: '城关镇' })).toMatchObject({
      town: null,
      problem: expect.stringContaining('several towns'),
    });
  });

  it('keeps a town missing from the gazetteer, places it by site, and says so', () => {
    expect(gazetteer.place({ ...evidence, publisher: '新设镇', host: 'www.zjxj.gov.cn' })).toMatchObject({
      town: '新设镇',
      county: '仙居县',
      problem: expect.stringContaining('gazetteer.csv'),
    });
  });

  it('places a county-level document at the county', () => {
    expect(gazetteer.place({ ...evidence, title: '永嘉县2023年政府信息公开工作年度报告' })).toMatchObject({
      town: null,
      county: '永嘉县',
      city: '温州市',
    });
  });

  it('leaves everything null when nothing is known', () => {
    expect(gazetteer.place(evidence)).toEqual({ town: null, county: null, city: null, province: null, inferred: [] });
  });
});

describe('docTypeOf', () => {
  it.each([
    ['某镇2022年政府信息公开工作年度报告', 'generic', '政府信息公开工作年度报告'],
    ['政府工作报告', 'disclosure-table', '政府工作报告'],
    ['弼时镇2022年工作总结及2023年工作规划', 'source-date', '工作总结'],
    ['某街道2024年工作要点', 'generic', '工作计划'],
    ['金溪镇:蹄疾步稳 筑牢提质强能实线', 'county-news', '新闻报道'],
    ['关于某事的通知', 'generic', null],
  ])('calls %s (%s) %s', (title, layout, type) => {
    expect(docTypeOf(title, layout)).toBe(type);
  });
});
