/** Reading a saved HTML page's charset: its byte-order mark, its bytes, its declaration, its server's header. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredDecoder, decodeHtml, decoderForCharset } from '../../scripts/converter/read/decode-html.ts';

describe('decodeHtml', () => {
  const page = (charset: string) =>
    `<meta http-equiv="Content-Type" content="text/html; charset=${charset}"><p>南溪镇</p>`;

  it('reads a page in the GBK or GB2312 it declares, with GB18030', () => {
    expect(decodeHtml(iconv.encode(page('gb2312'), 'gbk'))).toEqual({ html: page('gb2312'), encoding: 'gb18030' });
    const meta = '<meta charset="GBK"><p>南溪镇</p>';
    expect(decodeHtml(iconv.encode(meta, 'gbk'))).toEqual({ html: meta, encoding: 'gb18030' });
  });

  it('reads a page in the Big5 it declares', () => {
    const big5 = page('big5').replace('镇', '鎮');
    expect(decodeHtml(iconv.encode(big5, 'big5'))).toEqual({ html: big5, encoding: 'big5' });
  });

  it('reads valid UTF-8 as UTF-8 even where the page still declares GB2312', () => {
    expect(decodeHtml(new TextEncoder().encode(page('gb2312')))).toEqual({ html: page('gb2312'), encoding: 'utf-8' });
  });

  it('sniffs a page that declares nothing, as a .txt source is', () => {
    expect(decodeHtml(iconv.encode('<p>南溪镇</p>', 'gbk')).encoding).toBe('gb18030');
    expect(decodeHtml(iconv.encode('<p>南溪鎮</p>', 'big5'), 'big5').encoding).toBe('big5');
  });
});

describe('the declaration a page makes (the HTML prescan)', () => {
  const singleFile = `<!--\n Page saved with SingleFile \n url: http://www.example.gov.cn/1.html \n${' '.repeat(3000)}\n-->`;

  it('is found after a 3 KB capture comment', () => {
    const html = `<!DOCTYPE html><html>${singleFile}<head><meta charset="big5"><title>南溪鎮</title>`;
    expect(declaredDecoder(iconv.encode(html, 'big5'))).toBe('big5');
    expect(decodeHtml(iconv.encode(html, 'big5'))).toEqual({ html, encoding: 'big5' });
  });

  it('is read from an http-equiv Content-Type, in any case, but not from a meta without http-equiv', () => {
    const meta = (attributes: string) => iconv.encode(`<meta ${attributes}><p>南溪镇</p>`, 'gbk');
    expect(declaredDecoder(meta('http-equiv="Content-Type" content="text/html; charset=GB2312"'))).toBe('gb18030');
    expect(declaredDecoder(meta('HTTP-EQUIV="content-type" CONTENT="text/html;charset=x-gbk"'))).toBe('gb18030');
    expect(declaredDecoder(meta('name="ContentType" content="text/html; charset=big5"'))).toBeUndefined();
  });

  it('is not read inside a comment, nor past 1024 bytes of what is not a comment', () => {
    expect(declaredDecoder(iconv.encode('<!-- <meta charset="big5"> --><p>南溪镇</p>', 'gbk'))).toBeUndefined();
    const late = `<title>${'南溪镇'.repeat(200)}</title><meta charset="big5">`;
    expect(declaredDecoder(iconv.encode(late, 'big5'))).toBeUndefined();
  });

  it('is passed over where the bytes contradict it, for the sniffing of a .txt source', () => {
    const utf8 = '<meta charset="utf-8"><p>南溪镇</p>';
    expect(decodeHtml(iconv.encode(utf8, 'gbk'))).toEqual({ html: utf8, encoding: 'gb18030' });
    const big5 = '<meta charset="big5"><p>㐀南溪镇</p>'; // 㐀's four bytes in GB18030 are not Big5
    expect(decodeHtml(iconv.encode(big5, 'gb18030'))).toEqual({ html: big5, encoding: 'gb18030' });
  });

  it('gives way to a byte-order mark', () => {
    const html = '<meta charset="gbk"><p>南溪镇</p>';
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from(html, 'utf16le')]);
    expect(decodeHtml(bytes)).toEqual({ html, encoding: 'utf-16le' });
  });
});

describe('decoderForCharset', () => {
  it('reads the WHATWG labels of GBK, GB18030, Big5 and UTF-8, and no other charset', () => {
    expect(['GB2312', ' x-gbk ', 'GB_2312-80', 'chinese', 'gb18030'].map(decoderForCharset)).toEqual(
      Array(5).fill('gb18030'),
    );
    expect(['Big5', 'cn-big5', 'big5-hkscs'].map(decoderForCharset)).toEqual(['big5', 'big5', 'big5']);
    expect(['UTF-8', 'utf8', 'unicode-1-1-utf-8'].map(decoderForCharset)).toEqual(['utf-8', 'utf-8', 'utf-8']);
    expect(['utf-16', 'latin1', 'shift_jis', 'no-such-charset'].map(decoderForCharset)).toEqual(
      Array(4).fill(undefined),
    );
  });
});
