import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../scripts/converter/read/inputs.ts';
import { removeLeftoverTemporaries, writeFileAtomic } from '../../scripts/store/write-atomic.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'zhendang-'));

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temporary file behind', () => {
    const dir = folder();
    expect(writeFileAtomic(join(dir, 'a.mdx'), '内容')).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.mdx']);
    expect(readFileSync(join(dir, 'a.mdx'), 'utf8')).toBe('内容');
  });

  it('does not touch a file whose content is already right', () => {
    const dir = folder();
    const path = join(dir, 'a.mdx');
    writeFileAtomic(path, '内容');
    const before = statSync(path).mtimeMs;
    expect(writeFileAtomic(path, '内容')).toBe(false);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('finds the temporary files a killed run left, and never a finished one', () => {
    const dir = folder();
    writeFileAtomic(join(dir, '0123456789ab.mdx'), '内容');
    writeFileSync(join(dir, '.0123456789ab.mdx.4242.tmp'), '半');
    expect(removeLeftoverTemporaries(dir)).toBe(1);
    expect(readdirSync(dir)).toEqual(['0123456789ab.mdx']);
  });
});

describe('collectInputs', () => {
  it('reads .txt, .html and .htm files in sorted order (by code point), with addresses from sources.json, and says what it skipped', () => {
    const dir = folder();
    mkdirSync(join(dir, '子 目录 [1]'));
    writeFileSync(join(dir, 'b.txt'), 'b');
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, '子 目录 [1]', '镇 报告.txt'), 'c');
    writeFileSync(join(dir, 'notes.md'), 'd');
    writeFileSync(join(dir, 'c.html'), '<p>c</p>');
    writeFileSync(join(dir, 'D.HTM'), '<p>d</p>');
    writeFileSync(
      join(dir, 'sources.json'),
      JSON.stringify({ sources: { 'a.txt': 'http://example.gov.cn/2024/01/02/a.html' } }),
    );
    const { files, skipped } = collectInputs([dir]);
    expect(files.map(({ name, sourceUrl }) => [name, sourceUrl])).toEqual([
      ['D.HTM', null],
      ['a.txt', 'http://example.gov.cn/2024/01/02/a.html'],
      ['b.txt', null],
      ['c.html', null],
      ['子 目录 [1]/镇 报告.txt', null],
    ]);
    expect(skipped).toEqual([
      { path: join(dir, 'notes.md'), reason: 'not a .txt, .html, .htm, .warc, .warc.gz, .wacz file' },
    ]);
  });

  it('gives each file the checksum SHA256SUMS lists for it', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'SHA256SUMS'), `${'AB'.repeat(32)}  a.txt\n`);
    expect(collectInputs([dir]).files[0]!.expectedSha256).toBe('ab'.repeat(32));
  });

  it('names the file when sources.json is broken', () => {
    const dir = folder();
    writeFileSync(join(dir, 'sources.json'), '{ not json');
    expect(() => collectInputs([dir])).toThrow(/sources\.json: not valid JSON/);
  });

  it('names a path that does not exist', () => {
    expect(() => collectInputs(['/no/such/folder'])).toThrow('/no/such/folder: no such file or folder');
  });
});
