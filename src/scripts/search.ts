/**
 * The search page's behaviour. Pagefind (its script, wasm and index) is
 * loaded on the first search, not with the page. Each space-separated term
 * is looked up as the exact phrase of its character bigrams
 * (src/lib/search-tokens.ts); a document must contain every term. The query,
 * filters and sort live in the address, so a search can be linked.
 */
import { ui } from '../i18n/zh-CN.ts';
import { PLACE_LEVELS } from '../lib/record-facts.ts';
import { PLACE_SEPARATOR } from '../lib/search-filters.ts';
import { readableExcerpt, SEARCH_INDEX_LANGUAGE, searchTerms } from '../lib/search-tokens.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] }>;
}
/** The index, and the names of its shards in date order, newest first (scripts/search-index/shards.ts). */
interface SearchIndex {
  pagefind: Pagefind;
  shards: string[];
}
type FilterChoices = Record<string, [value: string, count: number][]>;

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
const indexFolder = `${import.meta.env.BASE_URL}pagefind/`;

let indexPromise: Promise<SearchIndex> | undefined;
let choicesPromise: Promise<FilterChoices> | undefined;
let shown: PagefindResult[] = [];
let latestRun = 0;
/** Whether the excerpts' highlights stand for whole bigrams (not for a one-character search). */
let marksWholeBigrams = true;

/** Pagefind with every shard of the index merged into the first, each shard tagged with a `shard` filter. */
function loadIndex(): Promise<SearchIndex> {
  indexPromise ??= (async () => {
    const { shards } = (await (await fetch(`${indexFolder}shards.json`)).json()) as { shards: string[] };
    const pagefind: Pagefind = await import(/* @vite-ignore */ `${indexFolder}${shards[0]}/pagefind.js`);
    // Pagefind picks its index by <html lang> and, for zh, cuts queries into
    // words. The index is written under another language (see
    // SEARCH_INDEX_LANGUAGE), so open it under that one; Pagefind reads the
    // attribute only now (https://github.com/Pagefind/pagefind/issues/593).
    const html = document.documentElement;
    const pageLanguage = html.lang;
    html.lang = SEARCH_INDEX_LANGUAGE;
    const ready = pagefind.init();
    html.lang = pageLanguage;
    await ready;
    await pagefind.options({ excerptLength: 60, mergeFilter: { shard: shards[0] } });
    await Promise.all(
      shards.slice(1).map((name) =>
        pagefind.mergeIndex(`${indexFolder}${name}/`, {
          language: SEARCH_INDEX_LANGUAGE,
          mergeFilter: { shard: name },
        }),
      ),
    );
    return { pagefind, shards };
  })();
  return indexPromise;
}

/** The choices of each filter (/search-filters.json), loaded when the filters are first opened. */
function loadFilterChoices(): Promise<FilterChoices> {
  choicesPromise ??= (async () => {
    const choices = (await (await fetch(`${import.meta.env.BASE_URL}search-filters.json`)).json()) as FilterChoices;
    const wanted = new URLSearchParams(location.search);
    fillFilters(choices, (select) => wanted.get(select.name) ?? '');
    return choices;
  })();
  return choicesPromise;
}

/**
 * Fills the lists, keeping each list's choice (or the one `chosen` gives); a
 * place list offers only the places inside the place chosen above it.
 */
function fillFilters(choices: FilterChoices, chosenIn = (select: HTMLSelectElement) => select.value): void {
  let within = '';
  for (const select of filterSelects) {
    const name = select.dataset.filter!;
    const chosen = chosenIn(select);
    const level = (PLACE_LEVELS as readonly string[]).indexOf(name);
    const offered = (choices[name] ?? []).filter(
      ([value]) => level <= 0 || !within || value.startsWith(`${within}${PLACE_SEPARATOR}`),
    );
    select.replaceChildren(new Option(ui.searchAny, ''));
    for (const [value, count] of offered) {
      const label = within && level > 0 ? value.slice(within.length + PLACE_SEPARATOR.length) : value;
      select.add(new Option(`${label}（${count}）`, value));
    }
    select.value = offered.some(([value]) => value === chosen) ? chosen : placeByName(offered, chosen);
    if (level >= 0 && select.value) within = select.value;
  }
}

