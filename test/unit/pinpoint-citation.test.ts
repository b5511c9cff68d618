import { describe, expect, it } from 'vitest';
import { apaInText, pinpointMark } from '../../src/shared/pinpoint-citation.ts';

const report = { author: '天目山镇', title: '政府工作报告', date: '2022-05-05' };

describe('a citation of one place in a document', () => {
  it('gives APA 7 the paragraph number as "para. n"', () => {
    expect(apaInText(report, { paragraph: 3 })).toBe('(天目山镇, 2022, para. 3)');
  });

  it('gives APA 7 a section by its heading', () => {
    expect(apaInText(report, { section: '一、总体情况' })).toBe('(天目山镇, 2022, 一、总体情况 section)');
  });

  it('cites the whole document when no place is chosen, by title and n.d. when author and date are unknown', () => {
    expect(apaInText({ ...report, author: null, date: null }, null)).toBe('(政府工作报告, n.d.)');
  });

  it('marks a link with ¶n or §', () => {
    expect(pinpointMark({ paragraph: 12 })).toBe('¶12');
    expect(pinpointMark({ section: '二、主要做法' })).toBe('§ 二、主要做法');
  });
});
