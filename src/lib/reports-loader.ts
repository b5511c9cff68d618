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
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitDocument } from './document-body.ts';
import { loadedIds } from './parts/build-plan.ts';
import { buildPart } from './site-config.ts';

export function reportsLoader(folder: string): Loader {
  return {
    name: 'zhendang-reports',
    async load({ config, store, parseData, generateDigest, logger }) {
      const root = fileURLToPath(config.root);
      const base = join(root, folder);
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
      let changed = 0;
      for (const name of names) {
        const filePath = relative(root, join(base, name));
        const mdx = await readFile(join(base, name), 'utf8');
        const id = name.slice(0, -'.mdx'.length);
        seen.add(id);
        const digest = generateDigest(mdx);
        if (store.get(id)?.digest === digest) continue;
        let frontmatter: unknown;
        try {
          frontmatter = splitDocument(mdx).frontmatter;
        } catch (error) {
          throw new Error(`${filePath}: ${(error as Error).message}`);
        }
        const data = await parseData({ id, data: frontmatter as Record<string, unknown>, filePath });
        store.set({ id, data, digest, filePath });
        changed++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${names.length} documents${part ? ` (part ${part.name})` : ''}, ${changed} new or changed`);
    },
  };
}
