/**
 * The tree the converter works on, and the few helpers every step shares.
 *
 * Each non-blank source line becomes one mdast `paragraph` whose single text
 * child holds the line's characters exactly, less surrounding whitespace, and
 * whose position says where that text starts in the decoded source. Steps may
 * remove paragraphs, cut text off either end, split them, or turn them into
 * headings, but never change a character inside: that is what lets the
 * fidelity check rebuild the source from the body and `stripped`.
 */
import type { Heading, Paragraph, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Stripped, StrippedReason } from '../../../src/shared/report-schema.ts';

export type Block = Paragraph | Heading;

/** Where a block stands on the page (mark-zones.ts): page header, body core or page footer. */
export type Zone = 'header' | 'core' | 'footer';

declare module 'mdast' {
  interface ParagraphData {
    zone?: Zone;
  }
  interface HeadingData {
    zone?: Zone;
  }
}

/** A block's zone; a block never marked is body. */
export function zoneOf(block: Block): Zone {
  return block.data?.zone ?? 'core';
}

/** Text of a block made by the parser: its single text child. */
export function blockText(block: Block): string {
  const [child] = block.children;
  return child?.type === 'text' ? child.value : '';
}

export function blockLine(block: Block): number {
  return block.position!.start.line;
}

export function blockColumn(block: Block): number {
  return block.position!.start.column;
}

/** The blocks of the tree, in source order. */
export function blocksOf(tree: Root): Block[] {
  return tree.children.filter((node): node is Block => node.type === 'paragraph' || node.type === 'heading');
}

export function makeParagraph(value: string, line: number, column: number, offset: number): Paragraph {
  const start = { line, column, offset };
  const end = { line, column: column + value.length, offset: offset + value.length };
  const text: Text = { type: 'text', value, position: { start, end } };
  return { type: 'paragraph', children: [text], position: { start, end } };
}

/** Record `text`, found at `line`:`column` of the source, as stripped for `reason`. */
export function recordStripped(file: VFile, reason: StrippedReason, line: number, column: number, text: string): void {
  if (text.trim() === '') return;
  file.data.stripped ??= [];
  file.data.stripped.push({ line, column, text, reason });
}

/** Remove whole blocks from the tree, recording each as stripped. */
export function stripBlocks(tree: Root, file: VFile, blocks: Block[], reason: StrippedReason): void {
  if (blocks.length === 0) return;
  const doomed = new Set<RootContent>(blocks);
  for (const block of blocks) {
    recordStripped(file, reason, blockLine(block), blockColumn(block), blockText(block));
  }
  tree.children = tree.children.filter((node) => !doomed.has(node));
}

/**
 * Cut the first `length` characters off a block, recording them as stripped;
 * whitespace after the cut is dropped too. Returns false when nothing is left.
 */
export function stripPrefix(file: VFile, block: Block, length: number, reason: StrippedReason): boolean {
  const text = blockText(block);
  recordStripped(file, reason, blockLine(block), blockColumn(block), text.slice(0, length));
  const rest = text.slice(length);
  const kept = rest.trimStart();
  const skipped = length + (rest.length - kept.length);
  replaceText(block, kept, skipped);
  return kept.length > 0;
}

/** Cut characters off the end of a block, recording them as stripped. */
export function stripSuffix(file: VFile, block: Block, length: number, reason: StrippedReason): boolean {
  const text = blockText(block);
  const kept = text.slice(0, text.length - length).trimEnd();
  const cutAt = text.length - length;
  recordStripped(file, reason, blockLine(block), blockColumn(block) + cutAt, text.slice(cutAt));
  replaceText(block, kept, 0);
  return kept.length > 0;
}

/** Give a block new text that starts `skipped` characters further into the source line. */
function replaceText(block: Block, value: string, skipped: number): void {
  const start = block.position!.start;
  const newStart = { line: start.line, column: start.column + skipped, offset: (start.offset ?? 0) + skipped };
  const end = { line: start.line, column: newStart.column + value.length, offset: newStart.offset + value.length };
  block.position = { start: newStart, end };
  block.children = [{ type: 'text', value, position: { start: newStart, end } }];
}

/** Sort `stripped` into source order, so that the record reads like the page. */
export function sortStripped(stripped: Stripped[]): Stripped[] {
  return [...stripped].sort((a, b) => a.line - b.line || a.column - b.column);
}
