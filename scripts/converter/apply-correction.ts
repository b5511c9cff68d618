/**
 * Apply a person's correction (read/correction-file.ts) to the record the
 * converter made, keeping the converter's own reading beside it.
 *
 *   correctRecord({ publisher: "天目山镇", inferred: [], … }, { fields: { publisher: "天目山镇人民政府" }, note, date, … })
 *   → { ok: true, record: { publisher: "天目山镇人民政府", correction: { read: { publisher: "天目山镇" }, note, date }, … }, warnings: [] }
 *
 * A field the converter now reads as the correction says is left out and
 * reported as no longer needed. `inferred` stays the converter's own (the
 * page shows a corrected field as corrected, never as inferred).
 * A record that already carries a correction is first given back the
 * converter's reading, so applying again (or another correction) is safe.
 * The result must pass the record's schema, as the converter's own does.
 */
import {
  type CorrectableField,
  type CorrectionRecord,
  type Report,
  ReportSchema,
} from '../../src/shared/report-schema.ts';
import { recordYaml } from './helpers/record-yaml.ts';
import type { Correction, CorrectionProblem as Problem } from './read/correction-file.ts';

export interface CorrectionOptions {
  /** The earlier capture whose correction a new capture carries forward. */
  carriedFrom?: string;
}

export type CorrectedRecord =
  | { ok: true; record: Report; warnings: Problem[] }
  | { ok: false; error: Problem; warnings: Problem[] };

export function correctRecord(
  converted: Report,
  correction: Correction | null,
  options: CorrectionOptions = {},
): CorrectedRecord {
  const record = uncorrected(converted);
  if (!correction) return { ok: true, record, warnings: [] };
  const warnings: Problem[] = [];
  const read: CorrectionRecord['read'] = {};
  const values: Partial<Record<CorrectableField, string | null>> = {};
  for (const [field, value] of Object.entries(correction.fields) as [CorrectableField, string | null][]) {
    if (record[field] === value) {
      if (!options.carriedFrom) {
        const message = `${field}: no longer needed, the converter now reads ${JSON.stringify(value)} itself`;
        warnings.push({ message, line: correction.lines[field] ?? 1 });
      }
      continue;
    }
    read[field] = record[field];
    values[field] = value;
  }
  if (Object.keys(values).length === 0) {
    if (!options.carriedFrom) warnings.push({ message: 'no longer needed: the converter reads every field so itself' });
    return { ok: true, record, warnings };
  }
  const provenance: CorrectionRecord = { read, note: correction.note, date: correction.date };
  if (correction.by) provenance.by = correction.by;
  if (options.carriedFrom) provenance.carriedFrom = options.carriedFrom;
  const checked = ReportSchema.safeParse({ ...record, ...values, correction: provenance });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const field = issue.path[0] as CorrectableField;
    const message = `${String(field)}: the corrected record is refused by the schema: ${issue.message}`;
    return { ok: false, error: { message, line: correction.lines[field] ?? 1 }, warnings };
  }
  return { ok: true, record: checked.data, warnings };
}

/** The record as the converter read it: a correction it carries taken back out. */
export function uncorrected(record: Report): Report {
  if (!record.correction) return record;
  const { correction, ...rest } = record;
  return ReportSchema.parse({ ...rest, ...correction.read });
}

/**
 * The document with this record as its frontmatter, the body untouched.
 *
 *   withRecord("---\nid: …\n---\n\n正文…", record) → "---\n<recordYaml(record)>\n---\n\n正文…"
 */
export function withRecord(mdx: string, record: Report): string {
  const end = mdx.indexOf('\n---\n', 3);
  if (!mdx.startsWith('---\n') || end < 0) throw new Error('the document has no frontmatter');
  return `---\n${recordYaml(record)}${mdx.slice(end)}`;
}
