/**
 * The anchor of a paragraph: `p-` and 8 hex digits of the SHA-256 of its
 * text, whitespace folded. The page (pinpoint-anchors.ts) and the
 * converter's figures (scripts/converter/plugins/extract-figures.ts) both
 * take it from here, so a figure's link is the paragraph's id on the page.
 * A paragraph repeated word for word in one document gets `-2`, `-3`, in order.
 *
 *   paragraphAnchor("今年以来…") → "p-3f2a9c1e"
 */
import { createHash } from 'node:crypto';

export const PARAGRAPH_ANCHOR = /^p-[0-9a-f]{8}(?:-\d+)?$/;

/** The anchor of a paragraph with this text, before any repeat suffix. */
export function paragraphAnchor(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  return `p-${createHash('sha256').update(normalised).digest('hex').slice(0, 8)}`;
}

/** Anchors for paragraphs in document order, with the repeat suffixes the page gives them. */
export function paragraphAnchors(): (text: string) => string {
  const used = new Map<string, number>();
  return (text) => {
    const base = paragraphAnchor(text);
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return seen === 1 ? base : `${base}-${seen}`;
  };
}
