/**
 * dist/_headers (src/lib/host-headers.ts): each raw source with the charset
 * it was read in, as Cloudflare Pages and Netlify read the file, and as the
 * tests' server (scripts/bench/static-site.ts) reads it back.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostHeaderTypes } from '../../scripts/bench/static-site.ts';
import { hostHeaders } from '../../src/lib/host-headers.ts';
import { sourceCharset } from '../../src/shared/source-path.ts';

const SOURCES = [
  { path: 'sources/bbbbbbbbbbbb.txt', encoding: 'gb18030' },
  { path: 'sources/aaaaaaaaaaaa.html.txt', encoding: 'utf-8-bom' },
  { path: 'sources/cccccccccccc.txt', encoding: 'utf-16le' },
  { path: 'sources/dddddddddddd.warc', encoding: 'utf-8' },
];

describe('hostHeaders', () => {
  it('gives each text source its charset, an address on its line and the header indented under it', () => {
    expect(hostHeaders(SOURCES, '/').split('\n').slice(1)).toEqual([
      '/sources/aaaaaaaaaaaa.html.txt',
      '  Content-Type: text/plain; charset=utf-8',
      '/sources/bbbbbbbbbbbb.txt',
      '  Content-Type: text/plain; charset=gb18030',
      '/sources/cccccccccccc.txt',
      '  Content-Type: text/plain; charset=utf-16le',
      '',
    ]);
  });

  it('puts the addresses under the base path, and leaves out WARC records (served as application/warc)', () => {
    const file = hostHeaders(SOURCES, '/zhendang/');
    expect(file).toContain('/zhendang/sources/bbbbbbbbbbbb.txt\n');
    expect(file).not.toContain('.warc');
  });

  it('is read back as written by the tests’ server', () => {
    const dist = mkdtempSync(join(tmpdir(), 'host-headers-'));
    try {
      writeFileSync(join(dist, '_headers'), hostHeaders(SOURCES, '/'));
      expect(Object.fromEntries(hostHeaderTypes(dist))).toEqual({
        '/sources/aaaaaaaaaaaa.html.txt': 'text/plain; charset=utf-8',
        '/sources/bbbbbbbbbbbb.txt': 'text/plain; charset=gb18030',
        '/sources/cccccccccccc.txt': 'text/plain; charset=utf-16le',
      });
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('sourceCharset', () => {
  it('serves a UTF-8 file with a byte order mark as utf-8, and every other encoding by its own name', () => {
    expect(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5'].map(sourceCharset)).toEqual([
      'utf-8',
      'utf-8',
      'utf-16le',
      'utf-16be',
      'gb18030',
      'big5',
    ]);
  });
});
