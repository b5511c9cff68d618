import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMemo, libraryVersion } from '../../src/lib/build-memo.ts';

const fileIn = () => join(mkdtempSync(join(tmpdir(), 'build-memo-')), 'cache', 'memo.ndjson');

describe('what a build keeps for the next', () => {
  it('makes a value once: the next build reads it back without making it', () => {
    const file = fileIn();
    const made: string[] = [];
    const make = (title: string) => () => {
      made.push(title);
      return `《${title}》`;
    };
    expect(buildMemo<string>(file, 'v1')({ title: '政府工作报告' }, make('政府工作报告'))).toBe('《政府工作报告》');
    const next = buildMemo<string>(file, 'v1');
    expect(next({ title: '政府工作报告' }, make('again'))).toBe('《政府工作报告》');
    expect(next({ title: '工作总结' }, make('工作总结'))).toBe('《工作总结》');
    expect(made).toEqual(['政府工作报告', '工作总结']);
  });

  it('makes it again for another version of what it depends on, and keeps that version alone', () => {
    const file = fileIn();
    buildMemo<string>(file, 'styles 1')({ id: 'a' }, () => 'old');
    expect(buildMemo<string>(file, 'styles 2')({ id: 'a' }, () => 'new')).toBe('new');
    // The first version's entries could never be found again: the file no longer holds them.
    expect(readFileSync(file, 'utf8')).not.toContain('old');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('{"version":"styles 2"}');
    expect(buildMemo<string>(file, 'styles 2')({ id: 'a' }, () => 'made again')).toBe('new');
  });

  it('takes a line cut short by a killed build for no entry, and keeps the others', () => {
    const file = fileIn();
    buildMemo<string>(file, 'v1')({ id: 'a' }, () => 'kept');
    appendFileSync(file, '{"key":"0123","value":"cu');
    const memo = buildMemo<string>(file, 'v1');
    expect(memo({ id: 'a' }, () => 'made again')).toBe('kept');
    expect(memo({ id: 'b' }, () => 'b')).toBe('b');
    expect(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('{"key":') && line.endsWith('}')),
    ).toHaveLength(2);
  });

  it('makes a value again when its line was cut short at a closing brace, and keeps the rest', () => {
    const file = fileIn();
    const memo = buildMemo<{ title: string }>(file, 'v1');
    memo({ id: 'a' }, () => ({ title: '甲' }));
    memo({ id: 'b' }, () => ({ title: '乙' }));
    const [version, first, second] = readFileSync(file, 'utf8').split('\n');
    // The second entry's line cut inside its value, just after a nested object's brace.
    writeFileSync(file, `${version}\n${first}\n${second!.slice(0, second!.indexOf('}') + 1)}`);
    const next = buildMemo<{ title: string }>(file, 'v1');
    expect(next({ id: 'a' }, () => ({ title: 'made again' }))).toEqual({ title: '甲' });
    expect(next({ id: 'b' }, () => ({ title: '乙, made again' }))).toEqual({ title: '乙, made again' });
    expect(buildMemo<{ title: string }>(file, 'v1')({ id: 'b' }, () => ({ title: 'again' }))).toEqual({
      title: '乙, made again',
    });
  });

  it('names a library by the version its own package.json gives, exported or not', () => {
    const manifest = (name: string) =>
      JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string };
    expect(libraryVersion('js-yaml')).toBe(`js-yaml ${manifest('js-yaml').version}`);
    expect(libraryVersion('xast-util-to-xml')).toBe(`xast-util-to-xml ${manifest('xast-util-to-xml').version}`);
  });
});
