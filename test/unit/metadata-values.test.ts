import { describe, expect, it } from 'vitest';
import { issuerInTitle } from '../../scripts/converter/helpers/issuer-in-title.ts';
import { dateInLead, dateInUrl, parseDate } from '../../scripts/converter/helpers/metadata-values.ts';

describe('parseDate', () => {
  it.each([
    ['2024-01-16', '2024-01-16'],
    ['2023-01-17 10:21', '2023-01-17'],
    ['2024年04月06日 16:40', '2024-04-06'],
    ['2024年4月6日', '2024-04-06'],
    ['2024/4/6', '2024-04-06'],
    ['2024.04.06', '2024-04-06'],
    ['２０２３年１月１７日', '2023-01-17'],
    ['二〇二三年一月十七日', '2023-01-17'],
    ['二〇二一年十二月二十五日', '2021-12-25'],
    ['2021年12月25日在天目山镇', '2021-12-25'],
  ])('reads %s as %s', (printed, date) => {
    expect(parseDate(printed)).toEqual({ date });
  });

  it('flags a date that does not exist', () => {
    expect(parseDate('2024-13-45')).toEqual({ impossible: '2024-13-45' });
    expect(parseDate('2023-02-29')).toEqual({ impossible: '2023-02-29' });
  });

  it('gives nothing for text that is not a date', () => {
    expect(parseDate('长期')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
  });
});

describe('dateInUrl', () => {
  it('reads dates from the paths government sites use', () => {
    expect(dateInUrl('http://www.zjxj.gov.cn/art/2024/1/10/art_1229311252_3912398.html')).toBe('2024-01-10');
    expect(dateInUrl('http://www.yjnet.cn/system/2020/04/28/013760076.shtml')).toBe('2020-04-28');
  });

  it('finds no date in a path without one', () => {
    expect(dateInUrl('http://miluo.gov.cn/25221/25238/72862/content_2246423.html')).toBeUndefined();
  });
});

describe('dateInLead', () => {
  it.each([
    ['2024年2月20日上午，某乡召开经济工作会议。', '2024-02-20'],
    ['某县新闻网讯（通讯员 王某）2024年2月20日，某乡召开会议。', '2024-02-20'],
    ['本报讯 ２０２４年２月２０日，某乡召开会议。', '2024-02-20'],
    ['2月20日上午，某乡召开经济工作会议。', undefined],
    ['本报告统计期限自2024年1月1日起至12月31日止。', undefined],
    ['2023年，全乡经济平稳增长。', undefined],
  ])('reads %s as %s', (lead, date) => {
    expect(dateInLead(lead)).toBe(date);
  });
});

describe('issuerInTitle: the organisation a title opens with, when no label names one', () => {
  it.each([
    ['某县人民政府工作规则', '某县人民政府'],
    ['岚溪县人民政府关于印发岚溪县2025年民生实事项目安排的通知', '岚溪县人民政府'],
    ['东湖街道办事处2024年工作总结', '东湖街道办事处'],
    ['青山县人民政府办公室关于做好春耕工作的通知', '青山县人民政府办公室'],
    ['某某镇关于<script>alert(1)</script>{title}的说明', '某某镇'],
  ])('%s → %s', (title, issuer) => {
    expect(issuerInTitle(title)).toBe(issuer);
  });

  it.each([
    ['关于印发某县人民政府工作规则的通知', 'the document it issues, not its issuer'],
    ['天目山镇政府工作报告', 'a genre, not an organisation'],
    ['中共某镇委员会 某镇人民政府关于表彰先进的决定', 'two bodies issuing together'],
    ['2023年工作总结', 'no organisation at all'],
    ['县人民政府工作规则', 'a body with no place in its name'],
  ])('%s → null (%s)', (title) => {
    expect(issuerInTitle(title)).toBeNull();
  });
});
