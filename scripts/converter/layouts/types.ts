import type { Block } from '../helpers/source-tree.ts';

/** What a layout is told about the page header once its metadata and chrome lines are gone. */
export interface HeaderContext {
  /** Remaining header blocks, in source order. */
  header: Block[];
  /** Source lines that held metadata (already stripped). */
  metadataLines: number[];
  /** Source lines that held a breadcrumb (already stripped). */
  breadcrumbLines: number[];
}

/** Which header blocks are the title, and which are the site's banner above it. */
export interface TitleBlocks {
  title: Block[];
  banner: Block[];
}

/**
 * One kind of page. Supporting a new site's layout means adding one module
 * with these three members to `index.ts`.
 */
export interface Layout {
  name: string;
  /** Whether the page's first lines (before anything is removed) look like this layout. */
  matches(headerTexts: string[]): boolean;
  /** The title and banner blocks of the header. */
  findTitle(context: HeaderContext): TitleBlocks;
}
