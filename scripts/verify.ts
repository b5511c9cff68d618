/**
 * `npm run verify` (after `npm run build`): for every document, the text
 * its built page shows must be, character for character (whitespace aside),
 * its decoded source less the pieces recorded in `stripped`. Every
 * difference is reported with the document, the source file and the
 * position in it. Exits 1 when any document differs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { htmlToHast } from 'satteri';
import { readArchivedBytes } from '../src/lib/warc-container.ts';
import { readSourceText } from './converter/read/read-source.ts';
import { firstDifference, positionOfCharacter, removeStripped, withoutWhitespace } from './store/fidelity.ts';
import { documentFiles, readRecord } from './store/read-document.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    content: { type: 'string', default: 'content/reports' },
    seeds: { type: 'string', default: 'seeds' },
  },
});

/** The text of a document page's body, without the pinpoint links the site adds (¶1, §). */
export function pageBodyText(html: string): string {
  const root = htmlToHast(html) as HastNode;
  const classes = (node: HastNode) =>
    String((node.properties?.className as string[] | string | undefined) ?? '').split(/[\s,]+/);
  const find = (node: HastNode): HastNode | undefined =>
    node.type === 'element' && classes(node).includes('body') ? node : node.children?.map(find).find(Boolean);
  const text = (node: HastNode): string => {
    if (node.type === 'text') return node.value ?? '';
    if (node.type === 'element' && classes(node).includes('pin')) return '';
    return (node.children ?? []).map(text).join('');
  };
  const body = find(root);
  return body ? text(body) : '';
}

let differences = 0;
const names = documentFiles(values.content);
for (const name of names) {
  const record = readRecord(readFileSync(join(values.content, name), 'utf8'));
  const sourcePath = join(values.seeds, record.source.file);
  const shown = removeStripped(
    readSourceText(readArchivedBytes(values.seeds, record.source.file), record.source.file).text,
    record.stripped,
  );
  const html = readFileSync(join(values.dist, 'reports', record.id, 'index.html'), 'utf8');
  const difference = firstDifference(withoutWhitespace(shown), withoutWhitespace(pageBodyText(html)));
  if (difference) {
    differences++;
    const { line, column } = positionOfCharacter(shown, difference.index);
    console.error(
      `${sourcePath}:${line}:${column}: reports/${record.id}/ differs from its source: ` +
        `the source has "${difference.expected}", the page "${difference.actual}"`,
    );
  }
}
console.log(`${names.length} documents verified against their sources: ${differences} with differences`);
process.exitCode = differences > 0 ? 1 : 0;
