/**
 * The content store read from its file while a build writes its pages, not
 * compiled into the build's server bundle.
 *
 * Astro hands the store (every record, as devalue JSON in
 * `<cacheDir>/data-store.json`) to the pages as a module whose code is one
 * string literal: `export default JSON.parse("…")`. V8 compiles a literal of
 * that size slowly: at 100,000 documents (a 116 MB store) importing that
 * module took 74.7 s, where JSON.parse of the same text takes 1.1 s, and every
 * build that loads every record (the archive build, an update) paid it
 * (docs/scaling.md, session 18). Astro's `collectionStorage: "chunked"` cuts
 * the literal into modules of 20 MB (9.6 s), but its writer measures the store
 * a character at a time: 156 s for the same store, at every change.
 *
 * A static build renders its pages in Node, on the machine that has just
 * written the store, so the module reads that file instead: the same text,
 * parsed by the same JSON.parse. The module is left as Astro made it when it
 * is anything else (no store yet, a chunked store) and in `astro dev`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Astro's content plugin gives the store's module once resolved (a virtual module: Rollup's \0 prefix). */
const STORE_MODULE = '\0astro:data-layer-content';
/** The start of the code Astro gives it for a store in one file (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const INLINED_STORE = 'export default JSON.parse(';

export function contentStoreFromFile(): AstroIntegration {
  return {
    name: 'zhendang-content-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // Where Astro writes the store of a build (getDataStoreFile in astro/dist/content/paths.js).
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'zhendang-content-store-from-file',
                transform: {
                  filter: { id: new RegExp(`^${STORE_MODULE}$`) },
                  handler(code: string) {
                    if (!code.startsWith(INLINED_STORE)) return null;
                    return {
                      code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`,
                      map: null,
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
