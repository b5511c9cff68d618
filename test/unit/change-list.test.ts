/** What a new site changes of the previous one, and the unchanged files kept as they were. */

import { createHash } from 'node:crypto';
import { linkSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeList, keepUnchangedFiles, writeChangeList } from '../../scripts/parts/change-list.ts';
import { folderWith as folder, temporaryFolder } from '../helpers/run.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the change list', () => {
  it('names the files added, changed and removed, with their SHA-256', () => {
    const previous = folder({ 'index.html': 'old home', 'a.html': 'same', 'gone.html': 'gone' });
    const site = folder({ 'index.html': 'new home', 'a.html': 'same', 'reports/new/index.html': 'new' });
    expect(changeList(site, previous)).toEqual({
      added: [{ path: 'reports/new/index.html', sha256: sha256('new') }],
      changed: [{ path: 'index.html', sha256: sha256('new home') }],
      removed: [{ path: 'gone.html', sha256: sha256('gone') }],
      unchanged: 1,
    });
  });

  it('keeps an unchanged file as the previous one, its inode and time, and leaves the previous site alone', () => {
    const previous = folder({ 'a.html': 'same', 'b.html': 'old' });
    utimesSync(join(previous, 'a.html'), new Date('2020-01-01'), new Date('2020-01-01'));
    const site = folder({ 'a.html': 'same', 'b.html': 'new' });
    keepUnchangedFiles(site, previous);
    const kept = statSync(join(site, 'a.html'));
    expect(kept.ino).toBe(statSync(join(previous, 'a.html')).ino);
    expect(kept.mtime.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(statSync(join(site, 'b.html')).ino).not.toBe(statSync(join(previous, 'b.html')).ino);
    expect(readFileSync(join(previous, 'b.html'), 'utf8')).toBe('old');
    expect(changeList(site, previous)).toMatchObject({ changed: [{ path: 'b.html' }], unchanged: 1 });
  });

  it('compares a part of the new site with the same paths of the previous one', () => {
    const previous = folder({ 'reports/a/index.html': 'a', 'index.html': 'home' });
    const part = folder({ 'reports/a/index.html': 'a' });
    expect(keepUnchangedFiles(part, previous)).toEqual({ added: [], changed: [], unchanged: 1 });
  });

  it('lists every file as added when there is no previous site, and writes the list as JSON', () => {
    const site = folder({ 'index.html': 'home' });
    const list = changeList(site, join(temporaryFolder(), 'dist'));
    expect(list).toEqual({
      added: [{ path: 'index.html', sha256: sha256('home') }],
      changed: [],
      removed: [],
      unchanged: 0,
    });
    const file = join(temporaryFolder(), 'dist.changes.json');
    writeChangeList(file, list);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ added: list.added, changed: [], removed: [] });
  });

  it('is the same from the paths a run already knows as from walking both sites', () => {
    const previous = folder({ 'index.html': 'old home', 'a.html': 'same', 'kept.html': 'kept', 'gone.html': 'gone' });
    const site = folder({ 'index.html': 'new home', 'a.html': 'same', 'reports/new/index.html': 'new' });
    linkSync(join(previous, 'kept.html'), join(site, 'kept.html'));
    const walked = changeList(site, previous);
    const known = changeList(site, previous, {
      site: ['kept.html', 'reports/new/index.html', 'index.html', 'a.html'],
      linked: new Set(['kept.html']),
      previous: ['a.html', 'gone.html', 'index.html', 'kept.html'],
    });
    expect(known).toEqual(walked);
    expect(known).toMatchObject({ removed: [{ path: 'gone.html' }], unchanged: 2 });
  });
});
