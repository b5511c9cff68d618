import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource, UndecodableSourceError } from '../../scripts/converter/read/decode.ts';

const text = '索引号：002508879/2022-81382\n天目山镇政府工作报告\n';
const utf16 = (encoding: 'utf16le' | 'utf16be', bom: number[]) =>
  Uint8Array.from([
    ...bom,
    ...(encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16()),
  ]);

describe('decodeSource', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeSource(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeSource(bytes)).toEqual({ text, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 little- and big-endian by their byte-order marks', () => {
    expect(decodeSource(utf16('utf16le', [0xff, 0xfe]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeSource(utf16('utf16be', [0xfe, 0xff]))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads GBK and GB18030 bytes as GB18030', () => {
    expect(decodeSource(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
    const rare = '㐀䶵 镇'; // characters GBK lacks: four-byte GB18030 sequences
    expect(decodeSource(iconv.encode(rare, 'gb18030'))).toEqual({ text: rare, encoding: 'gb18030' });
  });

  it('normalises CRLF and lone CR line endings to LF', () => {
    const bytes = new TextEncoder().encode('第一行\r\n第二行\r第三行\n');
    expect(decodeSource(bytes).text).toBe('第一行\n第二行\n第三行\n');
  });

  it('keeps non-breaking and full-width spaces', () => {
    expect(decodeSource(new TextEncoder().encode('\u3000\u3000正文\u00a0内容')).text).toBe(
      '\u3000\u3000正文\u00a0内容',
    );
  });

  it('refuses an empty file, with a reason a person can read', () => {
    expect(() => decodeSource(new Uint8Array())).toThrow(new UndecodableSourceError('the file is empty'));
  });

  it('refuses binary data', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(() => decodeSource(png)).toThrow(/binary/);
    const noise = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256).filter((byte) => byte !== 0);
    expect(() => decodeSource(noise)).toThrow(UndecodableSourceError);
  });
});
