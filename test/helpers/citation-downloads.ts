/**
 * The citation files a document page carries as downloads in its own links
 * (`<a href="data:…;charset=utf-8,…" download="zhendang-<id>.bib">`), decoded, by
 * extension. A page without all three fails, naming the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type CitationDownloads = Record<'bib' | 'ris' | 'json', string>;

export function citationDownloadsOf(html: string, page = 'the page'): CitationDownloads {
  const found: Partial<CitationDownloads> = {};
  for (const [, href, name] of html.matchAll(/<a href="(data:[^"]*)" download="([^"]+)"/g)) {
    const extension = name!.split('.').at(-1) as keyof CitationDownloads;
    // The data itself holds commas: the head ends at the first.
    const comma = href!.indexOf(',');
    const [head, body] = [href!.slice(0, comma), href!.slice(comma + 1)];
    if (!head.endsWith(';charset=utf-8')) throw new Error(`${page}: ${name} is not percent-encoded UTF-8: ${head}`);
    found[extension] = decodeURIComponent(body);
  }
  for (const extension of ['bib', 'ris', 'json'] as const)
    if (found[extension] === undefined) throw new Error(`${page}: no .${extension} download`);
  return found as CitationDownloads;
}

/** The downloads of a built document page, dist/reports/<id>/index.html. */
export function citationDownloads(dist: string, id: string): CitationDownloads {
  const page = join(dist, 'reports', id, 'index.html');
  return citationDownloadsOf(readFileSync(page, 'utf8'), page);
}
