/**
 * How Chinese text is cut into search tokens, the same way when the index is
 * built (scripts/build-search-index.ts) and when a visitor searches
 * (src/scripts/search.ts), so the two can never disagree.
 *
 * Word segmenters (jieba when indexing, Intl.Segmenter in the browser) cut
 * the same phrase differently in and out of context, so an index of words
 * both misses documents and returns documents that merely share characters
 * (河长制 → 河/长/制 matched 长效 and 遏制). Overlapping character pairs do
 * not depend on context: every run of letters and digits is indexed as its
 * bigrams plus its last character, and a query is looked up as the phrase of
 * its own bigrams, which occurs exactly where the query's text occurs.
 *
 *   indexTokens("落实河长制，") → "落实 实河 河长 长制 制 ，"
 *   searchTerms("河长制 枇杷")  → [{ phrase: '"河长 长制"', tokens: "河长 长制" }, { phrase: "枇杷", tokens: "枇杷" }]
 */

const runOfLettersAndDigits = /[\p{L}\p{N}]+/gu;

/** The text as index tokens: each run of letters and digits as its bigrams and its last character. */
export function indexTokens(text: string): string {
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(runOfLettersAndDigits)) {
    const between = text.slice(last, match.index).trim();
    if (between) pieces.push(between);
    pieces.push(runTokens(match[0]).join(' '));
    last = match.index + match[0].length;
  }
  const rest = text.slice(last).trim();
  if (rest) pieces.push(rest);
  return pieces.join(' ');
}

function runTokens(run: string): string[] {
  // Case is left as printed: Pagefind folds it when matching, and excerpts show the original.
  const characters = [...run];
  const tokens: string[] = [];
  for (let i = 0; i < characters.length - 1; i++) tokens.push(characters[i]! + characters[i + 1]!);
  tokens.push(characters.at(-1)!);
  return tokens;
}

export interface SearchTerm {
  /** What the visitor typed for this term. */
  text: string;
  /** The Pagefind query that finds exactly the documents containing the term. */
  phrase: string;
  /** The same tokens unquoted: Pagefind ranks documents by them. */
  tokens: string;
}

/**
 * The terms of a query: separated by spaces, each of which must appear.
 * A term of one character is found by prefix ("镇" starts 镇X and ends a run
 * as 镇); a longer one as the exact phrase of its bigrams (the trailing
 * single character is left out, so 河长制 also finds 河长制度).
 */
export function searchTerms(query: string): SearchTerm[] {
  return query
    .split(/\s+/)
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .flatMap((text) => {
      const runs = [...text.matchAll(runOfLettersAndDigits)].map((match) => runTokens(match[0]));
      const tokens = runs.flatMap((run) => (run.length > 1 ? run.slice(0, -1) : run));
      if (tokens.length === 0) return [];
      const joined = tokens.join(' ');
      return [{ text, tokens: joined, phrase: tokens.length > 1 ? `"${joined}"` : joined }];
    });
}

/**
 * Turn a Pagefind excerpt of index tokens (HTML-escaped, with <mark>) back
 * into readable text: each run's characters are the first characters of its
 * tokens. Highlights carry over; when the search was for whole bigrams, a
 * highlighted bigram also highlights its second character (not when one
 * character was searched, whose bigrams only start with it).
 *
 *   readableExcerpt("落实 实河 <mark>河长</mark> <mark>长制</mark> 制 ，", true)
 *   → "落实<mark>河长制</mark>，"
 */
export function readableExcerpt(excerpt: string, markWholeBigrams: boolean): string {
  const parts = excerpt
    .split(/\s+/)
    .filter((part) => part !== '')
    .map(unescapeHtml);
  const characters: { character: string; marked: boolean }[] = [];
  let extendMark = false;
  for (const part of parts) {
    const marked = part.startsWith('<mark>');
    const token = part.replace(/<\/?mark>/g, '');
    if (!/^[\p{L}\p{N}]/u.test(token)) {
      characters.push(...[...token].map((character) => ({ character, marked: false })));
      extendMark = false;
      continue;
    }
    const [first] = [...token];
    characters.push({ character: first!, marked: marked || extendMark });
    extendMark = markWholeBigrams && marked && [...token].length === 2;
  }
  let html = '';
  let open = false;
  for (const { character, marked } of characters) {
    if (marked !== open) html += marked ? '<mark>' : '</mark>';
    open = marked;
    html += escapeHtml(character);
  }
  return open ? `${html}</mark>` : html;
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&amp;': '&',
};

function unescapeHtml(text: string): string {
  return text.replace(/&(?:lt|gt|quot|amp|#39|#x27);/g, (entity) => ENTITIES[entity]!);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The language the index is written under. Not zh: Pagefind would cut the
 * bigrams into words again, at both ends (src/scripts/search.ts opens the
 * index under this language for the same reason).
 */
export const SEARCH_INDEX_LANGUAGE = 'und';

/**
 * Whether a query has characters the traditional-to-simplified table
 * (src/lib/simplified-characters.ts) may change, CJK ideographs: otherwise
 * the search page need not load it.
 */
export function mayBeTraditional(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u.test(text);
}
