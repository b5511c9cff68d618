/**
 * A long list of documents (a year's, a type's) paged from its oldest end,
 * so that documents coming in at its newest end change its newest page and
 * no other: page 1 holds the oldest `size`, page 2 the next `size`, and so
 * on, and the list's own address holds the newest full page with whatever
 * has come in since (`size` to 2 × `size` − 1 documents; all of them below
 * `size`). A numbered page, once made, holds the same documents for good, so
 * an archivist can cite it, and a day's captures rewrite one listing page a
 * list instead of every page of it (docs/scaling.md).
 *
 *   pagesFromOldest([d250 … d1], 100)   // newest first, as the site lists
 *   → [{ number: null, documents: [d250 … d101], older: 1, newer: undefined },   // the list's own address
 *      { number: 1,    documents: [d100 … d1],   older: undefined, newer: null }]
 *
 * `newer` and `older` name the neighbouring pages: a number, null for the
 * list's own address, undefined for none.
 */
import { pageKey } from './page-keys.ts';
import type { ReportEntry } from './reports.ts';

export interface StablePage<T> {
  /** Its number, counted from the oldest; null for the list's own address, the newest. */
  number: number | null;
  /** Newest first. */
  documents: T[];
  newer: number | null | undefined;
  older: number | null | undefined;
}

export function pagesFromOldest<T>(newestFirst: readonly T[], size: number): StablePage<T>[] {
  const oldestFirst = [...newestFirst].reverse();
  // Full pages older than the newest: the newest full page stays on the list's own address, with what came since.
  const numbered = Math.max(Math.floor(oldestFirst.length / size) - 1, 0);
  const newest: StablePage<T> = {
    number: null,
    documents: oldestFirst.slice(numbered * size).reverse(),
    newer: undefined,
    older: numbered > 0 ? numbered : undefined,
  };
  const pages = Array.from({ length: numbered }, (_, index): StablePage<T> => {
    const number = index + 1;
    return {
      number,
      documents: oldestFirst.slice(index * size, number * size).reverse(),
      newer: number === numbered ? null : number + 1,
      older: number > 1 ? number - 1 : undefined,
    };
  });
  return [newest, ...pages.reverse()];
}

/** A list page's route parameters: the list's name (`year`, `type`) and its number, absent for the newest. */
type ListParams<Name extends string> = Record<Name, string> & { page: string | undefined };

/**
 * The static paths of lists paged from the oldest, one list a name (a year, a type): the list's own address (the
 * rest parameter `page` absent) and its numbered pages, each keyed by the documents it shows and its links, so
 * that an update copies a page whose documents and neighbours are the last build's (page-keys.ts).
 */
export function stablePagePaths<T extends ReportEntry, Name extends string>(
  lists: Iterable<[string, T[]]>,
  name: Name,
  size: number,
) {
  return [...lists].flatMap(([value, documents]) =>
    pagesFromOldest(documents, size).map((page) => ({
      params: { [name]: value, page: page.number === null ? undefined : String(page.number) } as ListParams<Name>,
      props: { page, total: documents.length },
      // The list's own address states how many documents the list holds; a numbered page does not.
      // (A link to none is left out of the key's JSON, a link to the list's own address is null in it.)
      cacheKey: pageKey(page.documents, {
        number: page.number,
        newer: page.newer,
        older: page.older,
        total: page.number === null ? documents.length : undefined,
      }),
    })),
  );
}
