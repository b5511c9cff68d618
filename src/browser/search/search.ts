/**
 * The search page's behaviour. Pagefind's runtime and the newest shard's
 * metadata load when the search box gets focus, never with the page. A
 * search walks the shards newest first (src/browser/search/shard-walk.ts) until it
 * has a page of results, so results are in exact date order and a common
 * query opens one shard; "more" walks on, and "count all" searches every
 * shard. Relevance order ranks what has been found so far. The query,
 * filters and order live in the address, so a search can be linked.
 */
import { ui } from '../../i18n/zh-CN.ts';
import { provinceChoicesPath } from '../../shared/search/filters.ts';
import { mayBeTraditional, searchTerms } from '../../shared/search/tokens.ts';
import {
  addProvinceChoices,
  countsByFilter,
  type FilterChoices,
  fillFilters,
  type ListCounts,
  provincesNeeded,
} from './filter-lists.ts';
import { loadIndex } from './pagefind-index.ts';
import { failed, PAGE_SIZE, type ResultElements, ResultPages } from './result-pages.ts';
import { shardsHolding } from './route-lookup.ts';
import { ShardWalk } from './shard-walk.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const filterPanel = form.querySelector<HTMLDetailsElement>('#search-filters')!;
const filterSelects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const elements: ResultElements = {
  status: document.querySelector<HTMLElement>('#search-status')!,
  list: document.querySelector<HTMLOListElement>('#search-results')!,
  more: document.querySelector<HTMLButtonElement>('#search-more')!,
  countAll: document.querySelector<HTMLButtonElement>('#search-count-all')!,
};
let choicesPromise: Promise<FilterChoices> | undefined;
/** The current search's walk over the shards and its results on the page. */
let current: { walk: ShardWalk; pages: ResultPages } | undefined;
let latestRun = 0;
/** How a character is compared with the query's: simplified (once the table is loaded) and in lower case. */
let fold = (character: string) => character.toLowerCase();

/** The choices of each filter (/search-filters.json), loaded when the filters are first opened. */
function loadFilterChoices(): Promise<FilterChoices> {
  choicesPromise ??= (async () => {
    const [choices] = await Promise.all([
      fetchJson<FilterChoices>('search-filters.json'),
      loadIndex().then(({ pagefind }) => pagefind.filters()),
    ]);
    const wanted = new URLSearchParams(location.search);
    const chosen = (name: string) => wanted.get(name) ?? '';
    await withProvinces(choices, provincesNeeded(chosen, provincesOf(choices)));
    fillFilters(filterSelects, choices, listCounts(), (select) => chosen(select.name));
    return choices;
  })();
  return choicesPromise;
}

/** The province files already asked for, each once. */
const provinceFiles = new Map<string, Promise<void>>();

/** The choices with the counties and towns of these provinces added (/search-filters/<province>.json). */
async function withProvinces(choices: FilterChoices, provinces: string[]): Promise<FilterChoices> {
  await Promise.all(
    provinces.map((province) => {
      if (!provinceFiles.has(province))
        provinceFiles.set(
          province,
          fetchJson<FilterChoices>(provinceChoicesPath(province)).then((file) => addProvinceChoices(choices, file)),
        );
      return provinceFiles.get(province);
    }),
  );
  return choices;
}

function provincesOf(choices: FilterChoices): string[] {
  return (choices.province ?? []).map(([province]) => province);
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

function currentFilters(): Record<string, string> {
  return Object.fromEntries(
    filterSelects.filter((select) => select.value).map((select) => [select.dataset.filter!, select.value]),
  );
}

/** What the filter lists count: the archive, or the query's results in the shards searched. */
function listCounts(): ListCounts {
  if (!current) return 'archive';
  const counts = countsByFilter(filterSelects, current.walk.counts);
  return counts === 'unknown' ? counts : { counts, partial: !current.walk.complete };
}

async function search(): Promise<void> {
  const run = ++latestRun;
  const query = input.value.trim();
  const lookedUp = await simplifiedQuery(query);
  const filters = currentFilters();
  saveToAddress(query, filters);
  const { status, list, more, countAll } = elements;
  current = undefined;
  list.replaceChildren();
  if (query === '' && Object.keys(filters).length === 0) {
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
    const walk = new ShardWalk(index, lookedUp, filters, holding);
    await walk.findAtLeast(PAGE_SIZE, choicesPromise !== undefined);
    if (run !== latestRun) return;
    const pages = new ResultPages(elements, {
      walk,
      typed: query,
      highlight: lookedUp,
      fold,
      byRelevance: sortSelect.value === 'relevance',
      countsFilters: () => choicesPromise !== undefined,
      isCurrent: () => run === latestRun,
      changed: async () => {
        if (choicesPromise) fillFilters(filterSelects, await choicesPromise, listCounts());
      },
    });
    current = { walk, pages };
    await pages.showMore();
  } catch (error) {
    failed(elements, error);
  }
}

/** The query in simplified characters, as the index holds every text; the table loads only when needed. */
async function simplifiedQuery(query: string): Promise<string> {
  if (!mayBeTraditional(query)) return query;
  const { simplifiedText, simplifiedCharacter } = await import('../../shared/simplified-characters.ts');
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
    void loadFilterChoices()
      .then((choices) => {
        const chosen = (name: string) => filterSelects.find((other) => other.dataset.filter === name)?.value ?? '';
        return withProvinces(choices, provincesNeeded(chosen, provincesOf(choices)));
      })
      .then((choices) => {
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
  if (searching) elements.list.setAttribute('aria-busy', 'true');
  void loadFilterChoices().then(() => (searching ? search() : undefined));
});
elements.more.addEventListener('click', () => void current?.pages.showMore());
elements.countAll.addEventListener('click', () => void current?.pages.countAll());

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
