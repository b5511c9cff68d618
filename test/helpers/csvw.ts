/**
 * Read a CSV with its CSV-W metadata through an independent CSV-W parser,
 * @zazuko/rdf-parser-csvw (RDF/JS), which takes the metadata as RDF.
 *
 * `metadataQuads` reads the JSON-LD of our metadata file into that RDF: the
 * table's url, its schema's columns (an RDF list) with their names, titles
 * (a language map), datatypes (the CSV-W built-in names, which the CSV-W
 * context maps to XML Schema datatypes) and `required`, the schema's
 * aboutUrl and primary key. It is a reading of the few terms the file uses,
 * not a JSON-LD processor: a term it does not know is an error, so the test
 * cannot pass by skipping part of the file.
 */
import { Readable } from 'node:stream';
import datasets from '@rdfjs/dataset';
import Parser from '@zazuko/rdf-parser-csvw';
import rdf from '@zazuko/rdf-parser-csvw/lib/Factory.js';

const CSVW = 'http://www.w3.org/ns/csvw#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const BUILT_IN = new Set(['string', 'integer', 'decimal', 'date', 'gYear', 'anyURI', 'boolean', 'double']);

interface Column {
  name: string;
  titles: Record<string, string>;
  datatype: string;
  required: boolean;
  'dc:description'?: unknown;
}

interface Metadata {
  url: string;
  dialect?: { header: boolean; encoding: string; lineTerminators: string[] };
  tableSchema: { columns: Column[]; primaryKey: string[]; aboutUrl: string };
}

export function metadataQuads(metadata: Metadata) {
  const dataset = datasets.dataset();
  const add = (s: unknown, p: string, o: unknown) => dataset.add(rdf.quad(s as never, rdf.namedNode(p), o as never));
  const table = rdf.blankNode();
  const schema = rdf.blankNode();
  add(table, `${RDF}type`, rdf.namedNode(`${CSVW}Table`));
  add(table, `${CSVW}url`, rdf.literal(metadata.url));
  add(table, `${CSVW}tableSchema`, schema);
  add(schema, `${CSVW}aboutUrl`, rdf.literal(metadata.tableSchema.aboutUrl));
  for (const key of metadata.tableSchema.primaryKey) add(schema, `${CSVW}primaryKey`, rdf.literal(key));
  if (metadata.dialect) {
    const dialect = rdf.blankNode();
    add(table, `${CSVW}dialect`, dialect);
    for (const terminator of metadata.dialect.lineTerminators)
      add(dialect, `${CSVW}lineTerminators`, rdf.literal(terminator));
  }
  const nodes = metadata.tableSchema.columns.map((column) => {
    const known = new Set(['name', 'titles', 'datatype', 'required', 'dc:description']);
    const unknown = Object.keys(column).filter((key) => !known.has(key));
    if (unknown.length > 0)
      throw new Error(`column ${column.name}: terms this reading does not know: ${unknown.join(', ')}`);
    if (!BUILT_IN.has(column.datatype))
      throw new Error(`column ${column.name}: datatype ${column.datatype} is not a built-in one`);
    const node = rdf.blankNode();
    add(node, `${CSVW}name`, rdf.literal(column.name));
    for (const [language, title] of Object.entries(column.titles))
      add(node, `${CSVW}title`, rdf.literal(title, language));
    add(node, `${CSVW}datatype`, rdf.namedNode(`${XSD}${column.datatype}`));
    add(node, `${CSVW}required`, rdf.literal(String(column.required), rdf.namedNode(`${XSD}boolean`)));
    return node;
  });
  // The columns as an RDF list, as JSON-LD writes an ordered array (@container: @list).
  let list: unknown = rdf.namedNode(`${RDF}nil`);
  for (const node of [...nodes].reverse()) {
    const cell = rdf.blankNode();
    add(cell, `${RDF}first`, node);
    add(cell, `${RDF}rest`, list);
    list = cell;
  }
  add(schema, `${CSVW}column`, list);
  return dataset;
}

export interface ParsedQuad {
  subject: { termType: string; value: string };
  predicate: { value: string };
  object: { termType: string; value: string; datatype?: { value: string }; language?: string };
}

/** The quads the parser makes of the CSV text with the metadata, the CSV's address being `baseIRI`. */
export async function parseCsvw(csv: string, metadata: Metadata, baseIRI: string): Promise<ParsedQuad[]> {
  const parser = new Parser({ metadata: metadataQuads(metadata) as never, baseIRI, factory: rdf });
  const quads: ParsedQuad[] = [];
  // A readable-stream Transform, which is async-iterable; its types (readable-stream ships none) do not say so.
  const stream = parser.import(Readable.from([csv])) as unknown as AsyncIterable<ParsedQuad>;
  for await (const quad of stream) quads.push(quad);
  return quads;
}
