/**
 * A converted document (content/reports/<id>.mdx) read the way the site
 * shows it: its frontmatter, and its body compiled by Sätteri, the MDX
 * engine Astro builds with, with the features that leave text alone.
 *
 *   splitDocument("---\nid: …\n---\n\n## 一、总体情况\n\n正文…")
 *   → { frontmatter: { id: "…", … }, body: "## 一、总体情况\n\n正文…" }
 */
import { readFileSync } from 'node:fs';
import type { MarkdownHeading } from 'astro';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as textOf } from 'hast-util-to-string';
import { floatCoreTag, load, YAML11_SCHEMA } from 'js-yaml';
import { mdxToHast } from 'satteri';
import { findSpeechHeader } from '../shared/speech-header.ts';
import { libraryVersion } from './build-memo.ts';
import { keptParse } from './kept-parse.ts';
import { addPinpoints } from './pinpoint-anchors.ts';

/**
 * GFM for the tables of figures the converter writes (Sätteri turns GFM on
 * as a whole: tables, strikethrough, task lists, autolink literals). The
 * converter escapes what GFM would read as markup in text (`\~`, a leading
 * `\|` or `\-`), except autolink literals, which Sätteri makes whatever the
 * escapes (`www\.example.com`, `http&#x3A;//`): `compileBody` undoes them.
 * No footnotes (`[^1]` is text) and no smart punctuation (it would turn
 * "--" into an en dash): archived text must reach the page unaltered.
 */
export const MARKDOWN_FEATURES = { gfm: { footnotes: false }, smartPunctuation: false } as const;

/**
 * The frontmatter is written by the `yaml` package with YAML 1.1 quoting
 * (scripts/converter/helpers/record-yaml.ts) and read here by js-yaml,
 * about five times faster on a record's key figures (26 KB of YAML a
 * document in the bench's corpus: 10 ms of CPU a document with `yaml`, 2.2
 * with js-yaml). The plan of a build in parts, every part's loader and the
 * search indexer each read the records they hold: at 100,000 documents
 * `yaml` would spend most of an hour of CPU on them.
 *
 * js-yaml's YAML 1.1 schema resolves a plain scalar as `yaml` does, except
 * a number with an exponent and no point (`1e-7`, which `yaml` writes and
 * reads as a number and strict YAML 1.1 as a string): the Core schema's
 * float reads it as `yaml` does. test/unit/frontmatter-yaml.test.ts holds
 * the two to the same records.
 */
const RECORD_SCHEMA = YAML11_SCHEMA.withTags(floatCoreTag);
/** Names what a kept frontmatter was parsed with (kept-parse.ts): another js-yaml or schema parses every document again. */
const RECORD_READER = `${libraryVersion('js-yaml')}, YAML 1.1 with the Core float`;

/**
 * The record and the body. The record is parsed once a frontmatter text and
 * read back after (kept-parse.ts), as a copy with strings of its own: js-yaml
 * cuts each value out of the text, and V8 keeps a cut-out string as a view of
 * the whole, so one title kept in the content store kept its document's whole
 * file alive (the archive build of the bench's 10,000 documents held 881 MB
 * of whole files in a 1,071 MB heap, a heap snapshot). Read back from V8's
 * serialization, every string is a copy, and a number or a date stays one.
 */
export function splitDocument(mdx: string): { frontmatter: unknown; body: string } {
  const match = matchFrontmatter(mdx);
  const frontmatter = keptParse(match[1]!, RECORD_READER, (yaml) => load(yaml, { schema: RECORD_SCHEMA }));
  return { frontmatter, body: mdx.slice(match[0].length) };
}

/** The body alone, for when the record is already known: no need to parse the YAML again. */
export function documentBody(mdx: string): string {
  return mdx.slice(matchFrontmatter(mdx)[0].length);
}

// Not vfile-matter: it parses the YAML on every call (documentBody must not,
// once per page of a 100,000-page build) and reads a document without a
// frontmatter as one with an empty record, which must be refused here.
function matchFrontmatter(mdx: string): RegExpExecArray {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error('the document has no frontmatter (it must start with a line "---")');
  return match;
}

/**
 * The body as a hast tree, exactly as compiled for the page (before anchors are added).
 *
 *   "网址www\\.example.com" → <p>网址www.example.com</p>   (not <p>网址<a href=…>www.example.com</a></p>)
 */
export function compileBody(body: string): Root {
  const tree = mdxToHast(body, { features: MARKDOWN_FEATURES, position: false }) as Root;
  unwrapLinks(tree);
  return tree;
}

/**
 * The converter never writes a link (`[` and `<` in text are escaped), so a
 * link in the compiled body is an autolink literal Sätteri read into the
 * text: it is replaced by its text, which is the text as archived.
 */
function unwrapLinks(node: Root | Element): void {
  const children = (node.children as ElementContent[]).flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    unwrapLinks(child);
    return child.tagName === 'a' ? child.children : [child];
  });
  node.children = children;
}

/** A rendered body: the page's HTML with paragraph and heading anchors, its headings, and its opening words. */
export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
  /** The opening of the text, for a document without a summary of its own (openingOf). */
  opening: string | null;
}

export function renderBody(body: string): RenderedBody {
  const tree = compileBody(body);
  const opening = openingOf(tree);
  const headings = addPinpoints(tree);
  return { html: toHtml(tree, { characterReferences: { useNamedReferences: true } }), headings, opening };
}

/** Enough of the opening to say what a document is about: about this many characters. */
const OPENING_LENGTH = 200;

/**
 * The opening of a body: its first paragraphs, whole, until about
 * OPENING_LENGTH characters, cut after the last full stop (。！？) within
 * that length, else at it with an ellipsis; a work report's header (the
 * meeting and the speaker) and short lines that end no sentence (各位代表：,
 * the title printed again) are passed over. null for a body without paragraphs.
 *
 *   <p>各位代表：</p><p>现在，我代表镇人民政府作报告。请予审议。</p> → "现在，我代表镇人民政府作报告。请予审议。"
 */
export function openingOf(tree: Root): string | null {
  const paragraphs = tree.children.flatMap((node) =>
    node.type === 'element' && node.tagName === 'p' ? [textOf(node).replace(/\s+/g, ' ').trim()] : [],
  );
  // A work report's header (the meeting, the speaker) says where it was delivered, not what it says.
  const header = findSpeechHeader(paragraphs.slice(0, 8));
  if (header) paragraphs.splice(header.start, header.length);
  let text = '';
  for (const paragraph of paragraphs) {
    // A line too short to be a sentence (a salutation, a title printed again, a date) is not the opening.
    if (paragraph.length < 16 && !/[。！？]$/.test(paragraph)) continue;
    text += paragraph;
    if (text.length >= OPENING_LENGTH) break;
  }
  if (text === '') return null;
  if (text.length <= OPENING_LENGTH) return text;
  const cut = text.slice(0, OPENING_LENGTH);
  const stop = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('！'), cut.lastIndexOf('？'));
  return stop > OPENING_LENGTH / 2 ? cut.slice(0, stop + 1) : `${cut}…`;
}

/** A document file's body as its page shows it; an error names the file. */
export function renderDocumentFile(path: string): RenderedBody {
  try {
    return renderBody(documentBody(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`${path}: the document's text cannot be compiled: ${(error as Error).message}`);
  }
}
