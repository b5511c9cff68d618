/**
 * What a search result shows, read from its document's excerpt
 * (src/shared/search/excerpt-format.ts) in a bundle file with two range requests sent
 * together: the row at the end of the excerpt, and the window of text around
 * the first match, which starts 2 × its character offset into the excerpt.
 * A host that ignores ranges sends the whole file, which is read the same way.
 */
import { decodeRow, decodeText, type StoredExcerptRow } from '../../shared/search/excerpt-format.ts';
import type { ExcerptPlace } from './pagefind-index.ts';

/** Characters an excerpt shows. */
export const EXCERPT_LENGTH = 80;
/** Enough for most rows: one more request when a row is longer. */
const ROW_GUESS = 512;

export interface ResultView {
  row: StoredExcerptRow;
  text: string;
  /** Whether the text goes on before and after the excerpt. */
  cut: { before: boolean; after: boolean };
}

export async function readResult(
  { file, start: from, end: to }: ExcerptPlace,
  positions: number[],
): Promise<ResultView> {
  const first = positions.length > 0 ? Math.min(...positions) : 0;
  // The match a quarter of the way in, so that the excerpt shows what leads to it.
  const start = Math.max(0, first - Math.floor(EXCERPT_LENGTH / 4));
  const tailOf = (bytes: number) => readBytes(file, Math.max(from, to - bytes), to - 1);
  const [tail, window] = await Promise.all([
    tailOf(ROW_GUESS),
    readBytes(file, from + start * 2, Math.min(to, from + (start + EXCERPT_LENGTH) * 2) - 1),
  ]);
  let row = decodeRow(tail);
  if ('needBytes' in row) row = decodeRow(await tailOf(row.needBytes));
  if ('needBytes' in row) throw new Error(`${file}: the excerpt's row at ${from}–${to} is cut short`);
  const end = Math.min(start + EXCERPT_LENGTH, row.length);
  return {
    row,
    text: decodeText(window, start, end, row.substitutes),
    cut: { before: start > 0, after: end < row.length },
  };
}

/** Bytes `from` to `to` (inclusive) of a file, whether or not the host honours ranges. */
async function readBytes(file: string, from: number, to: number): Promise<Uint8Array> {
  // Not through the HTTP cache: Chrome lets one request at a time through for one address, which would
  // queue a page of results' ranges one round trip after another (and a few hundred bytes gain nothing from it).
  const response = await fetch(file, { headers: { Range: `bytes=${from}-${to}` }, cache: 'no-store' });
  if (!response.ok) throw new Error(`${response.status} fetching ${file}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return response.status === 206 ? bytes : bytes.subarray(from, to + 1);
}
