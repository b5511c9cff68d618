/**
 * One search result as the list shows it: the title, linking to the document
 * with the query to highlight there (?hl=, src/scripts/search-hits.ts), the
 * place, date and type, and a readable excerpt with the matches marked.
 * Place names never break across lines.
 */
import { keepTogether } from '../lib/keep-together.ts';
import { readableExcerpt } from '../lib/search-tokens.ts';

export function resultItem(
  data: { url: string; excerpt: string; meta: Record<string, string> },
  highlight: string,
  marksWholeBigrams: boolean,
): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = highlight ? `${data.url}?hl=${encodeURIComponent(highlight)}` : data.url;
  for (const { text, whole } of keepTogether(data.meta.title ?? data.url, data.meta.place?.split(' ') ?? [])) {
    if (!whole) link.append(text);
    else link.append(Object.assign(document.createElement('span'), { className: 'nowrap', textContent: text }));
  }
  const meta = document.createElement('div');
  meta.className = 'meta';
  // Each place name and the date on one line: 下各|镇 reads as two words.
  const facts = [...(data.meta.place?.split(' ') ?? []), data.meta.date, data.meta.docType].filter(Boolean);
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
