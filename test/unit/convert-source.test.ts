import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { convertText, page } from '../helpers/pipeline.ts';

const prose =
  '今年以来，在县委、县政府的坚强领导下，全镇上下紧紧围绕战略目标，真抓实干，砥砺奋进，全镇经济保持高质量发展。';
const errorOf = (input: string | Uint8Array) => {
  const result = convertText(input, 'bad.txt');
  if (result.ok) throw new Error('expected the conversion to fail');
  return result.error;
};

describe('convertSource', () => {
  it('converts a page and records where its bytes came from', () => {
    const bytes = iconv.encode(page('某某镇2023年工作总结', '发布时间：2024-01-16', prose), 'gbk');
    const result = convertText(bytes, '某 镇 [1].txt');
    expect(result.ok && result.record.source).toEqual({
      file: '某 镇 [1].txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      encoding: 'gb18030',
      bytes: bytes.length,
    });
  });

  it('derives the id from the bytes, so the same bytes always get the same id', () => {
    const one = convertText(page('标题一', '发布时间：2024-01-16', prose));
    const again = convertText(page('标题一', '发布时间：2024-01-16', prose), 'other-name.txt');
    const other = convertText(page('标题二', '发布时间：2024-01-16', prose));
    expect(one.ok && again.ok && one.record.id === again.record.id).toBe(true);
    expect(one.ok && other.ok && one.record.id !== other.record.id).toBe(true);
  });

  it('gives byte-identical output for the same input', () => {
    const text = page('某镇工作总结', '来源：某镇 发布时间：2024-01-16', prose, '一、总体情况', prose);
    expect(convertText(text)).toEqual(convertText(text));
  });

  it('refuses an empty file', () => {
    expect(errorOf('').message).toBe('cannot read as text: the file is empty');
  });

  it('refuses a file of whitespace only', () => {
    expect(errorOf(' \n\u3000\n\t\n').message).toMatch(/no document text is left/);
  });

  it('refuses a page of nothing but chrome', () => {
    expect(
      errorOf(page('当前位置：首页 > 政务公开', '【打印】【关闭】', '发布时间：2024-01-16', '版权所有：某县人民政府'))
        .message,
    ).toMatch(/no document text is left/);
  });

  it('refuses binary data with a .txt name', () => {
    expect(errorOf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]))).toEqual({
      message: expect.stringMatching(/^cannot read as text: .*binary/),
    });
  });

  it('refuses an impossible date and names its line', () => {
    expect(errorOf(page('某镇工作总结', '发布时间：2024-13-45', prose))).toEqual({
      message: '发布时间 "2024-13-45" is not a real calendar date',
      line: 2,
      column: 1,
    });
  });

  it('warns, and leaves the field empty, when a date cannot be read', () => {
    const result = convertText(page('某镇工作总结', '发布时间：待定', prose));
    expect(result.ok && result.record.date).toBeNull();
    expect(result.warnings.map(({ message }) => message)).toContain(
      '发布时间 "待定" is not a date this converter can read; left empty',
    );
  });

  it('warns when one label says two things, and keeps the first', () => {
    const result = convertText(page('某镇工作总结', '来源：甲镇', '来源：乙镇', prose));
    expect(result.ok && result.record.publisher).toBe('甲镇');
    expect(result.warnings.some(({ message }) => message.includes('乙镇'))).toBe(true);
  });

  it('takes the issuing body before the site a page was taken from, without a warning', () => {
    const result = convertText(page('某镇工作总结', '来源：某县融媒体中心', '发文机关：甲镇人民政府', prose));
    expect(result.ok && result.record.publisher).toBe('甲镇人民政府');
    expect(result.warnings.filter(({ message }) => message.includes('says'))).toEqual([]);
  });

  it('converts UTF-16 big-endian text with lone-CR line endings, and records the encoding', () => {
    const text = page('某某镇2023年工作总结', '发布时间：2024-01-16', prose).replaceAll('\n', '\r');
    const bytes = Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const result = convertText(bytes);
    expect(result.ok && [result.record.title, result.record.date, result.record.source.encoding]).toEqual([
      '某某镇2023年工作总结',
      '2024-01-16',
      'utf-16be',
    ]);
  });

  it('publishes a page a scraper wrote onto one line of 300,000 characters, labels first, losing nothing', () => {
    const text = prose.repeat(Math.ceil(300_000 / prose.length));
    const line = `索引号:001/2024-00001 发布机构:某乡人民政府 发布日期:2024-01-16 某乡2023年工作总结 ${text}`;
    const result = convertText(`${line}\n`);
    if (!result.ok) throw new Error(result.error.message);
    expect([result.record.title, result.record.date, result.record.publisher]).toEqual([
      '某乡2023年工作总结',
      '2024-01-16',
      '某乡人民政府',
    ]);
    expect(result.mdx).toContain(text);
  });

  it('keeps the text of a short line whose labels run on into sentences', () => {
    const result = convertText(`发布日期:2024-01-16 来源:某乡 ${prose}\n`);
    if (!result.ok) throw new Error(result.error.message);
    expect([result.record.date, result.record.publisher]).toEqual(['2024-01-16', '某乡']);
    expect(result.mdx).toContain(prose);
  });

  it('converts a body of one line of a million characters', () => {
    const long = '一'.repeat(10) + `${prose}`.repeat(Math.ceil(1_000_000 / prose.length));
    const result = convertText(page('某镇工作总结', '发布时间：2024-01-16', long));
    expect(result.ok).toBe(true);
  });
});
