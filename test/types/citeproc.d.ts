/** The part of citeproc-js (npm citeproc, which ships no types) the validator tests use. */
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(language: string): string;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: CiteprocSys, style: string, language?: string);
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ bibliography_errors: unknown[]; entry_ids: string[][] }, string[]];
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
