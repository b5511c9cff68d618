/**
 * dist/_headers, the file Cloudflare Pages and Netlify read for the headers
 * of each address: every raw source (served byte for byte in the encoding
 * it was captured in) with its charset, so that a browser opening it shows
 * text, not mojibake. Addresses are under the site's base path; the hosts
 * do not serve the file itself.
 *
 *   hostHeaders([{ path: "sources/1a2b3c4d5e6f.txt", encoding: "gb18030" }], "/")
 *   → "/sources/1a2b3c4d5e6f.txt\n  Content-Type: text/plain; charset=gb18030\n"
 */
import { sourceCharset } from '../shared/source-path.ts';

export interface ServedSource {
  /** Relative to the site root, as src/shared/source-path.ts makes it. */
  path: string;
  /** The encoding the converter read the source in (`source.encoding`). */
  encoding: string;
}

export function hostHeaders(sources: readonly ServedSource[], base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rules = sources
    // A source from a web archive is a WARC record (application/warc), not text to read.
    .filter(({ path }) => path.endsWith('.txt'))
    .map(({ path }) => path)
    .sort();
  const charsets = new Map(sources.map(({ path, encoding }) => [path, sourceCharset(encoding)]));
  const header = '# Raw sources are kept in their own encoding: each is served with its charset.\n';
  return `${header}${rules.map((path) => `${root}${path}\n  Content-Type: text/plain; charset=${charsets.get(path)}\n`).join('')}`;
}
