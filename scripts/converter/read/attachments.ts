/**
 * A page's attachments for its record: the links page-links.ts found, at
 * their absolute addresses, each with the copy its web archive holds.
 *
 *   listAttachments([{ kind: "file", href: "P0201.pdf", text: "全文" }], "https://x.gov.cn/art/1.html", null, lookup)
 *   → [{ kind: "file", url: "https://x.gov.cn/art/P0201.pdf", text: "全文",
 *        kept: { record: "crawl.warc.gz#2048", name: "1-P0201.pdf", sha256: "…", bytes: 5120 } }]
 *
 * An address that cannot be made absolute (a relative link in a saved page
 * whose address is unknown) or is not http(s) is left out. A copy is kept
 * only with a name of a known kind (`.pdf`, `.jpg` …, from the address or
 * else from the response's Content-Type), so that a static host serves it as
 * what it is and never as a page of the archive's own origin.
 */
import { createHash } from 'node:crypto';
import type { Attachment } from '../../../src/shared/report-schema.ts';
import { FILE_EXTENSIONS, IMAGE_EXTENSIONS, type PageLink } from './page-links.ts';

/** A successful response a web archive holds: where it is, and its payload. */
export interface ArchivedResponse {
  record: string;
  payload: Uint8Array;
  contentType: string;
}

/** The response a web archive holds for an absolute address, if any. */
export type ResponseLookup = (url: string) => ArchivedResponse | undefined;

const extensionOfType: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/ofd': 'ofd',
  'application/zip': 'zip',
  'application/x-rar-compressed': 'rar',
  'application/vnd.rar': 'rar',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
};

export function listAttachments(
  links: PageLink[],
  pageUrl: string | null,
  base: string | null,
  lookup?: ResponseLookup,
): Attachment[] {
  const baseUrl = absolute(base ?? '', pageUrl ?? undefined) ?? pageUrl ?? undefined;
  const seen = new Set<string>();
  const attachments: Attachment[] = [];
  for (const { kind, href, text } of links) {
    const url = absolute(href, baseUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const attachment: Attachment = { kind, url, text };
    const response = lookup?.(url);
    const name = response && keptName(attachments.length + 1, url, kind, response.contentType);
    if (response && name) {
      const sha256 = createHash('sha256').update(response.payload).digest('hex');
      attachment.kept = { record: response.record, name, sha256, bytes: response.payload.length };
    }
    attachments.push(attachment);
  }
  return attachments;
}

/** The address made absolute, without its fragment; undefined unless http(s). */
function absolute(href: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** `3-P020240221.pdf`: the place in the list, the name's ASCII letters and digits, a known extension. */
export function keptName(
  place: number,
  url: string,
  kind: Attachment['kind'],
  contentType: string,
): string | undefined {
  const known = kind === 'file' ? FILE_EXTENSIONS : IMAGE_EXTENSIONS;
  const { pathname, search } = new URL(url);
  const last = pathname.split('/').pop() ?? '';
  const fromName = /\.([a-z0-9]+)$/i.exec(last)?.[1]?.toLowerCase();
  const fromQuery = new RegExp(`\\.(${known.join('|')})(?:&|$)`, 'i').exec(search)?.[1]?.toLowerCase();
  const fromType = extensionOfType[contentType.split(';')[0]!.trim().toLowerCase()];
  const extension = [fromName, fromQuery, fromType].find((candidate) => candidate && known.includes(candidate));
  if (!extension) return undefined;
  // The name's stem only where the name itself gives the extension (not `down.jsp` of a PDF).
  const stem = (fromName === extension ? decoded(last).slice(0, -fromName.length - 1) : '')
    .replace(/[^\w-]/g, '')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, 40);
  return stem ? `${place}-${stem}.${extension}` : `${place}.${extension}`;
}

/** A path segment's own characters (`%E5%85%A8` → 全), or the segment as written if it is not valid percent-encoding. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
