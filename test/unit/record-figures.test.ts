/**
 * The content store keeps a record without its key figures, only their
 * number; a page reads them from the document's file, and gets exactly the
 * figures the converter wrote, or an error naming the file.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDocument } from '../../src/lib/document-body.ts';
import { figuresOf, storedRecord } from '../../src/lib/record-figures.ts';
import { type Report, ReportSchema } from '../../src/shared/report-schema.ts';
import { projectRoot } from '../helpers/run.ts';

const reports = join(projectRoot, 'content', 'reports');
const seedRecords = () =>
  readdirSync(reports).map((name) =>
    ReportSchema.parse(splitDocument(readFileSync(join(reports, name), 'utf8')).frontmatter),
  );

describe("a record's key figures", () => {
  it('are left out of the stored record, which keeps their number and every other field', () => {
    const record = seedRecords().find((candidate) => (candidate.figures?.length ?? 0) > 0)!;
    const stored = storedRecord(record);
    expect(stored).not.toHaveProperty('figures');
    expect(stored.figureCount).toBe(record.figures!.length);
    const { figures: _, ...rest } = record;
    expect(stored).toEqual({ ...rest, figureCount: record.figures!.length });
  });

  it("are read back from every seed's file exactly as the converter wrote them", () => {
    const records = seedRecords();
    expect(records.some((record) => (record.figures?.length ?? 0) > 0)).toBe(true);
    for (const record of records) expect(figuresOf(storedRecord(record), reports)).toEqual(record.figures ?? []);
  });

  it('are not read at all for a record that has none', () => {
    expect(figuresOf({ id: '000000000000', figureCount: 0 }, join(tmpdir(), 'no-such-folder'))).toEqual([]);
  });

  it('name the file when it no longer holds what the store counted, or holds a figure the schema refuses', () => {
    const record = seedRecords().find((candidate) => (candidate.figures?.length ?? 0) > 1)! as Report;
    const folder = mkdtempSync(join(tmpdir(), 'record-figures-'));
    const file = join(folder, `${record.id}.mdx`);
    const mdx = readFileSync(join(reports, `${record.id}.mdx`), 'utf8');
    writeFileSync(file, mdx);
    expect(() => figuresOf({ id: record.id, figureCount: 1 }, folder)).toThrow(
      `${file}: has ${record.figures!.length} key figures, the content store 1: build again`,
    );
    writeFileSync(file, mdx.replace(/\n {4}measure: level\n/, '\n    measure: 多少\n'));
    expect(() => figuresOf(storedRecord(record), folder)).toThrow(`${file}: cannot read its key figures`);
  });
});
