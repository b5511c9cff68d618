/**
 * A search result's excerpt as HTML: the window of text read from the
 * document's excerpt file (src/shared/search/excerpt-format.ts), shown as printed, with
 * every occurrence of each term's letters and digits marked. Terms are
 * compared after `fold` (simplified characters and lower case, as the index
 * holds them), so 河長制 in a traditional text is marked for 河长制.
 * Every character is escaped; the only markup is <mark>.
 *
 *   markedExcerpt("推进河長制<落实>", ["河长制"], simplifiedLowerCase) → "推进<mark>河長制</mark>&#60;落实&#62;"
 */

import { lettersAndDigits } from './tokens.ts';

export function markedExcerpt(
  text: string,
  terms: string[],
  fold: (character: string) => string,
  ellipsis: { before: boolean; after: boolean } = { before: false, after: false },
): string {
  const characters = [...text];
  const folded = characters.map(fold);
  const marked = new Array<boolean>(characters.length).fill(false);
  const runs = terms.flatMap((term) => lettersAndDigits(term).map((run) => [...run].map(fold)));
  for (const run of runs) {
    for (let at = 0; at + run.length <= folded.length; at++) {
      if (run.every((character, offset) => folded[at + offset] === character)) marked.fill(true, at, at + run.length);
    }
  }
  let html = ellipsis.before ? '…' : '';
  let open = false;
  for (const [at, character] of characters.entries()) {
    if (marked[at] !== open) html += marked[at] ? '<mark>' : '</mark>';
    open = marked[at]!;
    html += escapeHtml(character);
  }
  if (open) html += '</mark>';
  return ellipsis.after ? `${html}…` : html;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
