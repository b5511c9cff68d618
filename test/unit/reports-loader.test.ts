/**
 * The reports collection's loader (src/lib/reports-loader.ts) reads a
 * document's file only when it may have changed since the last load: its
 * stat is the same file's, or the file is read and its digest compared.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { reportsLoader } from '../../src/lib/reports-loader.ts';
import { temporaryFolder } from '../helpers/run.ts';

// The loader checks nothing of a record (the collection's schema does): a frontmatter and a body will do.
const DOCUMENT = `---\nid: 0a1b2c3d4e5f\ntitle: 某镇2024年工作总结\n---\n\n全镇经济社会发展稳中向好。\n`;

/** A load as Astro runs it, with a store kept between loads; what it parsed and said. */
function loaderRun(root: string) {
  const entries = new Map<string, { id: string; data: unknown; digest?: string }>();
  const parsed: string[] = [];
  const said: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(join(root, 'cache/')) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: unknown; digest?: string }) => entries.set(entry.id, entry),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ id, data }: { id: string; data: unknown }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    logger: { info: (message: string) => said.push(message) },
  } as unknown as LoaderContext;
  const load = async () => {
    parsed.length = 0;
    await reportsLoader('reports').load(context);
    return { parsed: [...parsed], said: said.at(-1) };
  };
  return { load, entries };
}

describe('the reports loader', () => {
  const setUp = () => {
    const root = temporaryFolder();
    mkdirSync(join(root, 'reports'));
    const file = join(root, 'reports', '0a1b2c3d4e5f.mdx');
    writeFileSync(file, DOCUMENT);
    return { root, file, ...loaderRun(root) };
  };

  it('stores each document once, and takes an untouched file as it was on the next load', async () => {
    const { load, entries } = setUp();
    expect((await load()).parsed).toEqual(['0a1b2c3d4e5f']);
    expect(entries.get('0a1b2c3d4e5f')?.data).toMatchObject({ id: '0a1b2c3d4e5f' });
    expect(await load()).toEqual({ parsed: [], said: '1 documents, 0 new or changed' });
  });

  it('reads a file again when it was written, even with its size and modification time set back', async () => {
    const { load, file } = setUp();
    await load();
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    // The same length, another title: only the change time tells.
    writeFileSync(file, text.replace('工作总结', '工作总计'));
    expect(statSync(file).size).toBe(before.size);
    utimesSync(file, before.atime, before.mtime);
    expect(await load()).toEqual({ parsed: ['0a1b2c3d4e5f'], said: '1 documents, 1 new or changed' });
  });
});
