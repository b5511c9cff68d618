/**
 * The records a build plan is made from (scripts/parts/plan.ts): each
 * document's place and earlier version, and a SHA-256 of every file its
 * pages read: its own file (record and body), then the archived files its
 * raw source and kept attachments are taken from (seeds/<file>, or the web
 * archive holding the record). So a part's digest changes when any file its
 * build reads does, and a source whose bytes changed is built again (and
 * fails, naming the file, if they no longer match the document).
 *
 * What is read of each file is kept with its statKey (scripts/store/file-facts.ts,
 * under node_modules/.cache/zhendang/): a run after new captures reads the new
 * files, not every document and source again (at 20,000 documents that took
 * 22 to 32 s, nearly all of it the key figures' YAML).
 *
 *   readPlanRecords('content/reports', 'seeds')
 *   → [{ id: '18ac4b943fd2', province: '浙江省', city: '杭州市', digest: '…' }, …]
 *      digest = SHA-256 of "18ac4b943fd2.mdx <its SHA-256>\nsource 003_f33962c4148b52b6.txt <its SHA-256>\n"
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitDocument } from '../../src/lib/document-body.ts';
import { parseRecordName } from '../../src/lib/warc-container.ts';
import { ReportSchema } from '../../src/shared/report-schema.ts';
import { type FileFacts, keptFacts } from '../store/file-facts.ts';
import { documentFiles } from '../store/read-document.ts';
import type { PlanRecord } from './plan.ts';

const PlanFieldsSchema = ReportSchema.pick({
  id: true,
  province: true,
  city: true,
  previousVersion: true,
  source: true,
  attachments: true,
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What the plan reads of a document's file: its fields, the archived files its pages read, and its SHA-256. */
interface DocumentFacts {
  fields: Omit<PlanRecord, 'digest'>;
  archived: { source: string; attachments: string[] };
  sha256: string;
}

/** The records of a folder of documents (content/reports), sources in `seeds`; an invalid one is named with its field. */
export function readPlanRecords(folder: string, seeds = 'seeds'): PlanRecord[] {
  const documents = keptFacts<DocumentFacts>('plan-documents', [folder], import.meta.url);
  const archived = keptFacts<string>('plan-archived', [seeds], import.meta.url);
  const archivedDigest = archivedFileDigests(seeds, archived);
  const records = documentFiles(folder).map((name) => {
    const path = join(folder, name);
    const { fields, archived: reads, sha256: own } = documents.of(path, readDocumentFacts);
    const read = [
      `${name} ${own}`,
      `source ${archivedDigest(reads.source)}`,
      ...reads.attachments.map((record) => `attachment ${archivedDigest(record)}`),
    ];
    return {
      ...fields,
      digest: createHash('sha256')
        .update(`${read.join('\n')}\n`)
        .digest('hex'),
    };
  });
  documents.save();
  archived.save();
  return records;
}

function readDocumentFacts(path: string): DocumentFacts {
  const bytes = readFileSync(path);
  const parsed = PlanFieldsSchema.safeParse(splitDocument(bytes.toString('utf8')).frontmatter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const { source, attachments, ...fields } = parsed.data;
  const kept = (attachments ?? []).flatMap(({ kept }) => (kept ? [kept.record] : []));
  return { fields, archived: { source: source.file, attachments: kept }, sha256: sha256(bytes) };
}

/**
 * The name and SHA-256 of the file an archived name is read from (a web
 * archive's record, from its container), each file hashed once however
 * many documents it holds. A missing file is "missing": its page's build
 * then fails and says so.
 */
function archivedFileDigests(seeds: string, facts: FileFacts<string>): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    const file = parseRecordName(name)?.container ?? name;
    let digest = known.get(file);
    if (!digest) {
      const path = join(seeds, file);
      digest = existsSync(path) ? facts.of(path, () => sha256(readFileSync(path))) : 'missing';
      known.set(file, digest);
    }
    return `${file} ${digest}`;
  };
}
