/**
 * The content loader of the reports collection: reads content/reports/*.mdx
 * and stores each document's frontmatter, validated by the collection's
 * schema. The body is rendered when its page is (src/lib/document-body.ts).
 *
 * Why not Astro's glob loader: it compiles every MDX file into a JavaScript
 * module of the server build, about 1 MB of build memory per document (3.2 GB
 * at 2,000 documents). Nor bodies rendered into the data store: the whole
 * store passes through the bundler, and at 10,000 documents the build then
 * peaked at 5.7 GB. The converter's MDX is text only (no components, imports
 * or expressions), so compiling it when its page is written, with the same
 * MDX engine, gives the same page while the build holds only the records.
 *
 * A file is read only when it may have changed: what the last load found of
 * each (its statKey and digest) is kept in Astro's cache folder, and a file
 * whose stat and stored digest are the same is taken as it was. At 100,000
 * documents, reading them all again took nearly three minutes of every build.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitDocument } from './document-body.ts';
import { loadedIds } from './parts/build-plan.ts';
import { buildPart } from './site-config.ts';
import { statKey } from './stat-key.ts';

/** What the last load found of a file: its stat (stat-key.ts) and the digest stored for it. */
type Seen = Record<string, { stat: string; digest: string }>;

export function reportsLoader(folder: string): Loader {
  return {
    name: 'zhendang-reports',
    async load({ config, store, parseData, generateDigest, logger }) {
      const root = fileURLToPath(config.root);
      const base = join(root, folder);
      const seenFile = join(fileURLToPath(config.cacheDir), 'zhendang-reports-seen.json');
      const before = readSeen(seenFile);
      const found: Seen = {};
      const part = buildPart();
      const keep = part && loadedIds(part.plan, part.name);
      const names = (await readdir(base))
        .filter((name) => name.endsWith('.mdx') && (!keep || keep.has(name.slice(0, -'.mdx'.length))))
        .sort();
      if (keep && names.length < keep.size) {
        const missing = [...keep].find((id) => !names.includes(`${id}.mdx`));
        throw new Error(
          `${folder}/${missing}.mdx is in part ${part.name} of the build plan but not on disk: plan again`,
        );
      }
      const seen = new Set<string>();
      // Stored together once every file is read: Astro saves the whole store 500 ms after its last change, and a
      // set between two reads let that save (7 s at 100,000 documents) start again and again (59 s in all).
      const changed: Parameters<typeof store.set>[0][] = [];
      for (const name of names) {
        const filePath = relative(root, join(base, name));
        const id = name.slice(0, -'.mdx'.length);
        seen.add(id);
        const stat = statKey(join(base, name));
        const known = before[name];
        if (stat && known?.stat === stat && store.get(id)?.digest === known.digest) {
          found[name] = known;
          continue;
        }
        const mdx = await readFile(join(base, name), 'utf8');
        const digest = generateDigest(mdx);
        if (stat) found[name] = { stat, digest };
        if (store.get(id)?.digest === digest) continue;
        let frontmatter: unknown;
        try {
          frontmatter = splitDocument(mdx).frontmatter;
        } catch (error) {
          throw new Error(`${filePath}: ${(error as Error).message}`);
        }
        const data = await parseData({ id, data: frontmatter as Record<string, unknown>, filePath });
        changed.push({ id, data, digest, filePath });
      }
      for (const entry of changed) store.set(entry);
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      writeSeen(seenFile, found);
      logger.info(`${names.length} documents${part ? ` (part ${part.name})` : ''}, ${changed.length} new or changed`);
    },
  };
}

function readSeen(file: string): Seen {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Seen;
  } catch {
    return {}; // None yet, or not whole: every file is read.
  }
}

/** Written aside and renamed, so that a killed build leaves the last whole file. */
function writeSeen(file: string, seen: Seen): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(seen));
  renameSync(`${file}.${process.pid}`, file);
}
