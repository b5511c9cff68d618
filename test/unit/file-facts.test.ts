import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FileFacts } from '../../scripts/store/file-facts.ts';

describe('facts kept of a file while it is untouched', () => {
  let folder: string;
  let file: string;
  let store: string;
  let reads: string[];
  const length = (path: string) => {
    const bytes = readFileSync(path);
    reads.push(bytes.toString());
    return bytes.length;
  };
  const nextRun = (version = 'v1') => {
    const facts = new FileFacts<number>(store, version);
    const value = facts.of(file, length);
    facts.save();
    return value;
  };

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'file-facts-'));
    file = join(folder, 'a.txt');
    store = join(folder, 'cache', 'facts.json');
    reads = [];
    writeFileSync(file, '甲乙');
  });

  it('reads a file in the first run only, while it is untouched', () => {
    expect(nextRun()).toBe(6);
    expect(nextRun()).toBe(6);
    expect(reads).toEqual(['甲乙']);
  });

  it('reads it again once it is written, even with its size and modification time kept', () => {
    nextRun();
    const times = join(folder, 'times');
    writeFileSync(times, '');
    execFileSync('touch', ['-r', file, times]);
    writeFileSync(file, '丙丁');
    execFileSync('touch', ['-r', times, file]);
    nextRun();
    expect(reads).toEqual(['甲乙', '丙丁']);
  });

  it('reads every file again under another version of the code that reads them', () => {
    nextRun('v1');
    nextRun('v2');
    expect(reads).toHaveLength(2);
  });

  it('reads every file again when the kept facts were cut short', () => {
    nextRun();
    writeFileSync(store, '{"version":"v1","files":{');
    nextRun();
    expect(reads).toHaveLength(2);
  });

  it('keeps only the files a run asked about', () => {
    nextRun();
    const facts = new FileFacts<number>(store, 'v1');
    facts.save();
    nextRun();
    expect(reads).toHaveLength(2);
  });
});
