/**
 * The files an HTML page links to (the full report as PDF, DOC, XLS, WPS,
 * OFD, or an archive of them) and the images its text shows, as written in
 * the page: the address is resolved later, against the page's own
 * (scripts/converter/read/attachments.ts).
 *
 *   <base href="/xxgk/"><p>附件：<a href="P0201.pdf">2023年工作总结（全文）</a></p>
 *   <img src="./W0203.jpg" alt="会议现场">
 *   → { base: "/xxgk/", links: [{ kind: "file", href: "P0201.pdf", text: "2023年工作总结（全文）" },
 *                              { kind: "image", href: "./W0203.jpg", text: "会议现场" }] }
 *
 * A file is known by its name's extension, in the path or in a query value
 * (`download.jsp?file=a.pdf`). An image is a content image unless the page
 * shows it in its header, navigation or footer, or its name says it is page
 * furniture (logo, icon, banner, button…). The first link to an address wins;
 * what the page does not show (script, template, hidden) is not read.
 */
import type { Element, Root, RootContent } from 'hast';

export interface PageLink {
  kind: 'file' | 'image';
  /** The address as the page writes it. */
  href: string;
  /** The link's text (an image's alt text), whitespace collapsed; empty when it has none. */
  text: string;
}

export const FILE_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'wps', 'zip', 'rar', 'ofd'];
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp'];

const fileName = new RegExp(`\\.(${FILE_EXTENSIONS.join('|')})(?:[?#&]|$)`, 'i');
const furniture = /logo|icon|banner|btn|button|arrow|spacer|blank|bullet|share|print|close|qrcode|erweima|ewm|bg[._-]/i;
const notShown = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'canvas']);
const chrome = new Set(['header', 'nav', 'footer']);

export function pageLinksOf(tree: Root): { base: string | null; links: PageLink[] } {
  const links: PageLink[] = [];
  const seen = new Set<string>();
  const add = (link: PageLink) => {
    if (link.href === '' || /^(data|javascript|mailto):/i.test(link.href) || seen.has(link.href)) return;
    seen.add(link.href);
    links.push(link);
  };
  const visit = (node: Root | RootContent, inChrome: boolean) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (notShown.has(node.tagName) || node.properties.hidden !== undefined) return;
      const href = attribute(node, 'href');
      if (node.tagName === 'a' && href !== undefined && fileName.test(href)) {
        add({ kind: 'file', href, text: textOf(node) || (attribute(node, 'title') ?? '') });
      }
      const src = attribute(node, 'src');
      if (node.tagName === 'img' && src !== undefined && !inChrome && !furniture.test(src)) {
        add({ kind: 'image', href: src, text: collapse(attribute(node, 'alt') ?? '') });
      }
    }
    const within = inChrome || (node.type === 'element' && chrome.has(node.tagName));
    for (const child of node.children) visit(child, within);
  };
  visit(tree, false);
  // The parser puts <base> in the head, which is not shown and so not visited above.
  const head = findHead(tree);
  return { base: head ? baseOf(head) : null, links };
}

function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  return typeof value === 'string' ? value.trim() : undefined;
}

const collapse = (text: string) => text.replace(/[ \t\n\f\r]+/g, ' ').trim();

function textOf(node: Element): string {
  let text = '';
  const visit = (child: RootContent) => {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element' && !notShown.has(child.tagName)) child.children.forEach(visit);
  };
  node.children.forEach(visit);
  return collapse(text);
}

function findHead(node: Root | RootContent): Element | undefined {
  if (node.type === 'element' && node.tagName === 'head') return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = findHead(child);
    if (found) return found;
  }
  return undefined;
}

function baseOf(head: Element): string | null {
  for (const child of head.children) {
    if (child.type === 'element' && child.tagName === 'base') {
      const href = attribute(child, 'href');
      if (href !== undefined) return href;
    }
  }
  return null;
}