/**
 * A place given by its name alone, as addresses did before places were
 * filtered by their whole path (?town=金溪镇): the one place of that name,
 * or none when the name is ambiguous.
 */
function placeByName(offered: [value: string, count: number][], name: string): string {
  if (!name || name.includes(PLACE_SEPARATOR)) return '';
  const matches = offered.filter(([value]) => value.split(PLACE_SEPARATOR).at(-1) === name);
  return matches.length === 1 ? matches[0]![0] : '';
}

function currentFilters(): Record<string, string> {
  return Object.fromEntries(
    filterSelects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]),
  );
}

async function search(): Promise<void> {
  const run = ++latestRun;
  const query = input.value.trim();
  const filters = currentFilters();
  const sort = sortSelect.value === 'date' ? { date: 'desc' } : undefined;
  saveToAddress(query, filters);
  if (query === '' && Object.keys(filters).length === 0) {
    render([], '');
    return;
  }
  status.textContent = ui.searchLoading;
  list.setAttribute('aria-busy', 'true');
  try {
    const index = await loadIndex();
    const results = sort
      ? await findNewestFirst(index, query, filters)
      : await findAll(index.pagefind, query, { filters });
    if (run === latestRun) render(results, query);
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
  return perShard.flat();
}

/** Documents containing every term, best first (or in the order of `sort`). */
async function findAll(
  pagefind: Pagefind,
  query: string,
  options: { filters: Record<string, string>; sort?: Record<string, string> },
): Promise<PagefindResult[]> {
  const terms = searchTerms(query);
  marksWholeBigrams = [...(terms[0]?.tokens ?? '')].length > 1;
  if (terms.length === 0) return (await pagefind.search(null, options)).results;
  const perTerm = await Promise.all(
    terms.map(async (term) => {
      const exact = (await pagefind.search(term.phrase, options)).results;
      // Phrase matches all score alike; the unquoted tokens give a relevance score.
      const ranked = term.phrase === term.tokens ? exact : (await pagefind.search(term.tokens, options)).results;
      return { exact, scores: new Map(ranked.map((result) => [result.id, result.score])) };
    }),
  );
  const [first, ...others] = perTerm;
  const found = first!.exact.filter((result) =>
    others.every((term) => term.exact.some((other) => other.id === result.id)),
  );
  if (options.sort) return found;
  const score = (result: PagefindResult) => perTerm.reduce((sum, term) => sum + (term.scores.get(result.id) ?? 0), 0);
  return found.sort((a, b) => score(b) - score(a));
}

function render(results: PagefindResult[], query: string): void {
  shown = results;
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
  for (const data of page) list.append(resultItem(data));
  more.hidden = list.children.length >= shown.length;
  list.setAttribute('aria-busy', 'false');
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * One result. Its place and genre come from its filters, not its metadata:
 * Pagefind searches metadata too (since 1.5), and a place there would let 镇
 * find a document of 镇康县 whose text never says 镇.
 */
function resultItem(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const meta = document.createElement('div');
  meta.className = 'meta';
  const place = [...PLACE_LEVELS]
    .reverse()
    .map((level) => data.filters[level]?.[0])
    .find(Boolean);
  const facts = [place?.split(PLACE_SEPARATOR).join(' '), data.meta.date, data.filters.docType?.[0]];
  meta.textContent = facts.filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // readableExcerpt escapes every character and adds only <mark> elements.
  excerpt.innerHTML = readableExcerpt(data.excerpt, marksWholeBigrams);
  item.append(link, meta, excerpt);
  return item;
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
      fillFilters(choices);
      void search();
    });
  });
}
sortSelect.addEventListener('change', () => void search());
input.addEventListener('focus', () => void loadIndex(), { once: true });
filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open) void loadFilterChoices();
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
