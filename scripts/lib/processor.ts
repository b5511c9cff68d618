/**
 * The conversion pipeline: decoded source text in, MDX out.
 *
 * Steps run in this order; each is a unified plugin in scripts/pipeline/ with
 * its own tests. Reading structure first (zones, layout), then taking out what
 * is not body (metadata, chrome, title), then an HTML page's tables, then
 * shaping the body (paragraphs, headings), then deciding meaning (the
 * record), and last writing.
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
import { buildRecord } from '../pipeline/build-record.ts';
import { extractMetadata } from '../pipeline/extract-metadata.ts';
import { findTitle } from '../pipeline/find-title.ts';
import type { Gazetteer } from '../pipeline/gazetteer.ts';
import { headingsFromNumbering } from '../pipeline/headings-from-numbering.ts';
import { insertFrontmatter } from '../pipeline/insert-frontmatter.ts';
import { markZones } from '../pipeline/mark-zones.ts';
import { parseSourceLines } from '../pipeline/parse-source-lines.ts';
import { readSpeechHeader } from '../pipeline/read-speech-header.ts';
import { recogniseLayout } from '../pipeline/recognise-layout.ts';
import { GFM_OPTIONS, STRINGIFY_OPTIONS } from '../pipeline/serialise.ts';
import { splitRunOnParagraphs } from '../pipeline/split-run-on-paragraphs.ts';
import { stripChrome } from '../pipeline/strip-chrome.ts';
import { stripReprintedText } from '../pipeline/strip-reprinted-text.ts';
import { stripTitleRepeats } from '../pipeline/strip-title-repeats.ts';
import { tablesFromPage } from '../pipeline/tables-from-page.ts';
import { unflattenPage } from '../pipeline/unflatten-page.ts';

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
    .use(buildRecord, { gazetteer })
    .use(insertFrontmatter)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkMdx)
    .use(remarkGfm, GFM_OPTIONS)
    .use(remarkStringify, STRINGIFY_OPTIONS)
    .freeze();
}
