import { describe, expect, it } from 'vitest';
import { decodeRow, decodeText, type ExcerptRow, encodeExcerpt } from '../../src/shared/search/excerpt-format.ts';
import { markedExcerpt } from '../../src/shared/search/excerpt-marks.ts';
import { simplifiedCharacter } from '../../src/shared/simplified-characters.ts';

const row: ExcerptRow = {
  url: '/reports/abc/',
  title: '某镇 2023 年工作总结',
  date: '2024-01-16',
  place: '浙江省 / 某市 / 某县 / 某镇',
  docType: '工作总结',
};

describe('excerpts', () => {
  it('keep character n of the text at byte 2n, and the row at the end', () => {
    const text = '一、总体情况 推进高标准农田建设。';
    const file = encodeExcerpt(row, text);
    const decoded = decodeRow(file.subarray(file.length - 600));
    expect(decoded).toEqual({ ...row, length: [...text].length, substitutes: [] });
    const start = text.indexOf('高标准');
    expect(decodeText(file.subarray(start * 2, (start + 5) * 2), start, start + 5, [])).toBe('高标准农田');
  });

  it('write rare characters (outside the BMP, or private use) as one unit each, and read them back as printed', () => {
    const text = '𬌗口镇\uE001与𠀀村';
    const file = encodeExcerpt(row, text);
    const decoded = decodeRow(file);
    if ('needBytes' in decoded) throw new Error('row not read');
    expect(decoded.substitutes).toEqual(['𬌗', '\uE001', '𠀀']);
    expect(decoded.length).toBe(7);
    expect(decodeText(file, 0, 7, decoded.substitutes)).toBe(text);
    expect(decodeText(file.subarray(10), 5, 7, decoded.substitutes)).toBe('𠀀村');
  });

  it('ask for more bytes when the tail read is shorter than the row', () => {
    const file = encodeExcerpt({ ...row, title: '很长的标题'.repeat(100) }, '正文');
    const result = decodeRow(file.subarray(file.length - 100));
    expect(result).toHaveProperty('needBytes');
    expect(decodeRow(file.subarray(file.length - (result as { needBytes: number }).needBytes))).toHaveProperty('title');
  });

  it('are the same bytes for the same document', () => {
    expect(encodeExcerpt(row, '正文𬌗')).toEqual(encodeExcerpt({ ...row }, '正文𬌗'));
  });
});

describe('markedExcerpt', () => {
  const fold = (character: string) => simplifiedCharacter(character).toLowerCase();

  it('marks every occurrence of each term, compared in simplified characters, shown as printed', () => {
    expect(markedExcerpt('推进河長制，落实河长制', ['河长制'], fold)).toBe(
      '推进<mark>河長制</mark>，落实<mark>河长制</mark>',
    );
  });

  it('marks each run of letters and digits of a term, and ignores case', () => {
    expect(markedExcerpt('ICP备案：2023年', ['icp', '2023年'], fold)).toBe('<mark>ICP</mark>备案：<mark>2023年</mark>');
  });

  it('escapes every character and adds only <mark> and ellipses', () => {
    expect(markedExcerpt('<script>&lt;镇', ['镇'], fold, { before: true, after: true })).toBe(
      '…&#60;script&#62;&#38;lt;<mark>镇</mark>…',
    );
  });
});
