/**
 * Give every top-level paragraph and heading of a document's body (a hast
 * tree) a stable anchor and a visible, focusable pinpoint link, so a citation
 * can point at a paragraph.
 *
 * A paragraph's anchor is `p-` and 8 hex digits of the SHA-256 of its text:
 * it stays the same across rebuilds and converter changes as long as the
 * text does, and a paragraph repeated word for word gets `-2`, `-3`.
 * Paragraphs are numbered ¶1, ¶2 … in order; the number is for reading, the
 * anchor for linking. The header lines of a speech (src/shared/speech-header.ts)
 * keep their anchors but are not numbered. A table is boxed, with anchors on
 * its rows and no number (src/lib/table-box.ts).
 *
 * A heading's anchor is its place in the outline, short enough to read in an
 * address: `s-2` for the second top-level section, `s-2-1` for the first
 * section inside it; its link is §. Headings were first anchored by their
 * slugged text (`#一总体情况`), which citations already use: that anchor
 * stays, on an empty element at the start of the heading.
 *
 *   <p>今年以来…</p>  →  <div class="pinpoint"><p id="p-3f2a9c1e">今年以来…</p><a class="pin" href="#p-3f2a9c1e" aria-label="第 1 段的链接" data-paragraph="1">¶1</a></div>
 *   <h2>一、总体情况</h2>  →  <div class="pinpoint"><h2 id="s-1"><span id="一总体情况"></span>一、总体情况</h2><a class="pin" href="#s-1" …>§</a></div>
 */
import type { MarkdownHeading } from 'astro';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { ui } from '../i18n/zh-CN.ts';
import { findSpeechHeader } from '../shared/speech-header.ts';
import { PARAGRAPH_ANCHOR, paragraphAnchor, paragraphAnchors } from './paragraph-anchor.ts';
import { boxTable } from './table-box.ts';

export { PARAGRAPH_ANCHOR, paragraphAnchor };

/** Adds the anchors and links in place; returns the headings, in order, for the contents list. */
export function addPinpoints(tree: Root): MarkdownHeading[] {
  const anchorOf = paragraphAnchors();
  const slugger = new GithubSlugger();
  const outline = sectionNumbers();
  const headings: MarkdownHeading[] = [];
  const header = speechHeaderAtTop(leadingParagraphs(tree));
  let blocks = 0;
  let paragraphs = 0;
  let tables = 0;
  tree.children = tree.children.map((node) => {
    if (node.type !== 'element') return node;
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (depth) {
      blocks++;
      const text = textOf(node);
      const slug = outline(Number(depth));
      headings.push({ depth: Number(depth), slug, text });
      node.properties.id = slug;
      node.children.unshift(aliasAnchor(slugger.slug(text)));
      return pinpoint(node, slug, ui.sectionLink(text), '§');
    }
    if (node.tagName === 'table') return boxTable(node, ++tables);
    if (node.tagName !== 'p') return node;
    node.properties.id = anchorOf(textOf(node));
    if (blocks++ < header) {
      node.properties.className = ['speech-header'];
      return node;
    }
    paragraphs++;
    return pinpoint(node, String(node.properties.id), ui.paragraphLink(paragraphs), `¶${paragraphs}`, paragraphs);
  });
  return headings;
}

/** The texts of the paragraphs before the first heading. */
/** How many of the body's first paragraphs are a speech header: they open the body, and are not paragraphs of the text. */
function speechHeaderAtTop(paragraphs: string[]): number {
  const header = findSpeechHeader(paragraphs);
  return header?.start === 0 ? header.length : 0;
}

function leadingParagraphs(tree: Root): string[] {
  const texts: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    if (node.tagName !== 'p') break;
    texts.push(textOf(node));
  }
  return texts;
}

/** Numbers sections by depth: the first h2 is s-1, an h3 inside it s-1-1; skipped levels are not counted. */
function sectionNumbers(): (depth: number) => string {
  const open: { depth: number; count: number }[] = [];
  return (depth) => {
    while (open.length > 0 && open.at(-1)!.depth > depth) open.pop();
    if (open.at(-1)?.depth === depth) open.at(-1)!.count++;
    else open.push({ depth, count: 1 });
    return `s-${open.map(({ count }) => count).join('-')}`;
  };
}

function aliasAnchor(id: string): ElementContent {
  return { type: 'element', tagName: 'span', properties: { id, className: ['alias'] }, children: [] };
}

function pinpoint(block: Element, id: string, label: string, mark: string, paragraph?: number): Element {
  const link: ElementContent = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['pin'], href: `#${id}`, ariaLabel: label, dataParagraph: paragraph },
    children: [{ type: 'text', value: mark }],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['pinpoint'] }, children: [block, link] };
}
