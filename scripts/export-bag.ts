/**
 * `npm run export:bag -- [--out DIR] [--date YYYY-MM-DD]` writes the whole
 * archive as one BagIt bag (RFC 8493): every source byte for byte
 * (data/sources/), every converted document (data/documents/), the
 * corrections people made to their records (data/corrections/, as written;
 * the documents already hold the corrected values), and the catalog
 * (data/catalog.json), with SHA-512 and SHA-256 manifests.
 * `npm run export:bag -- --verify DIR` checks a bag and lists what is wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { catalogEntry, sortCatalog } from '../src/lib/catalog.ts';
import { buildDate } from '../src/lib/site-config.ts';
import { parseRecordName } from '../src/lib/warc-container.ts';
import { parseSiteOwners } from '../src/shared/credits.ts';
import { type PayloadFile, validateBag, writeBag } from './store/bagit.ts';
import { documentFiles, readRecord } from './store/read-document.ts';

function parseOptions() {
  return parseArgs({
    options: {
      out: { type: 'string', default: 'zhendang-bag' },
      content: { type: 'string', default: 'content/reports' },
      seeds: { type: 'string', default: 'seeds' },
      corrections: { type: 'string' },
      date: { type: 'string', default: (buildDate() ?? new Date().toISOString()).slice(0, 10) },
      verify: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
}

const USAGE = `Usage: npm run export:bag -- [--out DIR] [--date YYYY-MM-DD] [--content DIR] [--seeds DIR]
       npm run export:bag -- --verify DIR

Writes the whole archive as one BagIt bag (RFC 8493), or checks a bag.

  --out DIR        where to write the bag (default: zhendang-bag)
  --date DATE      the Bagging-Date (default: today, or SOURCE_DATE_EPOCH's day)
  --content DIR    the converted documents (default: content/reports)
  --seeds DIR      the raw sources (default: seeds)
  --corrections DIR  the corrections of the records (default: "corrections" beside --content)
  --verify DIR     check the bag in DIR and list what is wrong
  --help           show this text
`;

let parsed: ReturnType<typeof parseOptions>;
try {
  parsed = parseOptions();
} catch (error) {
  // An unknown option is the user's mistake: say which, and how to ask for help, instead of a stack trace.
  console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

if (values.verify) {
  const problems = validateBag(values.verify);
  for (const problem of problems) console.error(`${values.verify}: ${problem}`);
  console.log(
    problems.length === 0 ? `${values.verify} is a valid, complete bag` : `${problems.length} problems found`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}

const corrections = values.corrections ?? join(dirname(values.content), 'corrections');
const payload: PayloadFile[] = [];
const records = [];
// A web archive's pages are records of one file: the bag keeps that file once, as captured.
const sourceFiles = new Set<string>();
for (const name of documentFiles(values.content)) {
  const text = readFileSync(join(values.content, name));
  const record = readRecord(text.toString('utf8'));
  records.push(record);
  payload.push({ path: `data/documents/${name}`, bytes: text });
  const correction = join(corrections, `${record.id}.yaml`);
  if (existsSync(correction))
    payload.push({ path: `data/corrections/${record.id}.yaml`, bytes: readFileSync(correction) });
  const file = parseRecordName(record.source.file)?.container ?? record.source.file;
  if (sourceFiles.has(file)) continue;
  sourceFiles.add(file);
  payload.push({ path: `data/sources/${file}`, bytes: readFileSync(join(values.seeds, file)) });
}
// The same site table the site is built with, so the bag's catalog credits documents as the site does.
const owners = parseSiteOwners(readFileSync(new URL('../src/data/sites.csv', import.meta.url), 'utf8'));
const catalog = { archive: '镇档', documents: sortCatalog(records).map((record) => catalogEntry(record, owners)) };
payload.push({ path: 'data/catalog.json', bytes: Buffer.from(`${JSON.stringify(catalog, null, 1)}\n`) });

writeBag(values.out, payload, {
  'Source-Organization': '镇档 Zhendang',
  'External-Description': '乡镇政府公开信息存档：来源文件（原样）、转换后的文档与目录',
  'Bagging-Date': values.date,
  'External-Identifier': `zhendang-${values.date}`,
  'Bag-Software-Agent': 'zhendang export-bag',
});
const problems = validateBag(values.out);
if (problems.length > 0) {
  for (const problem of problems) console.error(`error: ${problem}`);
  process.exit(1);
}
console.log(`${values.out}: a valid bag of ${records.length} documents (${payload.length} payload files)`);
