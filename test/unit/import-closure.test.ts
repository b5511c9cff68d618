import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importClosure } from '../../scripts/store/import-closure.ts';
import { projectRoot } from '../../scripts/store/project-root.ts';
import { folderWith as program } from '../helpers/run.ts';

describe('importClosure', () => {
  it('follows static, re-exported, type-only and dynamic imports, and the files code reads beside itself', () => {
    const root = program({
      'main.ts':
        "import { a } from './stage/a.ts';\nexport * from './stage/b.ts';\nconst c = await import('./c.ts');\n",
      'stage/a.ts': "import type { T } from '../types.ts';\nimport 'node:fs';\nimport { z } from 'zod';\n",
      'stage/b.ts': "const table = new URL('../data/', import.meta.url);\n",
      'c.ts': 'export const c = 1;\n',
      'types.ts': 'export type T = 1;\n',
      'data/towns.tsv': '1\t天目山镇\n',
      'data/more/sites.csv': 'host,owner\n',
      'unrelated.ts': 'export const never = 1;\n',
    });
    expect(importClosure(join(root, 'main.ts')).map((file) => file.slice(root.length + 1))).toEqual([
      'c.ts',
      'data/more/sites.csv',
      'data/towns.tsv',
      'main.ts',
      'stage/a.ts',
      'stage/b.ts',
      'types.ts',
    ]);
  });

  it("follows the imports of a module read by its path, as a worker thread's script is", () => {
    const root = program({
      'main.ts': "const worker = new Worker(new URL('./worker.ts', import.meta.url));\n",
      'worker.ts': "import { index } from './index-one.ts';\n",
      'index-one.ts': 'export const index = 1;\n',
    });
    expect(importClosure(join(root, 'main.ts')).map((file) => file.slice(root.length + 1))).toEqual([
      'index-one.ts',
      'main.ts',
      'worker.ts',
    ]);
  });

  it("holds the search indexer's worker and what it runs", () => {
    const closure = importClosure(join(projectRoot, 'scripts/build-search-index.ts'));
    expect(closure).toContain(join(projectRoot, 'scripts/search-index/shard-worker.ts'));
    expect(closure).toContain(join(projectRoot, 'scripts/search-index/excerpt-files.ts'));
  });

  it('ignores imports shown in comments', () => {
    const root = program({ 'main.ts': "/**\n * import { x } from './missing.ts';\n */\n// import './gone.ts';\n" });
    expect(importClosure(join(root, 'main.ts'))).toHaveLength(1);
  });

  it('names the importer when an import leads nowhere, instead of leaving a gap', () => {
    const root = program({ 'main.ts': "import { x } from './missing.ts';\n" });
    expect(() => importClosure(join(root, 'main.ts'))).toThrow(/main\.ts: imports or reads \.\/missing\.ts/);
  });

  it('holds every file npm run convert runs, down to the web-archive reader and the gazetteer data', () => {
    const closure = importClosure(join(projectRoot, 'scripts/convert.ts')).map((file) =>
      file.slice(projectRoot.length),
    );
    for (const deep of [
      'scripts/converter/read/read-source.ts',
      'scripts/converter/read/attachments.ts',
      'scripts/converter/helpers/data-files.ts',
      'src/shared/simplified-characters.ts',
      'src/lib/warc-record.ts',
      'src/lib/warc-container.ts',
      'src/data/divisions.tsv',
      'src/data/sites.csv',
    ]) {
      expect(closure).toContain(deep);
    }
    expect(closure.filter((file) => file.startsWith('src/pages/') || file.startsWith('test/'))).toEqual([]);
  });
});
