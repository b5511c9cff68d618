/**
 * Decode a raw source file into text, recording the encoding that was used.
 *
 * Order of evidence: a byte-order mark is decisive; otherwise bytes that are
 * valid UTF-8 are UTF-8 (GB18030 text is almost never valid UTF-8 by chance);
 * otherwise strict GB18030, the superset of GBK and GB2312 that Chinese
 * government sites use. Line endings (CRLF, lone CR) become LF so that line
 * numbers mean the same thing whatever tool scraped the page.
 *
 *   decodeSource(bytes of "\xEF\xBB\xBF标题\r\n正文")
 *   → { text: "标题\n正文", encoding: "utf-8-bom" }
 */
import type { SourceEncoding } from '../../../src/shared/report-schema.ts';

export interface DecodedSource {
  text: string;
  encoding: SourceEncoding;
}

/** A file that cannot be read as text; `reason` is written for people. */
export class UndecodableSourceError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.name = 'UndecodableSourceError';
    this.reason = reason;
  }
}

// Control characters other than tab, LF, CR and form feed do not occur in
// scraped text; a few percent of them means the file is not text at all.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const maxControlShare = 0.01;

export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) throw new UndecodableSourceError('the file is empty');

  const { encoding, offset } = detectEncoding(bytes);
  const decoderLabel = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  let text: string;
  try {
    text = new TextDecoder(decoderLabel, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(offset));
  } catch {
    throw new UndecodableSourceError(
      `the bytes are not valid ${encoding} (it may be a binary file or an encoding not supported yet)`,
    );
  }

  const controls = text.match(controlCharacter)?.length ?? 0;
  if (controls > 0 && controls / text.length > maxControlShare) {
    throw new UndecodableSourceError(
      `it looks like binary data, not text (${controls} control characters in ${text.length})`,
    );
  }

  return { text: normaliseLineEndings(text), encoding };
}

function detectEncoding(bytes: Uint8Array): { encoding: SourceEncoding; offset: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8-bom', offset: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', offset: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', offset: 2 };
  if (bytes.includes(0)) {
    throw new UndecodableSourceError(
      'it contains NUL bytes and has no UTF-16 byte-order mark, so it is binary data or UTF-16 without a BOM',
    );
  }
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', offset: 0 };
  return { encoding: 'gb18030', offset: 0 };
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
