/** The part of citeproc-js (npm citeproc, which ships no types) the site's build and the validator tests use. */
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(language: string): string;
    retrieveItem(id: string): unknown;
  }
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
  }
  class Engine {
    constructor(sys: CiteprocSys, style: string, language?: string, forceLanguage?: boolean);
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ bibliography_errors: unknown[]; entry_ids: string[][] }, string[]];
    previewCitationCluster(
      citation: { citationItems: CitationItem[]; properties: { noteIndex: number } },
      before: unknown[],
      after: unknown[],
      format: 'text' | 'html',
    ): string;
  }
  const CSL: { Engine: typeof Engine; PROCESSOR_VERSION: string };
  export default CSL;
}
