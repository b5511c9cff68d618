/**
 * A Sätteri hast plugin (configured in astro.config.mjs) that gives every
 * paragraph and heading of a document a stable anchor and a visible,
 * focusable pinpoint link, so a citation can point at a paragraph.
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
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

export const PARAGRAPH_ANCHOR = /^p-[0-9a-f]{8}(?:-\d+)?$/;

/** The anchor of a paragraph with this text, before any repeat suffix. */
export function paragraphAnchor(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  return `p-${createHash('sha256').update(normalised).digest('hex').slice(0, 8)}`;
}

export function pinpointAnchors() {
  return () => {
    const used = new Map<string, number>();
    const slugger = new GithubSlugger();
    let paragraphs = 0;
    return defineHastPlugin({
      name: 'zhendang-pinpoint-anchors',
      element: {
        filter: ['p', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          if (ctx.parent(node)?.type !== 'root') return;
          if (node.tagName !== 'p') {
            const slug = slugger.slug(ctx.textContent(node));
            ctx.setProperty(node, 'id', slug);
            ctx.wrapNode(node, {
              raw: `<div class="pinpoint"><a class="pin" href="#${encodeURIComponent(slug)}" aria-label="本节的链接">§</a></div>`,
            });
            return;
          }
          const base = paragraphAnchor(ctx.textContent(node));
          const seen = (used.get(base) ?? 0) + 1;
          used.set(base, seen);
          const id = seen === 1 ? base : `${base}-${seen}`;
          paragraphs++;
          ctx.setProperty(node, 'id', id);
          ctx.wrapNode(node, {
            raw: `<div class="pinpoint"><a class="pin" href="#${id}" aria-label="第 ${paragraphs} 段的链接">¶${paragraphs}</a></div>`,
          });
        },
      },
    });
  };
}
