import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/lib/document-body.ts';
import { paragraphAnchor } from '../../src/lib/pinpoint-anchors.ts';
import { findSpeechHeader } from '../../src/shared/speech-header.ts';

const SPEECH = [
  '——2021年12月25日在天目山镇第三届人民代表大会',
  '第一次会议上',
  '楼晓燕',
  '各位代表：',
  '现在，我代表镇人民政府向大会报告工作，请予审议。',
];

describe('a speech header', () => {
  it('is the meeting line, its continuation and the speaker, read once for the converter and the site', () => {
    expect(findSpeechHeader(SPEECH)).toEqual({
      start: 0,
      length: 3,
      meeting: '——2021年12月25日在天目山镇第三届人民代表大会第一次会议上',
      date: '2021年12月25日',
      dateIndex: 0,
      speaker: '楼晓燕',
    });
  });

  it('takes in a date printed on a line of its own', () => {
    const header = findSpeechHeader([
      '——在某某镇第四届人民代表大会第三次会议上',
      '某某镇镇长  王 某',
      '（2023年4月20日）',
      '各位代表：',
    ]);
    expect(header).toMatchObject({ length: 3, date: '2023年4月20日', dateIndex: 2, speaker: '王某' });
  });

  it('takes a meeting line that opens with its date and no dash', () => {
    const header = findSpeechHeader(['2019年2月26日在镇第十四届人民代表大会第三次会议', '某镇镇长 王某', '各位代表：']);
    expect(header).toMatchObject({ date: '2019年2月26日', speaker: '王某' });
    expect(findSpeechHeader(['2019年2月26日在镇会议室召开人民代表大会，听取报告。'])).toBeUndefined();
  });

  it('is not there when no meeting line opens the body', () => {
    expect(findSpeechHeader(['今年以来，金溪镇全面落实省委决策部署。', '楼晓燕'])).toBeUndefined();
    expect(findSpeechHeader(['——摘自某镇简报', '今年以来，金溪镇全面落实省委决策部署。'])).toBeUndefined();
    expect(findSpeechHeader([])).toBeUndefined();
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
