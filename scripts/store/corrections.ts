/**
 * The corrections a run applies: content/corrections/<document id>.yaml,
 * each read and checked (scripts/converter/read/correction-file.ts), and a
 * new capture of a page given its previous version's correction.
 *
 *   readCorrections("content/corrections")
 *   → { byId: Map { "7c88cf9a948c" → { file: "content/corrections/7c88cf9a948c.yaml", correction, sha256 } },
 *       problems: [{ file: "content/corrections/bad.yaml", message: "…", line: 3 }] }
 *
 * A file that is not right is an error naming it and its line, and only its
 * own document goes uncorrected. `sha256` is the file's, so the conversion
 * cache converts a document again when its correction changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { correctRecord, withRecord } from '../converter/apply-correction.ts';
import type { Problem } from '../converter/convert-source.ts';
import { type Correction, readCorrectionFile } from '../converter/read/correction-file.ts';
import { linkVersions, type WrittenCapture } from './page-versions.ts';
import { readRecord } from './read-document.ts';

export interface CorrectionEntry {
  /** The file as messages name it (relative to the working folder). */
  file: string;
  correction: Correction | null;
  sha256: string;
}

export interface Corrections {
  byId: Map<string, CorrectionEntry>;
  problems: Problem[];
}

const ID_FILE = /^([0-9a-f]{12})\.yaml$/;

export function readCorrections(folder: string): Corrections {
  const byId = new Map<string, CorrectionEntry>();
  const problems: Problem[] = [];
  if (!existsSync(folder)) return { byId, problems };
  for (const name of readdirSync(folder).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const path = join(folder, name);
    const file = relative(process.cwd(), path) || path;
    const id = ID_FILE.exec(name)?.[1];
    if (!id) {
      problems.push({ file, message: 'a correction is named after its document: <12 hex digits of the id>.yaml' });
      continue;
    }
    const bytes = readFileSync(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const reading = readCorrectionFile(bytes.toString('utf8'));
    if (!reading.ok) for (const problem of reading.problems) problems.push({ ...problem, file });
    byId.set(id, { file, correction: reading.ok ? reading.correction : null, sha256 });
  }
  return { byId, problems };
}

/** Corrections naming a document neither this run nor the output folder holds: an error each. */
export function unknownDocuments(corrections: Corrections, known: (id: string) => boolean): Problem[] {
  return [...corrections.byId]
    .filter(([id]) => !known(id))
    .map(([id, { file }]) => ({ file, message: `no document ${id} in the archive: a correction names its document` }));
}

/**
 * Give each later capture of a page that has no correction of its own the
 * correction of the nearest earlier version that has one (flagged with
 * `carriedFrom`), and take a carried correction back out where none applies
 * any more; `write` gets only the documents that change.
 *
 *   carryCorrections([{ id: "aaa…", … }, { id: "bbb…", url: same page, … }], corrections with aaa…, "content/reports", write)
 *   → { rewritten: ["b.html"], problems: [] }   (bbb….mdx now has aaa…'s corrected fields, correction.carriedFrom: aaa…)
 */
export function carryCorrections(
  captures: WrittenCapture[],
  corrections: Corrections,
  folder: string,
  write: (path: string, mdx: string, name: string) => void,
): { rewritten: string[]; problems: Problem[] } {
  const links = linkVersions(captures);
  const own = (id: string) => corrections.byId.get(id)?.correction ?? null;
  const rewritten: string[] = [];
  const problems: Problem[] = [];
  for (const capture of captures) {
    // A document with a correction file of its own (even one refused) is not given another's.
    if (corrections.byId.has(capture.id) || (links.get(capture.id) === null && capture.names === null)) continue;
    let from = links.get(capture.id) ?? null;
    while (from !== null && !own(from)) from = links.get(from) ?? null;
    const path = join(folder, `${capture.id}.mdx`);
    const mdx = readFileSync(path, 'utf8');
    const record = readRecord(mdx);
    if (!record.correction?.carriedFrom && from === null) continue;
    const corrected = correctRecord(record, from === null ? null : own(from), from ? { carriedFrom: from } : {});
    if (!corrected.ok) {
      const { file } = corrections.byId.get(from!)!;
      problems.push({ ...corrected.error, file, message: `carried to ${capture.id}: ${corrected.error.message}` });
      continue;
    }
    const next = withRecord(mdx, corrected.record);
    if (next === mdx) continue;
    write(path, next, capture.name);
    rewritten.push(capture.name);
  }
  return { rewritten, problems };
}
