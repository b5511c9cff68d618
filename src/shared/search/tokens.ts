/**
 * How Chinese text is cut into search tokens, the same way when the index is
 * built (scripts/build-search-index.ts) and when a visitor searches
 * (src/browser/search/search.ts), so the two can never disagree.
 *
 * Word segmenters (jieba when indexing, Intl.Segmenter in the browser) cut
 * the same phrase differently in and out of context, so an index of words
 * both misses documents and returns documents that merely share characters
 * (河长制 → 河/长/制 matched 长效 and 遏制). Overlapping character pairs do
 * not depend on context: every run of letters and digits is indexed as its
 * bigrams plus its last character, and a query is looked up as the phrase of
 * its own bigrams, which occurs exactly where the query's text occurs.
 *
 * Every character of the text is one word position of the index: a run's
 * characters are its tokens, any other character is a word of its own, and
 * a run of spaces is one placeholder word. So a position Pagefind reports is
 * the offset of that character in the text's positions form
 * (`positionText`), from which the search page reads an excerpt
 * (scripts/search-index/excerpt-files.ts).
 *
 *   indexTokens("落实河长制，") → "落实 实河 河长 长制 制 ，"
 *   searchTerms("河长制 枇杷")  → [{ phrase: '"河长 长制"', tokens: "河长 长制" }, { phrase: "枇杷", tokens: "枇杷" }]
 */

const runOfLettersAndDigits = /[\p{L}\p{N}]+/gu;
/** What Pagefind does not count as a word: Unicode white space, and the zero-width space it cuts Chinese words with. */
const GAP = '[\\p{White_Space}\\u200B]+';
const gap = new RegExp(GAP, 'gu');
/**
 * A run of spaces in the index: Pagefind counts it as a word but indexes
 * nothing for it (it is neither white space to Pagefind nor a letter).
 */
const GAP_WORD = '\uFEFF';
const word = new RegExp(`([\\p{L}\\p{N}]+)|(${GAP})|(.)`, 'gsu');

/** The text as index tokens, one per character (see above). */
export function indexTokens(text: string): string {
  const words: string[] = [];
  for (const [, run, spaces, other] of text.matchAll(word)) {
    if (run) words.push(...runTokens(run));
    else words.push(spaces ? GAP_WORD : other!);
  }
  return words.join(' ');
}

/**
 * The text with each run of spaces as one space: its characters are the
 * index's word positions one for one (same length as `indexTokens` has
 * words), so position n is character n.
 *
 *   positionText("一、 总体\n\n情况") → "一、 总体 情况"
 */
export function positionText(text: string): string {
  return text.replace(gap, ' ');
}

function runTokens(run: string): string[] {
  // Case is left as printed: Pagefind folds it when matching, and excerpts show the original.
  const characters = [...run];
  const tokens: string[] = [];
  for (let i = 0; i < characters.length - 1; i++) tokens.push(characters[i]! + characters[i + 1]!);
  tokens.push(characters.at(-1)!);
  return tokens;
}

/** The runs of letters and digits of a text, which are what a search matches: lettersAndDigits("“河长制”2023") → ["河长制2023"]. */
export function lettersAndDigits(text: string): string[] {
  return [...text.matchAll(runOfLettersAndDigits)].map((match) => match[0]);
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
      const runs = lettersAndDigits(text).map(runTokens);
      const tokens = runs.flatMap((run) => (run.length > 1 ? run.slice(0, -1) : run));
      if (tokens.length === 0) return [];
      const joined = tokens.join(' ');
      return [{ text, tokens: joined, phrase: tokens.length > 1 ? `"${joined}"` : joined }];
    });
}

/**
 * The language the index is written under. Not zh: Pagefind would cut the
 * bigrams into words again, at both ends (src/browser/search/search.ts opens the
 * index under this language for the same reason).
 */
export const SEARCH_INDEX_LANGUAGE = 'und';

/**
 * Whether a query has characters the traditional-to-simplified table
 * (src/shared/simplified-characters.ts) may change, CJK ideographs: otherwise
 * the search page need not load it.
 */
export function mayBeTraditional(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u.test(text);
}
