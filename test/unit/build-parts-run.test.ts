/** Running the parts, merging their outputs, and putting the merged site in place. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeOutputs } from '../../scripts/parts/merge.ts';
import { runParts } from '../../scripts/parts/run-parts.ts';
import { switchFolder } from '../../scripts/parts/switch-folder.ts';
import { folderWith as folder, temporaryFolder } from '../helpers/run.ts';

describe('merging the outputs of the parts', () => {
  it('moves their files into one site, keeping one copy of the files they all write alike', () => {
    const archive = folder({ 'index.html': 'home', '_astro/a.js': 'bundle', 'places/index.html': 'places' });
    const part = folder({ 'reports/aaa/index.html': 'a', '_astro/a.js': 'bundle', 'places/浙江省/index.html': 'z' });
    const site = join(temporaryFolder(), 'site');
    expect(
      mergeOutputs(
        [
          { name: 'archive', dir: archive },
          { name: '浙江省', dir: part },
        ],
        site,
      ),
    ).toEqual({ moved: 5, shared: 1 });
    expect(readFileSync(join(site, 'places/浙江省/index.html'), 'utf8')).toBe('z');
    expect(readFileSync(join(site, 'reports/aaa/index.html'), 'utf8')).toBe('a');
    expect(existsSync(part)).toBe(false);
  });

  it('stops at a shared path whose bytes differ, naming it and both parts', () => {
    const archive = folder({ '_astro/a.js': 'bundle' });
    const part = folder({ '_astro/a.js': 'another bundle' });
    expect(() =>
      mergeOutputs(
        [
          { name: 'archive', dir: archive },
          { name: '湖南省', dir: part },
        ],
        join(temporaryFolder(), 'site'),
      ),
    ).toThrow('_astro/a.js: parts archive and 湖南省 both wrote it, differently');
  });
});

describe('putting the merged site in place', () => {
  it('replaces the old folder whole, and removes it apart, with any an earlier switch left', async () => {
    const root = folder({ 'dist/old.html': 'old', 'built/new.html': 'new', 'dist.old-1/left.html': 'left' });
    const removing = switchFolder(join(root, 'built'), join(root, 'dist'));
    expect(existsSync(join(root, 'dist/old.html'))).toBe(false);
    expect(readFileSync(join(root, 'dist/new.html'), 'utf8')).toBe('new');
    expect(removing).not.toBeNull();
    await new Promise((resolve) => removing!.once('exit', resolve));
    expect(existsSync(join(root, `dist.old-${process.pid}`))).toBe(false);
    await expect.poll(() => existsSync(join(root, 'dist.old-1'))).toBe(false);
  });
});

describe('running the parts', () => {
  const logs = temporaryFolder();
  const job = (name: string, code: string) => ({ name, args: ['-e', code], env: {}, log: join(logs, `${name}.log`) });

  it('runs them all, a few at a time, saying as each ends', async () => {
    const lines: string[] = [];
    const results = await runParts(
      ['a', 'b', 'c'].map((name) => job(name, `console.log('${name} done')`)),
      2,
      (line) => lines.push(line),
    );
    expect(results.map(({ status }) => status)).toEqual(['built', 'built', 'built']);
    expect(lines.sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^\[3\/3\] [abc] built in/)]));
    expect(readFileSync(join(logs, 'b.log'), 'utf8')).toBe('b done\n');
  });

  it("says how many pages a part's build copied from its last one, as Astro logs them, in colour or not", async () => {
    const lines: string[] = [];
    const log = [
      '04:23:36   \x1b[32m├─\x1b[39m \x1b[2m/places/四川省/index.html\x1b[22m (restored)',
      '04:23:36   ├─ /reports/0052d813eb2b/index.html (cached)',
      '04:23:36   ├─ /reports/1111d813eb2b/index.html (+12ms)',
    ].join('\n');
    await runParts([job('四川省', `console.log(${JSON.stringify(log)})`)], 1, (line) => lines.push(line));
    expect(lines).toEqual([
      expect.stringMatching(/^\[1\/1\] 四川省 built in [\d.]+ s, 2 of its pages copied from its last build$/),
    ]);
  });

  it('names a part that fails with the end of its log, and starts or finishes no other', async () => {
    const lines: string[] = [];
    const results = await runParts(
      [
        job('slow', 'setTimeout(() => {}, 20_000)'),
        job('broken', "console.error('SHA-256 mismatch'); process.exit(3)"),
        job('later', ''),
      ],
      2,
      (line) => lines.push(line),
    );
    expect(results.map(({ name, status }) => `${name} ${status}`)).toEqual([
      'slow stopped',
      'broken failed',
      'later stopped',
    ]);
    expect(lines.join('\n')).toMatch(/part broken FAILED \(exit status 3\)[^\n]*\n {2}SHA-256 mismatch/);
  });
});
