import { describe, expect, it } from 'vitest';
import { docTypeOf } from '../../scripts/converter/helpers/doc-type.ts';
import { Gazetteer } from '../../scripts/converter/helpers/gazetteer.ts';
import { type PlaceEvidence, placeDocument } from '../../scripts/converter/helpers/places.ts';
import { gazetteer } from '../helpers/pipeline.ts';

const evidence = { publisher: null, title: '', header: '', body: '', host: null };
const place = (given: Partial<PlaceEvidence>) => placeDocument(gazetteer, { ...evidence, ...given });

describe('placeDocument with the national gazetteer', () => {
  it('reads the town from the publisher and infers county, city, province and the town code', () => {
    expect(place({ publisher: '下各镇' })).toEqual({
      town: '下各镇',
      county: '仙居县',
      city: '台州市',
      province: '浙江省',
      placeCode: '331024106',
      inferred: ['county', 'city', 'province'],
    });
  });

  it('marks a town named only in the body as inferred, and takes the one the body names most', () => {
    const body = '弼时镇在市委、市政府的坚强领导下，弼时镇全镇上下……与白水镇共建';
    expect(place({ body })).toMatchObject({ town: '弼时镇', inferred: ['town', 'county', 'city', 'province'] });
    expect(place({ body: '弼时镇与白水镇共建' }).town).toBeNull();
  });

  it('splits a printed name that carries its county, in simplified or traditional characters', () => {
    for (const publisher of ['桐庐县分水镇人民政府', '桐廬縣分水鎮人民政府', '桐廬縣(xiàn)分水鎮']) {
      expect(place({ publisher })).toMatchObject({
        town: '分水镇',
        county: '桐庐县',
        city: '杭州市',
        province: '浙江省',
      });
    }
  });

  it('tells apart towns of the same name by the county or city the page names', () => {
    expect(place({ publisher: '清远市连州市西岸镇人民政府' })).toMatchObject({ county: '连州市', city: '清远市' });
    expect(place({ title: '西岸镇2023年工作总结', body: '在连州市委、市政府的领导下' })).toMatchObject({
      town: '西岸镇',
      county: '连州市',
    });
  });

  it('tells apart towns of the same name by the county portal the page came from', () => {
    expect(place({ publisher: '城关镇', host: 'www.zjxj.gov.cn' }).county).toBeNull(); // 仙居县 has no 城关镇
    expect(place({ publisher: '桥头镇', host: 'www.yjnet.cn' })).toMatchObject({
      county: '永嘉县',
      placeCode: '330324102',
    });
  });

  it('never guesses among towns of the same name: the parents stay null and the candidates are listed', () => {
    const result = place({ publisher: '城关镇人民政府' });
    expect(result).toMatchObject({ town: '城关镇', county: null, city: null, province: null, placeCode: null });
    expect(result.problem).toMatch(/城关镇 is the name of \d+ towns/);
  });

  it('keeps a town missing from the gazetteer, places it by site, and says so', () => {
    expect(place({ publisher: '新设镇', host: 'www.zjxj.gov.cn' })).toMatchObject({
      town: '新设镇',
      county: '仙居县',
      problem: expect.stringContaining('gazetteer-overlay.csv'),
    });
  });

  it('places a county-level document at the county, whatever towns its text names', () => {
    expect(
      place({ title: '永嘉县2023年政府信息公开工作年度报告', body: '金溪镇、金溪镇、桥头镇完成……' }),
    ).toMatchObject({ town: null, county: '永嘉县', city: '温州市', province: '浙江省', placeCode: '330324' });
  });

  it('places a county page that names its county only in the text, when the text names it most', () => {
    const body = '1月14日，参加陆良县第十八届人民代表大会第一次会议的代表……一致认为陆良县人民政府工作报告内容详实。';
    expect(place({ title: '县人大代表分组讨论', body })).toMatchObject({
      town: null,
      county: '陆良县',
      city: '曲靖市',
      province: '云南省',
      inferred: ['county', 'city', 'province'],
    });
    expect(place({ title: '县人大代表分组讨论', body: '参加陆良县会议的代表' }).county).toBeNull();
    expect(place({ title: '县人大代表分组讨论', body: '陆良县、陆良县与师宗县、师宗县' }).county).toBeNull();
  });

  it('tells apart towns of the same name, last, by the short name of a city the text uses (西安火车站)', () => {
    const title = '太华路街道召开目标责任落实大会';
    expect(place({ title, body: '推进西安火车站北广场改造。' })).toMatchObject({ county: '新城区', city: '西安市' });
    expect(place({ title, body: '推进火车站北广场改造。' })).toMatchObject({ county: null, city: null });
  });

  it('does not read ordinary words as places (乡镇, 城镇, 提高县域, 开发区)', () => {
    expect(place({ body: '全镇乡镇干部推进城镇建设，提高县域经济，建设开发区和城区' })).toMatchObject({
      town: null,
      county: null,
    });
  });

  it('leaves everything null when nothing is known', () => {
    expect(place(evidence)).toEqual({
      town: null,
      county: null,
      city: null,
      province: null,
      placeCode: null,
      inferred: [],
    });
  });
});

