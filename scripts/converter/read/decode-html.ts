/**
 * Decode a saved HTML page into text, by the charset the page declares.
 *
 * Order of evidence: a byte-order mark is decisive; then the page's own
 * declaration in its first kilobytes (`<meta charset="gbk">`, or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`);
 * then the same sniffing as a .txt source (else GB18030). Bytes that are
 * valid UTF-8 are read as UTF-8 whatever the page says: a site that moved to
 * UTF-8 and kept its old `charset=gb2312` is common, and GBK text is almost
 * never valid UTF-8 by chance. A declaration the bytes cannot be read in is
 * passed over in the same way.
 *
 *   decodeHtml(GBK bytes of '<meta charset="gb2312"><p>标题</p>')
 *   → { html: '<meta charset="gb2312"><p>标题</p>', encoding: "gb18030" }
 */
import type { SourceEncoding } from '../../../src/shared/report-schema.ts';
import { type DecodedSource, decodeSource, isValidUtf8, normaliseLineEndings } from './decode.ts';

// Browsers look for the declaration in the first 1024 bytes; saved pages put
// a capture comment first, so look a little further.
const declarationWindow = 4096;
const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

// WHATWG labels of the charsets Chinese government pages declare, mapped to
// the decoder used: GB2312 and GBK are subsets of GB18030, as in browsers.
const decoderOfLabel: Record<string, SourceEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  csgb2312: 'gb18030',
  'iso-ir-58': 'gb18030',
  chinese: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
};

/** The decoder for a charset label (`GBK`, `utf-8`), or undefined for one not read here. */
export function decoderForCharset(label: string): SourceEncoding | undefined {
  return decoderOfLabel[label.trim().toLowerCase()];
}

/** The charset a page declares in its first kilobytes, lower-cased, or undefined. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, declarationWindow));
  return metaCharset.exec(head)?.[1]?.toLowerCase();
}

/** `fallback`: the charset the server sent (a WARC record's Content-Type), used when the page declares none. */
export function decodeHtml(bytes: Uint8Array, fallback?: SourceEncoding): { html: string; encoding: SourceEncoding } {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  // Valid UTF-8 is UTF-8 whatever the page declares: GBK or Big5 text almost never is by chance.
  if (!hasBom && !isValidUtf8(bytes)) {
    const declared = declaredCharset(bytes);
    const encoding = (declared ? decoderOfLabel[declared] : undefined) ?? fallback;
    const decoded = encoding ? tryDecode(bytes, encoding) : undefined;
    if (decoded) return { html: decoded.text, encoding: decoded.encoding };
  }
  const sniffed = decodeSource(bytes);
  return { html: sniffed.text, encoding: sniffed.encoding };
}

function tryDecode(bytes: Uint8Array, encoding: SourceEncoding): DecodedSource | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { text: normaliseLineEndings(text), encoding };
  } catch {
    return undefined;
  }
}
