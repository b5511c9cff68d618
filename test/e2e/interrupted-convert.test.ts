/**
 * Failure safety: a conversion killed mid-run leaves only complete, valid
 * documents, and running it again completes the archive.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { readDocument } from '../../scripts/store/read-document.ts';
import { convert, projectRoot, temporaryFolder } from '../helpers/run.ts';

const documents = (folder: string) =>
  existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.mdx')) : [];

describe('a conversion killed mid-run', () => {
  it('leaves no half-written or lost document, and a re-run completes it', async () => {
    const corpus = join(temporaryFolder(), 'corpus');
    const out = join(temporaryFolder(), 'reports');
    writeSyntheticCorpus(corpus, 300);

    const child = spawn(process.execPath, [join(projectRoot, 'scripts/convert.ts'), corpus, '--out', out, '--quiet'], {
      cwd: projectRoot,
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    while (documents(out).length < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    await exited;

    const written = documents(out);
    expect(written.length).toBeGreaterThanOrEqual(20);
    expect(written.length).toBeLessThan(300);
    for (const name of written) expect(() => readDocument(readFileSync(join(out, name), 'utf8')), name).not.toThrow();

    const again = convert(corpus, '--out', out, '--quiet');
    expect(again.status).toBe(0);
    expect(documents(out)).toHaveLength(300);
    // Nothing but documents: no temporary file of the killed run is left.
    expect(readdirSync(out).filter((name) => !/^[0-9a-f]{12}\.mdx$/.test(name))).toEqual([]);
  }, 120_000);
});
