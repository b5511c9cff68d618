/**
 * The search filters' choices: counted from the records (src/lib/filter-choices.ts), a province's counties and towns
 * in a file of their own, and which of those files the search page needs (src/browser/search/filter-lists.ts).
 */
import { describe, expect, it } from 'vitest';
import { addProvinceChoices, type FilterChoices, provincesNeeded } from '../../src/browser/search/filter-lists.ts';
import { filterChoices } from '../../src/lib/filter-choices.ts';

const record = (province: string, city: string, county: string, town: string, date: string) => ({
  province,
  city,
  county,
  town,
  date,
  dateWritten: null,
  docType: '工作总结',
});

describe('the choices of the search filters', () => {
  const choices = filterChoices([
    record('浙江省', '杭州市', '临安区', '天目山镇', '2022-05-05'),
    record('浙江省', '温州市', '永嘉县', '金溪镇', '2024-01-17'),
    record('湖南省', '岳阳市', '汨罗市', '弼时镇', '2023-01-02'),
    record('浙江省', '杭州市', '临安区', '天目山镇', '2023-05-05'),
  ]);

  it('counts each value, places by their whole path, years newest first', () => {
    expect(choices.province).toEqual([
      ['湖南省', 1],
      ['浙江省', 3],
    ]);
    expect(choices.town).toContainEqual(['浙江省 / 杭州市 / 临安区 / 天目山镇', 2]);
    expect(choices.year.map(([year]) => year)).toEqual(['2024', '2023', '2022']);
  });

  it("needs the chosen province's file, or the province of a place chosen by its path", () => {
    const provinces = ['湖南省', '浙江省'];
    const chosen = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    expect(provincesNeeded(chosen({}), provinces)).toEqual([]);
    expect(provincesNeeded(chosen({ province: '浙江省' }), provinces)).toEqual(['浙江省']);
    expect(provincesNeeded(chosen({ town: '湖南省 / 岳阳市 / 汨罗市 / 弼时镇' }), provinces)).toEqual(['湖南省']);
    // A town named without its path, as addresses did before: it may be in any province.
    expect(provincesNeeded(chosen({ town: '弼时镇' }), provinces)).toEqual(provinces);
  });

  it("adds a province's counties and towns to the lists in pinyin order", () => {
    const lists: FilterChoices = { province: choices.province };
    addProvinceChoices(lists, { town: [['浙江省 / 温州市 / 永嘉县 / 金溪镇', 1]] });
    addProvinceChoices(lists, { town: [['湖南省 / 岳阳市 / 汨罗市 / 弼时镇', 1]] });
    expect(lists.town!.map(([town]) => town)).toEqual([
      '湖南省 / 岳阳市 / 汨罗市 / 弼时镇',
      '浙江省 / 温州市 / 永嘉县 / 金溪镇',
    ]);
  });
});
