/**
 * The headers a file of dist/ is stored with, from its path: its
 * Content-Type by extension (text with its charset), and its Cache-Control
 * by how its name relates to its bytes.
 *
 *   headersOf("reports/7c88cf9a948c/index.html") → { contentType: "text/html; charset=utf-8", cacheControl: SHORT, switches: true }
 *   headersOf("_astro/search.MaqiWx0W.js")       → { contentType: "text/javascript; charset=utf-8", cacheControl: IMMUTABLE, switches: false }
 *   headersOf("sources/4f0c2d9e1a7b.warc")       → { contentType: "application/warc", cacheControl: IMMUTABLE, switches: false }
 *
 * Pagefind's index files are compressed by Pagefind and read by its script:
 * they are stored as application/octet-stream with no Content-Encoding.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceCharset } from '../../src/shared/source-path.ts';

/** Named by their bytes: the name changes whenever the content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the files that point at others: checked with the store on every use. */
export const SHORT = 'public, max-age=0, must-revalidate';
/** Everything else (feeds, exports, citations): an hour. */
export const HOUR = 'public, max-age=3600';

export interface StoredHeaders {
  contentType: string;
  cacheControl: string;
  /** HTML and pointer files: uploaded after the files they name, so that a reader never meets a pointer to nothing. */
  switches: boolean;
}

const text = (type: string) => `${type}; charset=utf-8`;

// What a page links to be shown or downloaded: a source's attachment is served as itself only if it is one of these.
const PASSIVE: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ofd: 'application/ofd',
  zip: 'application/zip',
};

// Anything else, Pagefind's files among them (.pf_index, .pagefind, excerpt .bin), is application/octet-stream.
const TYPES: Record<string, string> = {
  ...PASSIVE,
  html: text('text/html'),
  css: text('text/css'),
  js: text('text/javascript'),
  json: text('application/json'),
  xml: text('application/xml'),
  txt: text('text/plain'),
  svg: text('image/svg+xml'),
  warc: 'application/warc',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
};

/** Files whose whole name, not their extension, says what they are. */
const NAMED: Record<string, string> = {
  'feed.xml': text('application/atom+xml'),
  'sources/SHA256SUMS': text('text/plain'),
};

const OCTETS = 'application/octet-stream';
// Pagefind names every .pf_ file by its content (und_6675a0b.pf_index, pagefind.und_b810ccdb982.pf_meta).
const PAGEFIND_HASHED = /^pagefind\/.*\.pf_(?:index|filter|fragment|meta)$/;
const RAW_SOURCE = /^sources\/[0-9a-f]{12}(?:\.html?)?\.(?:txt|warc)$/;
const ATTACHMENT = /^sources\/[0-9a-f]{12}\/attachments\/[^/]+$/;

/**
 * The charset of each raw source, by its path, from dist/sources/manifest.json:
 * sources are served byte for byte, in the encoding they were captured in.
 */
export function sourceCharsets(dist: string): Map<string, string> {
  const path = join(dist, 'sources/manifest.json');
  if (!existsSync(path)) return new Map();
  try {
    const { sources } = JSON.parse(readFileSync(path, 'utf8')) as { sources: { path: string; encoding: string }[] };
    return new Map(sources.map((source) => [source.path, sourceCharset(source.encoding)]));
  } catch (error) {
    throw new Error(`${path}: cannot read the sources' encodings: ${(error as Error).message}`);
  }
}

/** The headers of the file at `path` (relative to dist/, with `/`), given the sources' charsets. */
export function headersOf(path: string, charsets: ReadonlyMap<string, string> = new Map()): StoredHeaders {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  let contentType = NAMED[path] ?? NAMED[name] ?? TYPES[extension] ?? OCTETS;
  if (RAW_SOURCE.test(path) && extension === 'txt')
    contentType = `text/plain; charset=${charsets.get(path) ?? 'utf-8'}`;
  // A captured file could be a page or a script: only passive types are served as themselves.
  if (ATTACHMENT.test(path)) return { contentType: PASSIVE[extension] ?? OCTETS, cacheControl: HOUR, switches: false };

  // A raw source's name is the start of its bytes' SHA-256 (src/shared/source-path.ts).
  if (path.startsWith('_astro/') || PAGEFIND_HASHED.test(path) || RAW_SOURCE.test(path))
    return { contentType, cacheControl: IMMUTABLE, switches: false };
  // Pagefind's other files name the hashed ones, or must match them (its script, excerpts by offset).
  if (extension === 'html' || path.startsWith('pagefind/')) return { contentType, cacheControl: SHORT, switches: true };
  return { contentType, cacheControl: HOUR, switches: false };
}
