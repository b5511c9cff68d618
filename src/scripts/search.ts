/**
 * The search page's behaviour. Pagefind (its script, wasm and index) is
 * loaded on the first search, not with the page. Each space-separated term
 * is looked up as the exact phrase of its character bigrams
 * (src/lib/search-tokens.ts); a document must contain every term. The query,
 * filters and sort live in the address, so a search can be linked.
 */
import { ui } from '../i18n/zh-CN.ts';
import { mayBeTraditional, searchTerms } from '../lib/search-tokens.ts';
import { countsByFilter, type FilterChoices, fillFilters, type ListCounts } from './filter-lists.ts';
import { loadIndex, type Pagefind, type PagefindResult, type SearchIndex } from './pagefind-index.ts';
import { resultItem } from './search-result.ts';

// Ten results at a time: each result fetches its own fragment, which counts on a weak connection.
const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const filterPanel = form.querySelector<HTMLDetailsElement>('#search-filters')!;
const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
let choicesPromise: Promise<FilterChoices> | undefined;
let shown: PagefindResult[] = [];
/** The query the results were found for, which a result's document highlights (?hl=, src/scripts/search-hits.ts). */
let highlight = '';
let latestRun = 0;
/** What the filter lists count for the current search (src/scripts/filter-lists.ts). */
let queryCounts: ListCounts = 'archive';
/** Whether the excerpts' highlights stand for whole bigrams (not for a one-character search). */
let marksWholeBigrams = true;

/** The choices of each filter (/search-filters.json), loaded when the filters are first opened. */
function loadFilterChoices(): Promise<FilterChoices> {
  choicesPromise ??= (async () => {
    const [choices] = await Promise.all([
      fetch(`${import.meta.env.BASE_URL}search-filters.json`).then(
        (response) => response.json() as Promise<FilterChoices>,
      ),
      loadIndex().then(({ pagefind }) => pagefind.filters()),
    ]);
    const wanted = new URLSearchParams(location.search);
    fillFilters(filterSelects, choices, queryCounts, (select) => wanted.get(select.name) ?? '');
    return choices;
  })();
  return choicesPromise;
}

function currentFilters(): Record<string, string> {
  return Object.fromEntries(
    filterSelects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]),
  );
}

async function search(): Promise<void> {
  const run = ++latestRun;
  const query = input.value.trim();
  const lookedUp = await simplifiedQuery(query);
  const filters = currentFilters();
  const sort = sortSelect.value === 'date' ? { date: 'desc' } : undefined;
  saveToAddress(query, filters);
  if (query === '' && Object.keys(filters).length === 0) {
    queryCounts = 'archive';
    render([], '');
    return;
  }
  status.textContent = ui.searchLoading;
  list.setAttribute('aria-busy', 'true');
  try {
    const index = await loadIndex();
    const { results, counts } = sort
      ? await findNewestFirst(index, lookedUp, filters)
      : await findAll(index.pagefind, lookedUp, { filters });
    if (run !== latestRun) return;
    queryCounts = counts;
    if (choicesPromise) fillFilters(filterSelects, await choicesPromise, queryCounts);
    render(results, query, lookedUp);
  } catch (error) {
    console.error(error);
    status.textContent = ui.searchError;
    list.setAttribute('aria-busy', 'false');
  }
}

/**
 * Documents containing every term, newest first. Pagefind sorts a merged
 * search by date only within each shard, and the shards hold consecutive
 * runs of the archive in date order: so search shard by shard, in order.
 */
async function findNewestFirst(index: SearchIndex, query: string, filters: Record<string, string>) {
  const sort = { date: 'desc' };
  const perShard = await Promise.all(
    index.shards.map((shard) => findAll(index.pagefind, query, { filters: { ...filters, shard }, sort })),
  );
  // Each shard's search counts the query's results over the whole merged index, unfiltered.
  return { results: perShard.flatMap(({ results }) => results), counts: perShard[0]?.counts ?? 'archive' };
}

