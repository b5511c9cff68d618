/**
 * One search result as the list shows it: the title, linking to the document
 * with the query to highlight there (?hl=, src/scripts/search-hits.ts), the
 * place, date and type, and a readable excerpt with the matches marked.
 * Place names never break across lines.
 */
import { keepTogether } from '../lib/keep-together.ts';
import { PLACE_LEVELS } from '../lib/record-facts.ts';
import { PLACE_SEPARATOR } from '../lib/search-filters.ts';
import { readableExcerpt } from '../lib/search-tokens.ts';

/** A result's fragment as Pagefind gives it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * The place and genre come from the result's filters, not its metadata:
 * Pagefind searches metadata too (since 1.5), and a place there would let 镇
 * find a document of 镇康县 whose text never says 镇.
 */
function placeNames(data: ResultData): string[] {
  const deepest = [...PLACE_LEVELS]
    .reverse()
    .map((level) => data.filters[level]?.[0])
    .find(Boolean);
  return deepest?.split(PLACE_SEPARATOR) ?? [];
}

export function resultItem(data: ResultData, highlight: string, marksWholeBigrams: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = highlight ? `${data.url}?hl=${encodeURIComponent(highlight)}` : data.url;
  const places = placeNames(data);
  for (const { text, whole } of keepTogether(data.meta.title ?? data.url, places)) {
    if (!whole) link.append(text);
    else link.append(Object.assign(document.createElement('span'), { className: 'nowrap', textContent: text }));
  }
  const meta = document.createElement('div');
  meta.className = 'meta';
  // Each place name and the date on one line: 下各|镇 reads as two words.
  const facts = [...places, data.meta.date, data.filters.docType?.[0]].filter(Boolean);
  for (const [i, fact] of facts.entries()) {
    const piece = document.createElement('span');
    piece.className = 'nowrap';
    piece.textContent = fact!;
    meta.append(...(i > 0 ? [' '] : []), piece);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // readableExcerpt escapes every character and adds only <mark> elements.
  excerpt.innerHTML = readableExcerpt(data.excerpt, marksWholeBigrams);
  item.append(link, meta, excerpt);
  return item;
}
