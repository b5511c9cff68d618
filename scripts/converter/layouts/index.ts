/** The layouts the converter knows, most specific first; `generic` always matches. */
import { countyNews } from './county-news.ts';
import { disclosureTable } from './disclosure-table.ts';
import { generic } from './generic.ts';
import { sourceDate } from './source-date.ts';
import type { Layout } from './types.ts';

export const LAYOUTS: Layout[] = [disclosureTable, countyNews, sourceDate, generic];

export function pickLayout(headerTexts: string[]): Layout {
  return LAYOUTS.find((layout) => layout.matches(headerTexts)) ?? generic;
}

export type { HeaderContext, Layout, TitleBlocks } from './types.ts';