describe('Gazetteer', () => {
  const small = new Gazetteer(
    [
      { code: '33', name: '某省', level: 'province' },
      { code: '3301', name: '某市', level: 'city' },
      { code: '330101', name: '某县', level: 'county' },
      { code: '330101101', name: '新合镇', level: 'town' },
    ],
    [['330101101', '旧甲镇']],
  );

  it('finds a former name from the overlay as the town it became', () => {
    expect(small.mentions('旧甲镇人民政府').map(({ divisions }) => divisions[0]!.code)).toEqual(['330101101']);
  });

  it('refuses an overlay row whose code is not a division', () => {
    expect(() => new Gazetteer([], [['999999999', '无名镇']])).toThrow(/999999999/);
  });

  it('reads the places a host name spells: in full, at its end, after a province, or by initials', () => {
    const named = (host: string) => gazetteer.hostPlaces(host).map(({ name }) => name);
    expect(named('www.longyou.gov.cn')).toEqual(['龙游县']);
    expect(named('www.jinrifangxian.com')).toContain('房县');
    expect(named('hbdaye.gov.cn')).toEqual(['大冶市']);
    expect(named('www.zjwy.gov.cn')).toEqual(['武义县']);
    expect(named('www.example.gov.cn')).toEqual([]);
  });

  it('does not take a town begun inside a city’s name for a place (洛市镇 across 商洛市镇安县)', () => {
    expect(gazetteer.mentions('商洛市镇安县米粮镇').map(({ name }) => name)).toEqual(['商洛市', '镇安县', '米粮镇']);
  });

  it('does not take a name inside a longer one for a place of its own (乌镇 in 乌镇镇)', () => {
    expect(gazetteer.mentions('乌镇镇人民政府').map(({ name }) => name)).toEqual(['乌镇镇']);
  });

  it('knows a town by its everyday name: an ethnic township without its people, a Beijing area as a town', () => {
    // The record keeps the name the page uses; placeCode says which town of the code list it is.
    expect(place({ publisher: '隆阳区杨柳乡人民政府' })).toMatchObject({
      town: '杨柳乡',
      county: '隆阳区',
      placeCode: '530502209',
    });
    expect(place({ publisher: '西红门镇', title: '北京市大兴区西红门镇政府工作报告' })).toMatchObject({
      town: '西红门镇',
      county: '大兴区',
      placeCode: '110115007',
    });
  });

  it('knows an ethnic township printed with its people where the code list leaves them out (胡集回族乡, 胡集乡)', () => {
    expect(place({ title: '胡集回族乡召开秋收工作会议', publisher: '民权县融媒体中心' })).toMatchObject({
      town: '胡集回族乡',
      county: '民权县',
      placeCode: '411421207',
    });
  });

  it('knows an ethnic township of the code list by its everyday name, whatever its people (阿什里哈萨克民族乡)', () => {
    expect(place({ title: '昌吉市阿什里乡2025年工作总结' })).toMatchObject({ town: '阿什里乡', county: '昌吉市' });
  });

  it('does not place a town read with its people taken off unless the page names its county or city', () => {
    // 大泉乡 is a town of other counties: a 大泉回族乡 of 奇台县 would not be it.
    expect(place({ title: '奇台县大泉回族乡2024年工作总结' })).toMatchObject({ town: null, county: '奇台县' });
  });

  it('reads the town of a report published to the public (现向社会公布…) from that sentence', () => {
    const body = '根据《条例》,现向社会公布镇安县米粮镇2023年度政府信息公开年度报告,由镇党政办公室编制。';
    expect(place({ publisher: '镇安县政府', body })).toMatchObject({ town: '米粮镇', county: '镇安县' });
  });

  it('keeps a town the code list lacks under the one county the page names, and places it there', () => {
    // The code list has six 沿江街道, none in 高港区.
    expect(place({ publisher: '沿江街道', title: '泰州市高港区人民政府沿江街道办事处2025年工作总结' })).toMatchObject({
      town: '沿江街道',
      county: '高港区',
      city: '泰州市',
      placeCode: null,
    });
  });

  it('places a town the code list lacks by the county printed before it, when the title names the town too', () => {
    const body = '10月25日,平昌县鹿鸣镇召开第十四届人民代表大会。';
    expect(place({ title: '鹿鸣镇第十四届人民代表大会召开', body })).toMatchObject({
      town: '鹿鸣镇',
      county: '平昌县',
      city: '巴中市',
      placeCode: null,
    });
    // Not when the title names another place: a county's town in passing is not the page's.
    expect(place({ title: '全县人代会召开', body }).town).toBeNull();
  });

  it('reads the town of a report printed without its title from the sentence that names the report', () => {
    const body = '根据《条例》规定,现将商洛市镇安县米粮镇2023年政府信息公开工作年度报告予以公开发布。本报告所列数据……';
    // Published by the county, yet the town's own report; 洛市镇 inside 商洛市镇安县 is no town of the page.
    expect(place({ publisher: '镇安县政府', body })).toMatchObject({
      town: '米粮镇',
      county: '镇安县',
      city: '商洛市',
    });
  });

  it('loads the national data: every province, and tens of thousands of towns', () => {
    const levels = [...gazetteer.divisions.values()].map(({ level }) => level);
    expect(levels.filter((level) => level === 'province')).toHaveLength(31);
    expect(levels.filter((level) => level === 'town').length).toBeGreaterThan(40_000);
  });
});

