/**
 * Decode a saved HTML page into text, by the charset the page declares.
 *
 * Order of evidence: a byte-order mark is decisive; then the page's own
 * declaration (`<meta charset="gbk">`, or `<meta http-equiv="Content-Type"
 * content="text/html; charset=gb2312">`), found by the HTML standard's
 * prescan (html-encoding-sniffer) and named by the WHATWG Encoding
 * standard's labels (whatwg-encoding); then the charset the server sent;
 * then the same sniffing as a .txt source (else GB18030). Bytes that are
 * valid UTF-8 are read as UTF-8 whatever the page says: a site that moved to
 * UTF-8 and kept its old `charset=gb2312` is common, and GBK text is almost
 * never valid UTF-8 by chance. A declaration the bytes cannot be read in is
 * passed over in the same way.
 *
 *   decodeHtml(GBK bytes of '<meta charset="gb2312"><p>标题</p>')
 *   → { html: '<meta charset="gb2312"><p>标题</p>', encoding: "gb18030" }
 */
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { getBOMEncoding, labelToName } from 'whatwg-encoding';
import type { SourceEncoding } from '../../../src/shared/report-schema.ts';
import { type DecodedSource, decodeSource, isValidUtf8, normaliseLineEndings } from './decode.ts';

// The decoders for the WHATWG names of the charsets read here. GB2312 and GBK
// are names of GBK, read with its superset GB18030, as browsers do.
const decoderOfName = new Map<string, SourceEncoding>([
  ['UTF-8', 'utf-8'],
  ['GBK', 'gb18030'],
  ['gb18030', 'gb18030'],
  ['Big5', 'big5'],
]);

// The prescan reads the first 1024 bytes only, with no option to read more
// (https://github.com/jsdom/html-encoding-sniffer/issues/10); it passes over
// comments, but they count towards those bytes. Saved pages put a capture
// comment (SingleFile's, `<!-- saved from url=… -->`), and old pages
// `<!--[if IE]>` blocks, before the declaration: so the comments of the
// first 4 KB are cut out first, and a browser's parser, which meets the
// declaration later, would have read the page in it too.
const declarationWindow = 4096;
const comment = /<!--[\s\S]*?-->/g;

/** The decoder for a charset label (`GBK`, `utf-8`, `x-gbk`), or undefined for one not read here. */
export function decoderForCharset(label: string): SourceEncoding | undefined {
  const name = labelToName(label);
  return name === null ? undefined : decoderOfName.get(name);
}

/** The decoder for the charset a page declares, or undefined when it declares none read here. */
export function declaredDecoder(bytes: Uint8Array): SourceEncoding | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, declarationWindow));
  const withoutComments = Buffer.from(head.toString('latin1').replace(comment, ''), 'latin1');
  // No transport-layer label: it would outrank the page's own declaration,
  // the reverse of our order. A page that declares nothing gets the default,
  // windows-1252, which is not read here either.
  return decoderOfName.get(htmlEncodingSniffer(withoutComments));
}

/** `fallback`: the charset the server sent (a WARC record's Content-Type), used when the page declares none. */
export function decodeHtml(bytes: Uint8Array, fallback?: SourceEncoding): { html: string; encoding: SourceEncoding } {
  // Valid UTF-8 is UTF-8 whatever the page declares: GBK or Big5 text almost never is by chance.
  if (getBOMEncoding(bytes) === null && !isValidUtf8(bytes)) {
    const encoding = declaredDecoder(bytes) ?? fallback;
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
