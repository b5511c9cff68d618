/**
 * Give every top-level paragraph and heading of a document's body (a hast
 * tree) a stable anchor and a visible, focusable pinpoint link, so a citation
 * can point at a paragraph.
 *
 * A paragraph's anchor is `p-` and 8 hex digits of the SHA-256 of its text:
 * it stays the same across rebuilds and converter changes as long as the
 * text does, and a paragraph repeated word for word gets `-2`, `-3`. A
 * heading's anchor is its text slugged, as Astro slugs it (readable, and
 * stable the same way); its link is §.
 * Paragraphs are numbered ¶1, ¶2 … in order; the number is for reading, the
 * anchor for linking.
 *
 *   <p>今年以来…</p>  →  <div class="pinpoint"><p id="p-3f2a9c1e">今年以来…</p><a class="pin" href="#p-3f2a9c1e" aria-label="第 1 段的链接">¶1</a></div>
 */
import { createHash } from 'node:crypto';
import type { MarkdownHeading } from 'astro';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';

export const PARAGRAPH_ANCHOR = /^p-[0-9a-f]{8}(?:-\d+)?$/;

/** The anchor of a paragraph with this text, before any repeat suffix. */
export function paragraphAnchor(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  return `p-${createHash('sha256').update(normalised).digest('hex').slice(0, 8)}`;
}

/** Adds the anchors and links in place; returns the headings, in order, for the contents list. */
export function addPinpoints(tree: Root): MarkdownHeading[] {
  const used = new Map<string, number>();
  const slugger = new GithubSlugger();
  const headings: MarkdownHeading[] = [];
  let paragraphs = 0;
  tree.children = tree.children.map((node) => {
    if (node.type !== 'element') return node;
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (depth) {
      const text = textOf(node);
      const slug = slugger.slug(text);
      headings.push({ depth: Number(depth), slug, text });
      node.properties.id = slug;
      return pinpoint(node, `#${encodeURIComponent(slug)}`, '本节的链接', '§');
    }
    if (node.tagName !== 'p') return node;
    const base = paragraphAnchor(textOf(node));
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    const id = seen === 1 ? base : `${base}-${seen}`;
    paragraphs++;
    node.properties.id = id;
    return pinpoint(node, `#${id}`, `第 ${paragraphs} 段的链接`, `¶${paragraphs}`);
  });
  return headings;
}

function pinpoint(block: Element, href: string, label: string, mark: string): Element {
  const link: ElementContent = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['pin'], href, ariaLabel: label },
    children: [{ type: 'text', value: mark }],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['pinpoint'] }, children: [block, link] };
}
