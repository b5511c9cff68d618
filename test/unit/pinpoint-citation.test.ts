import { describe, expect, it } from 'vitest';
import { fillCitation, pinpointMark, STAND_INS } from '../../src/shared/pinpoint-citation.ts';

describe('a citation of one place in a document', () => {
  const template = `天目山镇人民政府. 政府工作报告[EB/OL]. 临安区: 天目山镇人民政府, 2022: ${STAND_INS.at}[${STAND_INS.accessed}]. ${STAND_INS.url}.`;

  it('fills the reader’s date, the place cited and its address into a template', () => {
    expect(fillCitation(template, { url: 'https://a.example/r/#p-1', accessed: '2026-12-04', at: '第4段' })).toBe(
      '天目山镇人民政府. 政府工作报告[EB/OL]. 临安区: 天目山镇人民政府, 2022: 第4段[2026-12-04]. https://a.example/r/#p-1.',
    );
  });

  it('leaves what it is not given, and takes every value as text', () => {
    expect(fillCitation(template, { at: '$& $1' })).toContain('2022: $& $1[');
    expect(fillCitation(template, { at: '$& $1' })).toContain(STAND_INS.accessed);
  });

  it('marks a link with ¶n or §', () => {
    expect(pinpointMark({ paragraph: 12 })).toBe('¶12');
    expect(pinpointMark({ section: '二、主要做法' })).toBe('§ 二、主要做法');
  });
});
