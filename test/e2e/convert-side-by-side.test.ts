/**
 * `npm run convert -- --jobs N`: sources converted on N worker threads give
 * the archive one thread gives, byte for byte, with the same problems
 * reported in the same order and the same summary.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { convert, temporaryFolder } from '../helpers/run.ts';

const filesOf = (folder: string) =>
  readdirSync(folder)
    .sort()
    .map((name) => [name, readFileSync(join(folder, name), 'utf8')]);
// The summary names the output folder and ends with the seconds the run took, which differ.
const summaryOf = ({ out, result }: { out: string; result: ReturnType<typeof convert> }) =>
  result.stdout.replace(out, '<out>').replace(/; [\d.]+ s( on \d+ worker threads)?\n$/, '');

describe('a conversion on several threads', () => {
  let corpus: string;
  const runs: Record<string, { out: string; result: ReturnType<typeof convert> }> = {};

  beforeAll(() => {
    corpus = join(temporaryFolder(), 'corpus');
    writeSyntheticCorpus(corpus, 40);
    const [first] = readdirSync(corpus).filter((name) => name.endsWith('.txt'));
    copyFileSync(join(corpus, first!), join(corpus, `zz same bytes.txt`));
    writeFileSync(join(corpus, 'empty.txt'), '');
    for (const jobs of ['1', '3']) {
      const out = join(temporaryFolder(), `reports-${jobs}`);
      runs[jobs] = { out, result: convert(corpus, '--out', out, '--jobs', jobs) };
    }
  });

  it('writes the same documents, byte for byte, as one thread', () => {
    expect(runs['3']!.result.stdout).toMatch(/ s on 3 worker threads\n$/);
    expect(runs['1']!.result.stdout).not.toContain('worker threads');
    expect(readdirSync(runs['3']!.out)).toHaveLength(40);
    expect(filesOf(runs['3']!.out)).toEqual(filesOf(runs['1']!.out));
  });

  it('reports the same problems in the same order, and the same summary', () => {
    expect(runs['3']!.result.status).toBe(1);
    expect(runs['3']!.result.stderr).toContain('empty.txt: error: cannot read as text: the file is empty');
    expect(runs['3']!.result.stderr).toMatch(/zz same bytes\.txt: warning: same bytes as /);
    expect(runs['3']!.result.stderr).toBe(runs['1']!.result.stderr);
    expect(summaryOf(runs['3']!)).toBe(summaryOf(runs['1']!));
  });

  it('recalls every document on the next run, and starts no workers for the one file it converts again', () => {
    // The empty file failed, so it is read again; the others are recalled from the cache.
    const again = convert(corpus, '--out', runs['3']!.out);
    expect(again.stdout).toContain('40 of 42 documents converted (0 written, 40 unchanged');
    expect(again.stdout).toContain('40 recalled from the last run');
    expect(again.stdout).not.toContain('worker threads');
  });
});
