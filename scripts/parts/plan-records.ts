/**
 * The records a build plan is made from (scripts/parts/plan.ts): each
 * document's place and earlier version, and a SHA-256 of every file its
 * pages read: its own file (record and body), then the archived files its
 * raw source and kept attachments are taken from (seeds/<file>, or the web
 * archive holding the record). So a part's digest changes when any file its
 * build reads does, and a source whose bytes changed is built again (and
 * fails, naming the file, if they no longer match the document).
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

/** The records of a folder of documents (content/reports), sources in `seeds`; an invalid one is named with its field. */
export function readPlanRecords(folder: string, seeds = 'seeds'): PlanRecord[] {
  const archivedDigest = archivedFileDigests(seeds);
  return documentFiles(folder).map((name) => {
    const bytes = readFileSync(join(folder, name));
    const parsed = PlanFieldsSchema.safeParse(splitDocument(bytes.toString('utf8')).frontmatter);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${join(folder, name)}: ${issue.path.join('.')}: ${issue.message}`);
    }
    const { source, attachments, ...fields } = parsed.data;
    const read = [
      `${name} ${sha256(bytes)}`,
      `source ${archivedDigest(source.file)}`,
      ...(attachments ?? []).flatMap(({ kept }) => (kept ? [`attachment ${archivedDigest(kept.record)}`] : [])),
    ];
    return {
      ...fields,
      digest: createHash('sha256')
        .update(`${read.join('\n')}\n`)
        .digest('hex'),
    };
  });
}

/**
 * The name and SHA-256 of the file an archived name is read from (a web
 * archive's record, from its container), each file hashed once however
 * many documents it holds. A missing file is "missing": its page's build
 * then fails and says so.
 */
function archivedFileDigests(seeds: string): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    const file = parseRecordName(name)?.container ?? name;
    let digest = known.get(file);
    if (!digest) {
      const path = join(seeds, file);
      digest = existsSync(path) ? sha256(readFileSync(path)) : 'missing';
      known.set(file, digest);
    }
    return `${file} ${digest}`;
  };
}
