/**
 * Which source file each document already in the output folder was made
 * from. A source is archived byte for byte and its document's address is
 * permanent, so a file that comes back under the same name with other bytes
 * is refused instead of silently replacing what was published.
 *
 *   readArchivedSources("content/reports")
 *   → Map { "003_f339….txt" → { id: "7c88cf9a948c", sha256: "7c88cf9a…", previousVersion: null } }
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { keptFacts } from './file-facts.ts';

export interface ArchivedSource {
  id: string;
  sha256: string;
  /** The earlier capture of the same page the document names, if it names one. */
  previousVersion: string | null;
}

// The record's `source` block, as insert-frontmatter.ts writes it.
const sourceBlock = /^source:\n {2}file: (.+)\n {2}sha256: ([0-9a-f]{64})$/m;
const idLine = /^id: ([0-9a-f]{12})$/m;
const versionLine = /^previousVersion: ([0-9a-f]{12})$/m;

export function readArchivedSources(folder: string): Map<string, ArchivedSource> {
  const archived = new Map<string, ArchivedSource>();
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
  } catch {
    return archived;
  }
  // Read again only where a document was written since the last run.
  const facts = keptFacts<[string, ArchivedSource] | null>('archived-sources', [folder], import.meta.url);
  for (const name of names) {
    const found = facts.of(join(folder, name), readArchivedSource);
    if (found) archived.set(...found);
  }
  facts.save();
  return archived;
}

function readArchivedSource(path: string): [string, ArchivedSource] | null {
  const head = readHead(path);
  const source = sourceBlock.exec(head);
  const id = idLine.exec(head);
  const previousVersion = versionLine.exec(head)?.[1] ?? null;
  return source && id ? [unquote(source[1]!), { id: id[1]!, sha256: source[2]!, previousVersion }] : null;
}

/** The frontmatter's fields before `stripped` fit in the first few kilobytes; no need to read the body. */
function readHead(path: string): string {
  const buffer = Buffer.alloc(8192);
  const fd = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** YAML 1.1 quotes a file name that needs it ("a: b.txt"): undo the double quotes it uses. */
function unquote(value: string): string {
  return value.startsWith('"') ? (JSON.parse(value) as string) : value;
}
