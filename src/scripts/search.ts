/**
 * The search page's behaviour. Pagefind (its script, wasm and index) is
 * loaded on the first search, not with the page. Each space-separated term
 * is looked up as the exact phrase of its character bigrams
 * (src/lib/search-tokens.ts); a document must contain every term. The query,
 * filters and sort live in the address, so a search can be linked.
 */
import { ui } from '../i18n/zh-CN.ts';
import { readableExcerpt, SEARCH_INDEX_LANGUAGE, searchTerms } from '../lib/search-tokens.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] }>;
}

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

let pagefindPromise: Promise<Pagefind> | undefined;
let shown: PagefindResult[] = [];
let latestRun = 0;
/** Whether the excerpts' highlights stand for whole bigrams (not for a one-character search). */
let marksWholeBigrams = true;

function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const module: Pagefind = await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`);
    // Pagefind picks its index by <html lang> and, for zh, cuts queries into
    // words. The index is written under another language (see
    // SEARCH_INDEX_LANGUAGE), so open it under that one; Pagefind reads the
    // attribute only now (https://github.com/Pagefind/pagefind/issues/593).
    const html = document.documentElement;
    const pageLanguage = html.lang;
    html.lang = SEARCH_INDEX_LANGUAGE;
    const ready = module.init();
    html.lang = pageLanguage;
    await ready;
    await module.options({ excerptLength: 60 });
    await fillFilters(module);
    return module;
  })();
  return pagefindPromise;
}

async function fillFilters(pagefind: Pagefind): Promise<void> {
  const available = await pagefind.filters();
  const wanted = new URLSearchParams(location.search);
  for (const select of filterSelects) {
    const values = Object.keys(available[select.dataset.filter!] ?? {}).sort((a, b) => b.localeCompare(a, 'zh-CN'));
    for (const value of select.dataset.filter === 'year' ? values : values.reverse()) {
      select.add(new Option(`${value}（${available[select.dataset.filter!]![value]}）`, value));
    }
    select.value = wanted.get(select.name) ?? '';
  }
  filterPanel.hidden = false;
  // Open when the address brought filters or a sort, so the visitor sees why results are narrowed.
  filterPanel.open = [...filterSelects, sortSelect].some((select) => select.value !== '');
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
    const pagefind = await loadPagefind();
    const results = await findAll(pagefind, query, { filters, ...(sort ? { sort } : {}) });
    if (run === latestRun) render(results, query);
  } catch (error) {
    console.error(error);
    status.textContent = ui.searchError;
    list.setAttribute('aria-busy', 'false');
  }
}

/** Documents containing every term, best first (or newest first when sorting by date). */
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

function resultItem(data: { url: string; excerpt: string; meta: Record<string, string> }): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = [data.meta.place, data.meta.date, data.meta.docType].filter(Boolean).join(' · ');
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
for (const select of [...filterSelects, sortSelect]) select.addEventListener('change', () => void search());
input.addEventListener('focus', () => void loadPagefind(), { once: true });
more.addEventListener('click', () => void showMore());

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
sortSelect.value = params.get('sort') === 'date' ? 'date' : '';
if ([...params.keys()].some((key) => key === 'q' || filterSelects.some((select) => select.name === key))) {
  void loadPagefind().then(search);
}
