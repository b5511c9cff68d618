/**
 * The content store's module in a build reads the store's file rather than
 * holding its text as one string literal (src/lib/content-store-file.ts):
 * the same records, without V8 compiling a literal of a hundred megabytes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/store/project-root.ts';
import { contentStoreFromFile } from '../../src/lib/content-store-file.ts';

type Transform = (code: string, id: string) => { code: string } | null;

/**
 * The integration's Vite plugin, as `astro build` (or `astro dev`) would be given it, with the cache folder given:
 * its transform as Vite runs it, on the modules whose id its filter takes.
 */
function storePlugin(command: 'build' | 'dev', cacheDir: string): Transform | null {
  let transform: Transform | null = null;
  const setup = contentStoreFromFile().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
    updateConfig: (config: { vite: { plugins: { transform: { filter: { id: RegExp }; handler: Transform } }[] } }) => {
      const { filter, handler } = config.vite.plugins[0]!.transform;
      transform = (code, id) => (filter.id.test(id) ? handler(code, id) : null);
    },
  });
  return transform;
}

const STORE_ID = '\0astro:data-layer-content';

describe('the content store in a build', () => {
  it("reads the records from the store's file that Astro wrote, the same as the literal held", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'zhendang-store-'));
    const store = JSON.stringify([
      ['reports', [{ id: '7c88cf9a948c', title: '天目山镇2023年工作总结 "引号" \\ \u2028' }]],
    ]);
    writeFileSync(join(cache, 'data-store.json'), store);
    const transform = storePlugin('build', cache)!;
    const inlined = `export default JSON.parse(${JSON.stringify(store)})`;

    const result = transform(inlined, STORE_ID)!;
    expect(result.code).not.toContain('天目山镇');
    expect(result.code.length).toBeLessThan(300);
    const module = join(cache, 'store-module.mjs');
    writeFileSync(module, result.code);
    const { default: records } = await import(pathToFileURL(module).href);
    const { default: expected } = await import(`data:text/javascript,${encodeURIComponent(inlined)}`);
    expect(records).toEqual(expected);
  });

  it('matches the code Astro gives the module: an upgrade that changes it must look at this workaround again', () => {
    const astroFile = (path: string) =>
      readFileSync(join(projectRoot, 'node_modules/astro/dist/content', path), 'utf8');
    expect(astroFile('vite-plugin-content-virtual-mod.js')).toContain('code: `export default JSON.parse(');
    // Where a build's store is written: <cacheDir>/data-store.json.
    expect(astroFile('paths.js')).toContain(
      'new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir)',
    );
    expect(astroFile('consts.js')).toContain('const DATA_STORE_FILE = "data-store.json";');
  });

  it('leaves any other module, a store not in one file, and astro dev as Astro made them', () => {
    const transform = storePlugin('build', tmpdir())!;
    expect(transform('export default new Map()', STORE_ID)).toBeNull();
    expect(
      transform('export default{"reports":[(await import("astro:data-layer-content-chunk:a.txt"))]}', STORE_ID),
    ).toBeNull();
    expect(transform('export default JSON.parse("[]")', '/src/pages/index.astro')).toBeNull();
    expect(storePlugin('dev', tmpdir())).toBeNull();
  });
});
