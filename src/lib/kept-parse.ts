/**
 * A text's parsed value, kept on disk by the text's hash and the reader's
 * name, so that the same text is parsed once however many processes and pages
 * read it. A document's frontmatter is read by the plan of a build in parts,
 * its part's loader, the archive build's loader, its page, its town's page,
 * its province's CSV and the search indexer: seven parses of 26 KB of YAML
 * (1.8 ms each with js-yaml), where reading the kept value back takes 0.3 ms.
 *
 * The value is kept as V8's serialization (node:v8), which keeps a Date as a
 * Date and gives strings of their own (see `detached` in document-body.ts).
 * Each value is a file of its own, written aside and renamed into place, so
 * that builds running side by side never read half a file; a file that cannot
 * be read back is parsed again, and a cache that cannot be written is only
 * slower. Old entries are never read again and cost only disk: the folder
 * goes with the cache folder (`rm -rf node_modules/.cache`).
 *
 *   keptParse(yamlText, 'js-yaml 5.5.0 YAML 1.1', (text) => load(text))   // parsed the first time, read back after
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import { cacheFolder } from './cache-folder.ts';

/** Under the project's cache folder (cache-folder.ts), as the scripts' kept facts are. */
export const KEPT_PARSE_FOLDER = join(cacheFolder(), 'parsed');

export function keptParse(
  text: string,
  reader: string,
  parse: (text: string) => unknown,
  folder = KEPT_PARSE_FOLDER,
): unknown {
  const key = createHash('sha256').update(reader).update('\0').update(text).digest('hex');
  const file = join(folder, key.slice(0, 2), `${key.slice(2)}.v8`);
  try {
    return deserialize(readFileSync(file));
  } catch {
    // Not kept yet, or not readable: parsed below.
  }
  const bytes = serialize(parse(text));
  try {
    mkdirSync(dirname(file), { recursive: true });
    const aside = `${file}.${process.pid}-${threadId}`;
    writeFileSync(aside, bytes);
    renameSync(aside, file);
  } catch {
    // A full or read-only disk: the value is still right, the next read parses again.
  }
  return deserialize(bytes);
}
