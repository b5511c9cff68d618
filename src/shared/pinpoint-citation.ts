/**
 * Citations of a document, or of one place in it, from templates rendered
 * at build time by citeproc-js (src/lib/cite-strings.ts) and completed where
 * they are shown: the reader's date as 引用日期, the address of the place
 * cited, and the place itself in readable form (第4段, or a section's
 * heading) where each style puts a locator: GB/T 7714 as 引文页码 after the
 * year (临安区: 天目山镇人民政府, 2022: 第4段[2026-12-04]), APA in the in-text
 * citation ((天目山镇人民政府, 2022, 第4段)), in the zh-CN locale's words and
 * order (src/lib/csl-in-chinese.ts).
 *
 *   fillCitation("…2022: \uE000at\uE000[\uE000accessed\uE000]. \uE000url\uE000.", { url: "https://…/#p-554c", accessed: "2026-12-04", at: "第4段" })
 *   → "…2022: 第4段[2026-12-04]. https://…/#p-554c."
 */

/** A paragraph by its number (¶3), or a section by its heading. */
export type Pinpoint = { paragraph: number } | { section: string };

/**
 * What the templates hold in place of the facts known only when citing:
 * private-use characters, which no archived text keeps (the title and the
 * names pass through citeproc-js as data, and a stand-in in them is refused at build time).
 */
export const STAND_INS = { accessed: '\uE000accessed\uE000', url: '\uE000url\uE000', at: '\uE000at\uE000' } as const;

/** Every citation the panel shows, as templates with STAND_INS. */
export interface CitationTemplates {
  /** GB/T 7714-2015, the whole document. */
  gbt7714: string;
  /** GB/T 7714-2015 with 引文页码 (the place cited) after the year. */
  gbt7714At: string;
  apa: string;
  chicago: string;
  /** APA's in-text citation of the whole document, of a paragraph (at = its number), of a section (at = its heading). */
  inText: string;
  inTextParagraph: string;
  inTextSection: string;
}

/** A template with its stand-ins replaced; a stand-in not given stays as it is. */
export function fillCitation(template: string, facts: { url?: string; accessed?: string; at?: string }): string {
  let text = template;
  for (const key of ['url', 'accessed', 'at'] as const) {
    const value = facts[key];
    // A function, not a string: a section heading may hold "$&", which a replacement string reads as a pattern.
    if (value !== undefined) text = text.replaceAll(STAND_INS[key], () => value);
  }
  return text;
}

/** The mark a link to the place carries in its text: ¶3, or § and the section's heading. */
export function pinpointMark(at: Pinpoint): string {
  return 'paragraph' in at ? `¶${at.paragraph}` : `§ ${at.section}`;
}