describe('docTypeOf', () => {
  it.each([
    ['某镇2022年政府信息公开工作年度报告', 'generic', '政府信息公开工作年度报告'],
    ['政府工作报告', 'disclosure-table', '政府工作报告'],
    ['弼时镇2022年工作总结及2023年工作规划', 'source-date', '工作总结'],
    ['某街道2024年工作要点', 'generic', '工作计划'],
    ['金溪镇:蹄疾步稳 筑牢提质强能实线', 'county-news', '新闻报道'],
    ['2024年某镇人民政府工作报告', 'county-news', '政府工作报告'],
    ['关于印发2024年政府工作报告的通知', 'generic', '政府工作报告'],
    ['关于印发《某镇2024年工作要点》的通知', 'generic', '工作计划'],
    ['关于开展汛期安全检查的通知', 'generic', '通知'],
    ['某镇关于征收土地的公告', 'generic', '公告'],
    ['某镇第十七届人民代表大会第六次会议关于政府工作报告的决议(通过)', 'generic', '决议'],
    ['某镇2024年财政预算执行情况和2025年财政预算草案的报告', 'generic', '预算'],
    ['某镇2023年财政决算', 'generic', '决算'],
    ['《某镇2023年政府信息公开工作年度报告》解读', 'generic', '政策解读'],
    ['某镇2023年法治政府建设年度报告', 'generic', '年度报告'],
    ['点击收听年报语音朗读', 'generic', null],
    ['某镇公布2024年十项民生实事', 'generic', '新闻报道'],
    ['某县人民政府工作规则', 'generic', '规则'],
    ['代表团分组讨论《政府工作报告》', 'generic', '新闻报道'],
    ['某镇召开2023年工作总结大会', 'generic', '新闻报道'],
    ['某镇第十八届人民代表大会第三次会议公报', 'generic', '会议公报'],
    ['某某事项', 'generic', null],
  ])('calls %s (%s) %s', (title, layout, type) => {
    expect(docTypeOf({ title, layout })).toBe(type);
  });

  it('takes a news site’s layout for news, except in its disclosure section (首页 > 政务公开 > 统计信息)', () => {
    const figures = { title: '天目山镇2023年主要经济指标完成情况', layout: 'county-news' };
    expect(docTypeOf(figures)).toBe('新闻报道');
    expect(docTypeOf({ ...figures, breadcrumb: '首页 > 政务公开 > 统计信息' })).toBeNull();
    expect(docTypeOf({ ...figures, breadcrumb: '首页 > 新闻中心 > 乡镇动态' })).toBe('新闻报道');
  });

  it('reads a news item by its lead or its byline, a report by its speech header or its opening', () => {
    expect(docTypeOf({ title: '某镇人大', layout: 'generic', bodyStart: '本报讯 1月5日，某镇召开…' })).toBe('新闻报道');
    expect(docTypeOf({ title: '某镇人大', layout: 'generic', newsChrome: true })).toBe('新闻报道');
    expect(docTypeOf({ title: '报告', layout: 'generic', speechAtCongress: true })).toBe('政府工作报告');
    expect(docTypeOf({ title: '', layout: 'generic', bodyStart: '现公布某乡2025年政府信息公开工作年度报告。' })).toBe(
      '政府信息公开工作年度报告',
    );
    expect(docTypeOf({ title: '', layout: 'generic', bodyStart: '某县新闻网讯(通讯员 某某) 4月12日，某乡召开…' })).toBe(
      '新闻报道',
    );
    expect(
      docTypeOf({ title: '', layout: 'generic', bodyStart: '一、总体情况根据上级要求，某镇做好政府信息主动公开…' }),
    ).toBe('政府信息公开工作年度报告');
    const announcing = '根据《中华人民共和国政府信息公开条例》第五十条规定，现公布某乡2025年政府信息公开工作年度报告。';
    expect(docTypeOf({ title: announcing.slice(0, 40), layout: 'generic', bodyStart: announcing })).toBe(
      '政府信息公开工作年度报告',
    );
  });
});