/** The query in simplified characters, as the index holds every text; the table loads only when needed. */
async function simplifiedQuery(query: string): Promise<string> {
  if (!mayBeTraditional(query)) return query;
  const { simplifiedText } = await import('../lib/simplified-characters.ts');
  return simplifiedText(query);
}

/** Documents containing every term, best first (or in the order of `sort`). */
async function findAll(
  pagefind: Pagefind,
  query: string,
  options: { filters: Record<string, string>; sort?: Record<string, string> },
): Promise<{ results: PagefindResult[]; counts: ListCounts }> {
  const terms = searchTerms(query);
  marksWholeBigrams = [...(terms[0]?.tokens ?? '')].length > 1;
  if (terms.length === 0) return { results: (await pagefind.search(null, options)).results, counts: 'archive' };
  const perTerm = await Promise.all(
    terms.map(async (term) => {
      const response = await pagefind.search(term.phrase, options);
      const exact = response.results;
      // Phrase matches all score alike; the unquoted tokens give a relevance score.
      const ranked = term.phrase === term.tokens ? exact : (await pagefind.search(term.tokens, options)).results;
      return {
        exact,
        counts: response.totalFilters,
        scores: new Map(ranked.map((result) => [result.id, result.score])),
      };
    }),
  );
  // Pagefind counts one term's results by filter; for several terms, whose results are intersected here, it cannot.
  const counts = perTerm.length === 1 ? countsByFilter(filterSelects, perTerm[0]!.counts) : 'unknown';
  const [first, ...others] = perTerm;
  const found = first!.exact.filter((result) =>
    others.every((term) => term.exact.some((other) => other.id === result.id)),
  );
  if (options.sort) return { results: found, counts };
  const score = (result: PagefindResult) => perTerm.reduce((sum, term) => sum + (term.scores.get(result.id) ?? 0), 0);
  return { results: found.sort((a, b) => score(b) - score(a)), counts };
}

function render(results: PagefindResult[], query: string, lookedUp = query): void {
  shown = results;
  highlight = lookedUp;
  list.replaceChildren();
  status.textContent =
    results.length === 0 && query
      ? ui.searchNone(query)
      : results.length === 0
        ? ''
        : ui.searchResults(results.length, query);
  void showMore();
}

async function showMore(): Promise<void> {
  list.setAttribute('aria-busy', 'true');
  const start = list.children.length;
  const page = await Promise.all(shown.slice(start, start + PAGE_SIZE).map((result) => result.data()));
  for (const data of page) list.append(resultItem(data, highlight, marksWholeBigrams));
  more.hidden = list.children.length >= shown.length;
  list.setAttribute('aria-busy', 'false');
}

function saveToAddress(query: string, filters: Record<string, string>): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  if (sortSelect.value) params.set('sort', sortSelect.value);
  const address = `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
  if (address !== `${location.pathname}${location.search}`) history.replaceState(null, '', address);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void search();
});
for (const select of filterSelects) {
  select.addEventListener('change', () => {
    void loadFilterChoices().then((choices) => {
      fillFilters(filterSelects, choices, queryCounts);
      void search();
    });
  });
}
sortSelect.addEventListener('change', () => void search());
input.addEventListener('focus', () => void loadIndex(), { once: true });
filterPanel.addEventListener('toggle', () => {
  if (!filterPanel.open || choicesPromise) return;
  // Counted for the query only once the filters' data is loaded: search again then.
  void loadFilterChoices().then(() => {
    if (input.value.trim()) void search();
  });
});
more.addEventListener('click', () => void showMore());

// The filters need JavaScript, as search does: shown only now.
filterPanel.hidden = false;
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
sortSelect.value = params.get('sort') === 'date' ? 'date' : '';
const addressFilters = filterSelects.some((select) => params.has(select.name));
// Open when the address brought filters or a sort, so the visitor sees why results are narrowed.
filterPanel.open = addressFilters || sortSelect.value !== '';
if (params.has('q') || addressFilters) {
  void (addressFilters ? loadFilterChoices() : Promise.resolve()).then(search);
}
