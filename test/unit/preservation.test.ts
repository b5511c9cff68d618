import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBag, writeBag } from '../../scripts/store/bagit.ts';
import { documentUrls, missingUrls, withNewUrls } from '../../scripts/store/published-urls.ts';
import { paragraphAnchor } from '../../src/lib/pinpoint-anchors.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'zhendang-'));

describe('permanent addresses', () => {
  const dist = folder();
  mkdirSync(join(dist, 'reports', '7c88cf9a948c'), { recursive: true });
  writeFileSync(join(dist, 'reports', '7c88cf9a948c', 'index.html'), '');
  mkdirSync(join(dist, 'sources'));
  writeFileSync(join(dist, 'sources', '7c88cf9a948c.txt'), '');

  it('finds every published address served', () => {
    expect(missingUrls(dist, documentUrls('7c88cf9a948c', 'a.txt'))).toEqual([]);
  });

  it('fails when a document’s address changes', () => {
    expect(
      missingUrls(dist, [...documentUrls('7c88cf9a948c', 'a.txt'), ...documentUrls('74b6c62981c4', 'b.txt')]),
    ).toEqual(['reports/74b6c62981c4/', 'sources/74b6c62981c4.txt']);
  });

  it('names a saved HTML page’s raw source by its kind, served as text so that it never runs', () => {
    expect(documentUrls('eb3aebbd3d0f', '木洞镇.HTML')).toEqual([
      'reports/eb3aebbd3d0f/',
      'sources/eb3aebbd3d0f.html.txt',
    ]);
    expect(documentUrls('eb3aebbd3d0f', 'a.htm')[1]).toBe('sources/eb3aebbd3d0f.htm.txt');
  });

  it('only ever adds addresses to the manifest', () => {
    expect(withNewUrls(['reports/b/', 'reports/a/'], ['reports/c/'])).toEqual([
      'reports/a/',
      'reports/b/',
      'reports/c/',
    ]);
  });
});

describe('paragraph anchors', () => {
  it('depend on the text only, whitespace aside', () => {
    expect(paragraphAnchor('今年以来，全镇上下真抓实干。')).toMatch(/^p-[0-9a-f]{8}$/);
    expect(paragraphAnchor(' 今年以来，全镇上下真抓实干。\n')).toBe(paragraphAnchor('今年以来，全镇上下真抓实干。'));
    expect(paragraphAnchor('今年以来，全镇上下真抓实干！')).not.toBe(paragraphAnchor('今年以来，全镇上下真抓实干。'));
  });
});

describe('BagIt', () => {
  const write = () => {
    const bag = join(folder(), 'bag');
    writeBag(
      bag,
      [
        { path: 'data/sources/镇 报告 100%.txt', bytes: Buffer.from('原文') },
        { path: 'data/catalog.json', bytes: Buffer.from('{}') },
      ],
      { 'Source-Organization': '镇档' },
    );
    return bag;
  };

  it('writes a valid, complete bag with SHA-512 and SHA-256 manifests and bag-info', () => {
    const bag = write();
    expect(validateBag(bag)).toEqual([]);
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe(
      'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n',
    );
    expect(readFileSync(join(bag, 'bag-info.txt'), 'utf8')).toBe('Source-Organization: 镇档\nPayload-Oxum: 8.2\n');
    expect(readFileSync(join(bag, 'manifest-sha512.txt'), 'utf8')).toContain('  data/sources/镇 报告 100%25.txt\n');
  });

  it('reports a payload file that was altered', () => {
    const bag = write();
    appendFileSync(join(bag, 'data', 'catalog.json'), ' ');
    expect(validateBag(bag)).toEqual([
      'manifest-sha256.txt: data/catalog.json does not match its sha256 checksum',
      'manifest-sha512.txt: data/catalog.json does not match its sha512 checksum',
      'Payload-Oxum says 8.2, the payload is 9.2',
    ]);
  });

  it('reports a payload file that no manifest lists, and a tag file that was altered', () => {
    const bag = write();
    writeFileSync(join(bag, 'data', 'extra.txt'), 'x');
    appendFileSync(join(bag, 'bag-info.txt'), 'Contact-Name: x\n');
    const problems = validateBag(bag);
    expect(problems).toContain('manifest-sha512.txt: the payload file data/extra.txt is not listed');
    expect(problems).toContain('tagmanifest-sha512.txt: bag-info.txt does not match its sha512 checksum');
  });
});
