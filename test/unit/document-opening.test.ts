/** The opening of a document's text: its abstract for reference managers when the page gives no summary. */
import { describe, expect, it } from 'vitest';
import { compileBody, openingOf } from '../../src/lib/document-body.ts';

const opening = (...paragraphs: string[]) => openingOf(compileBody(`${paragraphs.join('\n\n')}\n`));

describe('the opening of a document', () => {
  it('passes over a work report’s header and its salutation', () => {
    expect(
      opening(
        '——2021年12月25日在某镇第三届人民代表大会',
        '第一次会议上',
        '张三',
        '各位代表:',
        '现在，我代表镇人民政府向大会报告工作。',
      ),
    ).toBe('现在，我代表镇人民政府向大会报告工作。');
  });

  it('passes over a title printed again above the text', () => {
    expect(opening('政府工作报告', '现在，我代表镇人民政府向大会报告工作。')).toBe(
      '现在，我代表镇人民政府向大会报告工作。',
    );
  });

  it('takes whole paragraphs up to about 200 characters, cut after the last full stop', () => {
    const sentence = '全镇上下克难攻坚，各项工作稳步推进。';
    const text = opening('## 一、总体情况', sentence.repeat(6), sentence.repeat(6));
    expect(text).toBe(sentence.repeat(Math.floor(200 / sentence.length)));
  });

  it('cuts a text without a full stop at 200 characters, marked with an ellipsis', () => {
    expect(opening('甲'.repeat(300))).toBe(`${'甲'.repeat(200)}…`);
  });

  it('is null for a body without paragraphs', () => {
    expect(opening('## 一、总体情况')).toBeNull();
  });
});
