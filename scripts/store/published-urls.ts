/**
 * Permanent addresses. content/published-urls.txt lists every document and
 * source address the archive has ever published, one per line, relative to
 * the site's base. The build fails if one of them would no longer be served;
 * a document that must move leaves a redirect (content/redirects.json).
 *
 *   missingUrls("dist", ["reports/7c88cf9a948c/", "sources/7c88cf9a948c.txt"]) → []
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourcePath } from '../../src/shared/source-path.ts';

export const MANIFEST = 'content/published-urls.txt';

export function readPublishedUrls(path = MANIFEST): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The addresses a document publishes: its page and its raw source (named by its source file). */
export function documentUrls(id: string, file: string): string[] {
  return [`reports/${id}/`, sourcePath(id, file)];
}

/** Published addresses that the built site in `dist` does not serve. */
export function missingUrls(dist: string, urls: string[]): string[] {
  return urls.filter((url) => {
    const path = join(dist, decodeURI(url));
    return !(url.endsWith('/') ? existsSync(join(path, 'index.html')) : existsSync(path));
  });
}

/** The manifest with new addresses added; none is ever removed. */
export function withNewUrls(published: string[], current: string[]): string[] {
  return [...new Set([...published, ...current])].sort();
}
