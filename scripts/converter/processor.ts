/**
 * The conversion pipeline: decoded source text in, MDX out.
 *
 * Steps run in this order; each is a unified plugin in scripts/converter/plugins/ with
 * its own tests. Reading structure first (zones, layout), then taking out what
 * is not body (metadata, chrome, title), then an HTML page's tables, then
 * shaping the body (paragraphs, headings), then reading its key figures,
 * then deciding meaning (the record), and last writing.
 *
 * remark-gfm writes tables as GFM tables, and escapes every character GFM
 * would read as markup in text (`~`, a leading `|`), since the site compiles
 * the body with GFM on (src/lib/document-body.ts).
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Gazetteer } from './helpers/gazetteer.ts';
import { buildRecord } from './plugins/build-record.ts';
import { extractFigures } from './plugins/extract-figures.ts';
import { extractMetadata } from './plugins/extract-metadata.ts';
import { findTitle } from './plugins/find-title.ts';
import { headingsFromNumbering } from './plugins/headings-from-numbering.ts';
import { insertFrontmatter } from './plugins/insert-frontmatter.ts';
import { markZones } from './plugins/mark-zones.ts';
import { parseSourceLines } from './plugins/parse-source-lines.ts';
import { readSpeechHeader } from './plugins/read-speech-header.ts';
import { recogniseLayout } from './plugins/recognise-layout.ts';
import { splitRunOnParagraphs } from './plugins/split-run-on-paragraphs.ts';
import { stripChrome } from './plugins/strip-chrome.ts';
import { stripReprintedText } from './plugins/strip-reprinted-text.ts';
import { stripTitleRepeats } from './plugins/strip-title-repeats.ts';
import { tablesFromPage } from './plugins/tables-from-page.ts';
import { unflattenPage } from './plugins/unflatten-page.ts';
import { GFM_OPTIONS, STRINGIFY_OPTIONS } from './serialise.ts';

export function createProcessor(gazetteer: Gazetteer) {
  return unified()
    .use(parseSourceLines)
    .use(unflattenPage)
    .use(markZones)
    .use(recogniseLayout)
    .use(extractMetadata)
    .use(stripChrome)
    .use(findTitle)
    .use(tablesFromPage)
    .use(splitRunOnParagraphs)
    .use(stripTitleRepeats)
    .use(stripReprintedText)
    .use(readSpeechHeader)
    .use(headingsFromNumbering)
    .use(extractFigures)
    .use(buildRecord, { gazetteer })
    .use(insertFrontmatter)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkMdx)
    .use(remarkGfm, GFM_OPTIONS)
    .use(remarkStringify, STRINGIFY_OPTIONS)
    .freeze();
}
