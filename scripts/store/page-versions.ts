/**
 * Versions of one page: documents of a run whose sources were captured from
 * the same address (after normalising it) but whose texts differ are captures
 * of a page that changed. Each names the capture before it, so the site can
 * link every version to the others.
 *
 *   linkVersions([
 *     { id: "bbb…", url: "https://x.gov.cn/a.html", captured: "2024-05-01T00:00:00Z", archived: null },
 *     { id: "aaa…", url: "http://X.gov.cn/a.html#top", captured: "2024-01-01T00:00:00Z", archived: null },
 *   ])
 *   → Map { "aaa…" → null, "bbb…" → "aaa…" }
 *
 * The order depends only on the documents, never on the order of the files,
 * so a run over the same sources writes the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportSchema } from '../../src/shared/report-schema.ts';

export interface Capture {
  id: string;
  url: string | null;
  captured: string | null;
  archived: string | null;
}

/**
 * The address a page is known by: http and https, the host's case, a default
 * port and the fragment do not make another page (sites move to https; a
 * crawler may keep `#top`). Null for a document without an address.
 *
 *   pageKey("HTTPS://Www.X.gov.cn:443/a.html?b=1#top") → "www.x.gov.cn/a.html?b=1"
 */
export function pageKey(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  // URL has already lower-cased the host and dropped the scheme's default port.
  return `${parsed.host}${parsed.pathname}${parsed.search}`;
}

/** When a capture was made, as well as the source says: the capture time, else the day it was archived. */
const timeOf = (capture: Capture) => capture.captured ?? capture.archived ?? '';

/** Each document's predecessor (null for the first capture of a page, and for a page captured once). */
export function linkVersions(captures: Capture[]): Map<string, string | null> {
  const byPage = new Map<string, Capture[]>();
  const links = new Map<string, string | null>();
  for (const capture of captures) {
    links.set(capture.id, null);
    const key = pageKey(capture.url);
    if (key === null) continue;
    if (!byPage.has(key)) byPage.set(key, []);
    byPage.get(key)!.push(capture);
  }
  for (const versions of byPage.values()) {
    versions.sort((a, b) => timeOf(a).localeCompare(timeOf(b)) || a.id.localeCompare(b.id));
    versions.forEach((version, index) => {
      if (index > 0) links.set(version.id, versions[index - 1]!.id);
    });
  }
  return links;
}

// The line goes after `captured` (or `archived`, always written), where the schema declares the field.
const versionLine = /^previousVersion: .*\n/m;
const anchorLine = /^(?:archived: .*\n(?:captured: .*\n)?)/m;

/**
 * A document's MDX with its frontmatter naming `previous` (or naming none).
 *
 *   withPreviousVersion("---\nid: bbb…\n…archived: null\ncaptured: \"…\"\nsummary: …", "aaa…")
 *   → "---\nid: bbb…\n…archived: null\ncaptured: \"…\"\npreviousVersion: aaa…\nsummary: …"
 */
export function withPreviousVersion(mdx: string, previous: string | null): string {
  const end = mdx.indexOf('\n---', 3);
  if (!mdx.startsWith('---\n') || end < 0) throw new Error('the document has no frontmatter');
  let head = mdx.slice(0, end + 1).replace(versionLine, '');
  if (previous !== null) {
    ReportSchema.shape.previousVersion.parse(previous);
    const anchor = anchorLine.exec(head);
    if (!anchor) throw new Error('the document\'s frontmatter has no "archived" field');
    const at = anchor.index + anchor[0].length;
    head = `${head.slice(0, at)}previousVersion: ${previous}\n${head.slice(at)}`;
  }
  return head + mdx.slice(end + 1);
}

/** A document of the run, with the predecessor its file names now. */
export interface WrittenCapture extends Capture {
  /** The source's name (the conversion cache's key). */
  name: string;
  names: string | null;
}

/**
 * Make every document in `folder` name its predecessor among `captures`, rewriting (atomically)
 * only those whose file names another; returns the sources whose documents were rewritten.
 *
 *   settleVersions([{ id: "bbb…", names: null, … }, { id: "aaa…", names: null, … }], "content/reports", write)
 *   → ["b.html"]   (bbb….mdx now says previousVersion: aaa…)
 */
export function settleVersions(
  captures: WrittenCapture[],
  folder: string,
  write: (path: string, mdx: string, name: string) => void,
): string[] {
  const links = linkVersions(captures);
  const rewritten: string[] = [];
  for (const capture of captures) {
    const previous = links.get(capture.id) ?? null;
    if (previous === capture.names) continue;
    const path = join(folder, `${capture.id}.mdx`);
    write(path, withPreviousVersion(readFileSync(path, 'utf8'), previous), capture.name);
    rewritten.push(capture.name);
  }
  return rewritten;
}
