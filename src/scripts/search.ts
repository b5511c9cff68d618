/**
 * The search page's behaviour. Pagefind's runtime and the newest shard's
 * metadata load when the search box gets focus, never with the page. A
 * search walks the shards newest first (src/scripts/shard-walk.ts) until it
 * has a page of results, so results are in exact date order and a common
 * query opens one shard; "more" walks on, and "count all" searches every
 * shard. Relevance order ranks what has been found so far. The query,
 * filters and order live in the address, so a search can be linked.
 */
import { ui } from '../i18n/zh-CN.ts';
import { mayBeTraditional, searchTerms } from '../lib/search-tokens.ts';
import { countsByFilter, type FilterChoices, fillFilters, type ListCounts } from './filter-lists.ts';
import { loadIndex } from './pagefind-index.ts';
import { shardsHolding } from './route-lookup.ts';
import { readResult } from './search-excerpt.ts';
import { resultItem } from './search-result.ts';
import { type Found, ShardWalk } from './shard-walk.ts';

// Ten results at a time: each reads its row and excerpt, which counts on a weak connection.
const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const filterPanel = form.querySelector<HTMLDetailsElement>('#search-filters')!;
const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const countAll = document.querySelector<HTMLButtonElement>('#search-count-all')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
let choicesPromise: Promise<FilterChoices> | undefined;
let walk: ShardWalk | undefined;
/** The results in the order shown: what the walk found, in date order or ranked. */
let ordered: Found[] = [];
/** The query as typed, and as looked up (simplified), which a result's document highlights (?hl=). */
let typed = '';
let highlight = '';
let latestRun = 0;
/** How a character is compared with the query's: simplified (once the table is loaded) and in lower case. */
let fold = (character: string) => character.toLowerCase();

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
    fillFilters(filterSelects, choices, listCounts(), (select) => wanted.get(select.name) ?? '');
    return choices;
  })();
  return choicesPromise;
}

function currentFilters(): Record<string, string> {
  return Object.fromEntries(
    filterSelects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]),
  );
}

/** What the filter lists count: the archive, or the query's results in the shards searched. */
function listCounts(): ListCounts {
  if (!walk || (typed === '' && Object.keys(currentFilters()).length === 0)) return 'archive';
  const counts = countsByFilter(filterSelects, walk.counts);
  return counts === 'unknown' ? counts : { counts, partial: !walk.complete };
}

async function search(): Promise<void> {
  const run = ++latestRun;
  const query = input.value.trim();
  const lookedUp = await simplifiedQuery(query);
  const filters = currentFilters();
  saveToAddress(query, filters);
  typed = query;
  highlight = lookedUp;
  ordered = [];
  list.replaceChildren();
  if (query === '' && Object.keys(filters).length === 0) {
    walk = undefined;
    ordered = [];
    status.textContent = '';
    more.hidden = true;
    countAll.hidden = true;
    return;
  }
  status.textContent = ui.searchLoading;
  list.setAttribute('aria-busy', 'true');
  try {
    const [index, holding] = await Promise.all([
      loadIndex(),
      shardsHolding(searchTerms(lookedUp).map(({ tokens }) => tokens)),
    ]);
    const current = new ShardWalk(index, lookedUp, filters, holding);
    await current.findAtLeast(PAGE_SIZE, choicesPromise !== undefined);
    if (run !== latestRun) return;
    walk = current;
    await showMore(run);
  } catch (error) {
    failed(error);
  }
}

/** Shows the next page of results, walking on to older shards when those found are all shown. */
async function showMore(run = latestRun): Promise<void> {
  if (!walk) return;
  const start = list.children.length;
  list.setAttribute('aria-busy', 'true');
  try {
    await walk.findAtLeast(start + PAGE_SIZE, choicesPromise !== undefined);
    if (run !== latestRun) return;
    order();
    const shown = ordered.slice(start, start + PAGE_SIZE);
    const { excerptOf } = await loadIndex();
    const views = await Promise.all(
      shown.map(async ({ shard, result }) => readResult(await excerptOf(shard, result), result.words)),
    );
    if (run !== latestRun) return;
    for (const view of views) list.append(resultItem(view, highlight, fold));
    await report();
  } catch (error) {
    failed(error);
  }
}

/** Everything found so far, in the order chosen; those already shown stay where they are. */
function order(): void {
  const shown = new Set(ordered.slice(0, list.children.length));
  const rest = walk!.found.filter((found) => !shown.has(found));
  if (sortSelect.value === 'relevance') rest.sort((a, b) => b.score - a.score);
  ordered = [...ordered.slice(0, list.children.length), ...rest];
}

/** Says how many results there are, or at least how many when shards are left to search. */
async function report(): Promise<void> {
  const found = walk!.found.length;
  status.textContent =
    found === 0 && walk!.complete
      ? ui.searchNone(typed)
      : walk!.complete
        ? ui.searchResults(found, typed)
        : ui.searchResultsAtLeast(found, typed);
  countAll.hidden = walk!.complete;
  more.hidden = walk!.complete && list.children.length >= found;
  if (choicesPromise) fillFilters(filterSelects, await choicesPromise, listCounts());
  list.setAttribute('aria-busy', 'false');
}

function failed(error: unknown): void {
  console.error(error);
  status.textContent = ui.searchError;
  list.setAttribute('aria-busy', 'false');
}

/** The query in simplified characters, as the index holds every text; the table loads only when needed. */
async function simplifiedQuery(query: string): Promise<string> {
  if (!mayBeTraditional(query)) return query;
  const { simplifiedText, simplifiedCharacter } = await import('../lib/simplified-characters.ts');
  fold = (character) => simplifiedCharacter(character).toLowerCase();
  return simplifiedText(query);
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
      fillFilters(filterSelects, choices, listCounts());
      void search();
    });
  });
}
sortSelect.addEventListener('change', () => void search());
input.addEventListener('focus', () => void loadIndex(), { once: true });
filterPanel.addEventListener('toggle', () => {
  if (!filterPanel.open || choicesPromise) return;
  // Counted for the query only once the filters' data is loaded: search again then, busy meanwhile.
  const searching = input.value.trim() !== '';
  if (searching) list.setAttribute('aria-busy', 'true');
  void loadFilterChoices().then(() => (searching ? search() : undefined));
});
more.addEventListener('click', () => void showMore());
countAll.addEventListener('click', () => {
  const run = latestRun;
  list.setAttribute('aria-busy', 'true');
  status.textContent = ui.searchCounting;
  void walk
    ?.findAll(choicesPromise !== undefined)
    .then(() => (run === latestRun ? report() : undefined))
    .catch(failed);
});

// The filters need JavaScript, as search does: shown only now.
filterPanel.hidden = false;
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
// ?sort=date, from before newest first was the only exact order, is the default now.
sortSelect.value = params.get('sort') === 'relevance' ? 'relevance' : '';
const addressFilters = filterSelects.some((select) => params.has(select.name));
// Open when the address brought filters or an order, so the visitor sees why results are narrowed.
filterPanel.open = addressFilters || sortSelect.value !== '';
if (params.has('q') || addressFilters) {
  void (addressFilters ? loadFilterChoices() : Promise.resolve()).then(search);
}
