/**
 * `npm run build` runs this after `astro build`: it indexes every document
 * of content/reports for Pagefind, into dist/pagefind.
 *
 * Documents are indexed as custom records whose text is cut into character
 * bigrams (src/lib/search-tokens.ts) rather than left to Pagefind's Chinese
 * word segmentation, so that a query finds exactly the documents containing
 * it. The records carry the filters (province … town, year, document type)
 * and the date to sort by.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { indexTokens, SEARCH_INDEX_LANGUAGE } from '../src/lib/search-tokens.ts';
import { basePath } from '../src/lib/site-config.ts';
import { readDocument } from './lib/read-document.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content/reports' },
    out: { type: 'string', default: 'dist/pagefind' },
  },
});

const started = performance.now();
const base = basePath();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);

const files = readdirSync(values.content)
  .filter((name) => name.endsWith('.mdx'))
  .sort();
for (const name of files) {
  const { record, blocks } = readDocument(readFileSync(join(values.content, name), 'utf8'));
  const text = [record.title, ...blocks.map(({ text }) => text)].join('\n');
  const year = (record.date ?? record.dateWritten)?.slice(0, 4);
  const filters: Record<string, string[]> = {};
  for (const [key, value] of Object.entries({
    province: record.province,
    city: record.city,
    county: record.county,
    town: record.town,
    year,
    docType: record.docType,
  })) {
    if (value) filters[key] = [value];
  }
  const added = await index.addCustomRecord({
    url: `${base}reports/${record.id}/`,
    content: indexTokens(text),
    language: SEARCH_INDEX_LANGUAGE,
    meta: {
      title: record.title,
      place: [record.province, record.city, record.county, record.town].filter(Boolean).join(' '),
      date: record.date ?? '',
      docType: record.docType ?? '',
    },
    filters,
    sort: { date: record.date ?? record.dateWritten ?? '0000-00-00' },
  });
  if (added.errors.length > 0) throw new Error(`${name}: Pagefind refused the record: ${added.errors.join('; ')}`);
}

const written = await index.writeFiles({ outputPath: values.out });
if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`search index: ${files.length} documents indexed into ${values.out} in ${seconds} s`);
