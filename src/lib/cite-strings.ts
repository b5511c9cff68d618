/**
 * The reading styles of the cite panel, rendered at build time by
 * citeproc-js from the CSL styles and locales in src/data/csl/ (the same
 * item the page offers as CSL-JSON: src/shared/citations.ts), as templates
 * the page completes with the reader's date and the place cited
 * (src/shared/pinpoint-citation.ts). The reader's phone never loads
 * citeproc-js or a style.
 *
 *   citationTemplates({ kind: 'report', author: '天目山镇人民政府', place: '临安区', … }).gbt7714At
 *   → "天目山镇人民政府. 天目山镇政府工作报告[EB/OL]. 临安区: 天目山镇人民政府, 2022: \uE000at\uE000[\uE000accessed\uE000]. \uE000url\uE000."
 */
import { join } from 'node:path';
import CSL from 'citeproc';
import APA from '../data/csl/apa.csl?raw';
import CHICAGO from '../data/csl/chicago-author-date.csl?raw';
import GBT7714 from '../data/csl/gbt7714.csl?raw';
import EN_US from '../data/csl/locales-en-US.xml?raw';
import ZH_CN from '../data/csl/locales-zh-CN.xml?raw';
import { type Citable, cslItem } from '../shared/citations.ts';
import { type CitationTemplates, STAND_INS } from '../shared/pinpoint-citation.ts';
import { buildMemo, memoVersion } from './build-memo.ts';
import { inChinese } from './csl-in-chinese.ts';
import { astroCacheDir } from './site-config.ts';

export const CSL_STYLES = { gbt7714: GBT7714, apa: APA, chicago: CHICAGO } as const;

// The reader is Chinese: every style in the zh-CN locale (its terms, 段 for a paragraph: 第4段); en-US only as citeproc's fallback.
const LOCALES: Record<string, string> = { 'zh-CN': ZH_CN, 'en-US': EN_US };

/** A style's engine, made once a build: compiling a style takes far longer than citing with it. */
class Styled {
  private items = new Map<string, Record<string, unknown>>();
  private engine: InstanceType<typeof CSL.Engine>;

  constructor(style: string) {
    this.engine = new CSL.Engine(
      {
        retrieveLocale: (language) => LOCALES[language] ?? EN_US,
        retrieveItem: (id) => this.items.get(id),
      },
      style,
      'zh-CN',
      true,
    );
    this.engine.setOutputFormat('text');
  }

  /** The bibliography entries of items, in their order, without a numeric style's [n]: one call for them all. */
  references(...items: Record<string, unknown>[]): string[] {
    this.items = new Map(items.map((item) => [item.id as string, item]));
    this.engine.updateItems([...this.items.keys()]);
    const [meta, entries] = this.engine.makeBibliography();
    if (meta.bibliography_errors.length > 0) throw new Error(JSON.stringify(meta.bibliography_errors));
    const byId = new Map(meta.entry_ids.map((cited, index) => [cited[0]!, entries[index]!.trim()]));
    return items.map((item) => byId.get(item.id as string)!.replace(/^\[\d+\]\s*/, ''));
  }

  /** The in-text citation of an item last given to references(), at a locator. */
  inText(id: string, at?: { locator: string; label: string }): string {
    return this.engine.previewCitationCluster(
      { citationItems: [{ id, ...at }], properties: { noteIndex: 0 } },
      [],
      [],
      'text',
    );
  }
}

let engines: Record<keyof typeof CSL_STYLES, Styled> | undefined;
// APA's in-text citations depend on the author (or, without one, the title) and the year alone: made once for each.
const inTextCache = new Map<string, Pick<CitationTemplates, 'inText' | 'inTextParagraph' | 'inTextSection'>>();

/**
 * What a kept citation depends on besides its record: citeproc-js, the styles
 * and locales, and the code that turns a record into an item and renders it
 * (this file, the Chinese edition's options and the shared code, read whole: a change to any of it renders
 * every citation again).
 */
const RENDERING = memoVersion(
  import.meta.glob<string>(['./cite-strings.ts', './csl-in-chinese.ts', '../shared/*.ts', '../data/csl/*'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  `citeproc ${CSL.PROCESSOR_VERSION}`,
);

// One file for every build of the site, the parts of a build in parts among them: a citation depends on its record and
// the rendering alone, and each build appends whole lines (build-memo.ts), so parts built side by side share it.
const kept = buildMemo<CitationTemplates>(join(astroCacheDir(null), 'citations.ndjson'), RENDERING);

/** Every citation of the cite panel for one document, as templates (STAND_INS for the date, address and place cited). */
export function citationTemplates(citable: Citable): CitationTemplates {
  return kept(citable, () => renderedTemplates(citable));
}

function renderedTemplates(citable: Citable): CitationTemplates {
  const text = [citable.title, citable.author, citable.publisher, citable.place].join('');
  if (/[\uE000]/.test(text)) throw new Error(`${citable.id}: a private-use character U+E000 in its title or names`);
  // GB/T 7714 is a Chinese style already; APA and Chicago with a Chinese edition's dates and paragraphs (csl-in-chinese.ts).
  engines ??= {
    gbt7714: new Styled(GBT7714),
    apa: new Styled(inChinese.apa(APA)),
    chicago: new Styled(inChinese.chicago(CHICAGO)),
  };
  const stand = { accessed: STAND_INS.accessed, url: STAND_INS.url };
  const item = cslItem(citable, stand);
  const at = { ...cslItem(citable, { ...stand, page: STAND_INS.at }), id: `${item.id}-at` };
  const [gbt7714, gbt7714At] = engines.gbt7714.references(item, at) as [string, string];
  const [apa] = engines.apa.references(item) as [string];
  const key = JSON.stringify([
    citable.kind,
    citable.author,
    citable.author ? null : citable.title,
    citable.date?.slice(0, 4),
  ]);
  let inText = inTextCache.get(key);
  if (!inText) {
    const id = item.id as string;
    inText = {
      inText: engines.apa.inText(id),
      inTextParagraph: engines.apa.inText(id, { locator: STAND_INS.at, label: 'paragraph' }),
      inTextSection: engines.apa.inText(id, { locator: STAND_INS.at, label: 'section' }),
    };
    inTextCache.set(key, inText);
  }
  const [chicago] = engines.chicago.references(item) as [string];
  return { gbt7714, gbt7714At, apa, chicago, ...inText };
}
