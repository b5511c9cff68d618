/**
 * One search result as the list shows it: the title, linking to the document
 * with the query to highlight there (?hl=, src/browser/search-hits.ts), the
 * place, date and type, and an excerpt with the matches marked
 * (src/shared/search/excerpt-marks.ts). Place names never break across lines.
 */

import { keepTogether } from '../../shared/keep-together.ts';
import { markedExcerpt } from '../../shared/search/excerpt-marks.ts';
import { PLACE_SEPARATOR } from '../../shared/search/filters.ts';
import type { ResultView } from './search-excerpt.ts';

export function resultItem(
  { row, text, cut }: ResultView,
  highlight: string,
  fold: (character: string) => string,
): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = highlight ? `${row.url}?hl=${encodeURIComponent(highlight)}` : row.url;
  const places = row.place ? row.place.split(PLACE_SEPARATOR) : [];
  for (const { text: piece, whole } of keepTogether(row.title || row.url, places)) {
    if (!whole) link.append(piece);
    else link.append(Object.assign(document.createElement('span'), { className: 'nowrap', textContent: piece }));
  }
  const meta = document.createElement('div');
  meta.className = 'meta';
  // Each place name and the date on one line: 下各|镇 reads as two words.
  const facts = [...places, row.date, row.docType].filter(Boolean);
  for (const [i, fact] of facts.entries()) {
    const piece = document.createElement('span');
    piece.className = 'nowrap';
    piece.textContent = fact;
    meta.append(...(i > 0 ? [' '] : []), piece);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // markedExcerpt escapes every character and adds only <mark> elements.
  excerpt.innerHTML = markedExcerpt(text, highlight.split(/\s+/), fold, cut);
  item.append(link, meta, excerpt);
  return item;
}
