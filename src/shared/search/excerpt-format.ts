/**
 * A document's excerpt: what a search result shows, read with two small
 * range requests instead of the whole text (src/browser/search/search-excerpt.ts).
 * The indexer writes one for each document, many to a bundle file
 * (scripts/search-index/excerpt-files.ts), in place of Pagefind's fragment,
 * which holds the whole indexed text.
 *
 * Layout, so that character n of the text is at byte 2n of the excerpt:
 *   1. the document's positions text (src/shared/search/tokens.ts `positionText`),
 *      as printed, one UTF-16 code unit a character: a character outside the
 *      Basic Multilingual Plane or in the private-use area is written as
 *      U+E000 + i and listed as `x[i]` in the row;
 *   2. the row, JSON in UTF-8: what a result lists (address, title, date,
 *      place, genre), the text's length and the substitutes;
 *   3. the row's length in bytes, a 32-bit little-endian number.
 *
 *   encodeExcerpt({ url: "/reports/a/", … }, "镇𬌗口") → text units 9547 E000 53E3, then {"u":…,"x":["𬌗"]}, then its length
 */

export interface ExcerptRow {
  url: string;
  title: string;
  date: string;
  /** The deepest place, as its whole path ("浙江省 / 杭州市 / 临安区 / 天目山镇"). */
  place: string;
  docType: string;
}

export interface StoredExcerptRow extends ExcerptRow {
  /** Characters in the text. */
  length: number;
  /** The characters written as U+E000 + i. */
  substitutes: string[];
}

const SUBSTITUTE_BASE = 0xe000;
const PRIVATE_USE_SIZE = 0x1900;

export function encodeExcerpt(row: ExcerptRow, text: string): Uint8Array {
  const substitutes: string[] = [];
  const indexOf = new Map<string, number>();
  const characters = [...text];
  const units = new Uint16Array(characters.length);
  for (const [at, character] of characters.entries()) {
    const code = character.codePointAt(0)!;
    const needsSubstitute = code > 0xffff || (code >= 0xd800 && code <= 0xdfff) || (code >= 0xe000 && code <= 0xf8ff);
    if (!needsSubstitute) {
      units[at] = code;
      continue;
    }
    let index = indexOf.get(character);
    if (index === undefined) {
      index = substitutes.push(character) - 1;
      if (index >= PRIVATE_USE_SIZE) throw new Error(`more than ${PRIVATE_USE_SIZE} rare characters in one text`);
      indexOf.set(character, index);
    }
    units[at] = SUBSTITUTE_BASE + index;
  }
  const rowJson = new TextEncoder().encode(
    JSON.stringify({ ...row, length: characters.length, substitutes } satisfies StoredExcerptRow),
  );
  const file = new Uint8Array(units.length * 2 + rowJson.length + 4);
  const view = new DataView(file.buffer);
  // Little-endian whatever the machine, so that a file is the same bytes everywhere.
  for (const [at, unit] of units.entries()) view.setUint16(at * 2, unit, true);
  file.set(rowJson, units.length * 2);
  view.setUint32(file.length - 4, rowJson.length, true);
  return file;
}

/**
 * The row from the end of an excerpt (`tail`: its last bytes), or how many
 * bytes from the end are needed when the tail is too short to hold it.
 */
export function decodeRow(tail: Uint8Array): StoredExcerptRow | { needBytes: number } {
  if (tail.length < 4) return { needBytes: 4 };
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const rowLength = view.getUint32(tail.length - 4, true);
  if (tail.length < rowLength + 4) return { needBytes: rowLength + 4 };
  return JSON.parse(new TextDecoder().decode(tail.subarray(tail.length - 4 - rowLength, tail.length - 4)));
}

/** Characters `start` to `end` (exclusive) of the text, given the excerpt's bytes from byte 2 × `start`. */
export function decodeText(bytes: Uint8Array, start: number, end: number, substitutes: string[]): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = Math.max(0, Math.min(end - start, Math.floor(bytes.length / 2)));
  let text = '';
  for (let at = 0; at < count; at++) {
    const unit = view.getUint16(at * 2, true);
    const substitute = unit >= SUBSTITUTE_BASE ? substitutes[unit - SUBSTITUTE_BASE] : undefined;
    text += substitute ?? String.fromCharCode(unit);
  }
  return text;
}
