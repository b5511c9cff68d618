/**
 * An XML document made of a xast tree (built with xastscript's `x()`) and
 * serialised by xast-util-to-xml: the XML declaration, an optional comment,
 * the root element with element-only content indented two spaces a level,
 * and a final newline. Nothing here writes markup or escapes by hand.
 *
 *   xmlDocument(x('feed', x('title', 'a < b ]]> c')), { encoding: 'utf-8' })
 *   → <?xml version="1.0" encoding="utf-8"?>
 *     <feed>
 *       <title>a &#x3C; b ]]<![CDATA[>]]> c</title>
 *     </feed>
 */
import type { Element, ElementContent, Instruction, RootContent, Text } from 'xast';
import { type Raw, toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';

export interface XmlDocumentOptions {
  /** The encoding label the declaration names: 'UTF-8' unless told. */
  encoding?: string;
  /** A comment between the declaration and the root element. */
  comment?: string;
}

const INDENT = '  ';
// XML 1.0 §2.2's Char production: a character outside it cannot be written at all, not even as a reference.
// xast-util-to-xml drops only the C0 controls; U+FFFE, U+FFFF and lone surrogates would pass through.
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const CDATA_END = ']]>';
// Raw nodes are serialisedElement's alone: XML this module wrote.
const TO_XML = { closeEmptyElements: true, tightClose: true, allowDangerousXml: true } as const;

export function xmlDocument(root: Element, options: XmlDocumentOptions = {}): string {
  const declaration: Instruction = {
    type: 'instruction',
    name: 'xml',
    value: `version="1.0" encoding="${options.encoding ?? 'UTF-8'}"`,
  };
  const comment: RootContent[] = options.comment === undefined ? [] : [{ type: 'comment', value: options.comment }];
  const tree = x(null, declaration, '\n', comment, comment.length > 0 ? '\n' : null, prepared(root, 0), '\n');
  return toXml(tree, TO_XML);
}

/**
 * An element serialised as it stands `depth` levels down in a document, to be put there as it is: what a build keeps
 * of a part it writes again and again (an OAI-PMH record). Made by the same serialiser, never by hand; the only raw
 * node xmlDocument takes.
 *
 *   xmlDocument(x('a', [serialisedElement(x('b', 'c'), 1)]))   → the same document as xmlDocument(x('a', [x('b', 'c')]))
 */
export function serialisedElement(element: Element, depth: number): Raw {
  return { type: 'raw', value: toXml(prepared(element, depth), TO_XML) };
}

/** `element` with its text made writable and its element-only content indented, as a copy. */
function prepared(element: Element, depth: number): Element {
  const attributes = Object.fromEntries(
    Object.entries(element.attributes).map(([name, value]) => [name, value?.replace(NOT_XML_CHARACTER, '')]),
  );
  const children = element.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') return [prepared(child, depth + 1)];
    if (child.type === 'text') return writableText(child.value.replace(NOT_XML_CHARACTER, ''));
    return [child];
  });
  const elementOnly =
    children.length > 0 && children.every((child) => child.type === 'element' || child.type === 'raw');
  if (!elementOnly) return { ...element, attributes, children };
  const lineBreak = (level: number): Text => ({ type: 'text', value: `\n${INDENT.repeat(level)}` });
  return {
    ...element,
    attributes,
    children: [...children.flatMap((child) => [lineBreak(depth + 1), child]), lineBreak(depth)],
  };
}

// xast-util-to-xml 4 escapes only & and < in text, but XML 1.0 §2.4 forbids "]]>" in character data:
// the ">" of each goes into a CDATA section of its own, which a parser reads back as the same text.
function writableText(value: string): ElementContent[] {
  const parts = value.split(CDATA_END);
  return parts.flatMap((part, index): ElementContent[] =>
    index < parts.length - 1
      ? [
          { type: 'text', value: `${part}]]` },
          { type: 'cdata', value: '>' },
        ]
      : part
        ? [{ type: 'text', value: part }]
        : [],
  );
}
