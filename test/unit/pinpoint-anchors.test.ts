import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/lib/document-body.ts';
import { paragraphAnchor } from '../../src/lib/pinpoint-anchors.ts';
import { speechHeaderLength } from '../../src/shared/speech-header.ts';

const SPEECH = [
  '——2021年12月25日在天目山镇第三届人民代表大会',
  '第一次会议上',
  '楼晓燕',
  '各位代表：',
  '现在，我代表镇人民政府向大会报告工作，请予审议。',
];

describe('a speech header', () => {
  it('is the dash line and the short unpunctuated lines after it', () => {
    expect(speechHeaderLength(SPEECH)).toBe(3);
  });

  it('is not there when the body does not open with a dash line', () => {
    expect(speechHeaderLength(['今年以来，金溪镇全面落实省委决策部署。', '楼晓燕'])).toBe(0);
    expect(speechHeaderLength([])).toBe(0);
  });
});

describe('pinpoints in a rendered body', () => {
  it('numbers the paragraphs after a speech header, and anchors the header lines too', () => {
    const { html } = renderBody(`${SPEECH.join('\n\n')}\n`);
    const pins = [...html.matchAll(/class="pin"[^>]*>(¶\d+)</g)].map((match) => match[1]);
    expect(pins).toEqual(['¶1', '¶2']);
    for (const line of SPEECH) expect(html).toContain(`id="${paragraphAnchor(line)}"`);
    expect(html.match(/class="speech-header"/g)).toHaveLength(3);
  });

  it('anchors headings by their place in the outline, and keeps the anchor of their text', () => {
    const { html, headings } = renderBody(
      '## 一、总体情况\n\n正文。\n\n### （一）经济\n\n正文二。\n\n## 二、明年打算\n\n正文三。\n',
    );
    expect(headings.map(({ slug }) => slug)).toEqual(['s-1', 's-1-1', 's-2']);
    expect(html).toContain('<h2 id="s-1"><span id="一总体情况" class="alias"></span>一、总体情况</h2>');
    expect(html).toContain('href="#s-1-1"');
  });
});
