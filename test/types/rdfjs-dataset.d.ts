/** The part of @rdfjs/dataset (a dependency of @zazuko/rdf-parser-csvw, which ships no types) the CSV-W test uses. */
declare module '@rdfjs/dataset' {
  interface Term {
    termType: string;
    value: string;
  }
  interface Quad {
    subject: Term;
    predicate: Term;
    object: Term;
  }
  interface DatasetCore {
    add(quad: Quad): DatasetCore;
    readonly size: number;
  }
  const factory: { dataset(): DatasetCore };
  export default factory;
}
