/**
 * Corrections: a person's fix of fields the converter read wrong, in a YAML
 * file named after the document, applied after conversion with the
 * converter's own reading kept beside it; every bad file named with its line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctRecord, uncorrected, withRecord } from '../../scripts/converter/apply-correction.ts';
import { convertSource } from '../../scripts/converter/convert-source.ts';
import { type Correction, readCorrectionFile } from '../../scripts/converter/read/correction-file.ts';
import { carryCorrections, readCorrections, unknownDocuments } from '../../scripts/store/corrections.ts';
import { readRecord } from '../../scripts/store/read-document.ts';
import { ReportSchema } from '../../src/shared/report-schema.ts';
import { page, processor } from '../helpers/pipeline.ts';
import { folderWith } from '../helpers/run.ts';

const prose = '今年以来，全镇上下紧紧围绕年度目标任务，真抓实干，各项工作取得了新的进展，经济社会保持平稳健康发展。';
const source = (title: string) => page(title, '发布时间：2024-01-16', '发布机构：某镇', prose);
const convert = (text: string, correction?: Correction) => {
  const result = convertSource(
    {
      bytes: new TextEncoder().encode(text),
      name: 'a.txt',
      sourceUrl: 'http://x.gov.cn/a.html',
      ...(correction ? { correction: { file: 'content/corrections/a.yaml', correction } } : {}),
    },
    processor,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result;
};
const correctionOf = (text: string) => {
  const reading = readCorrectionFile(text);
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
  return reading.correction;
};
const good =
  'fields:\n  publisher: 某镇人民政府\n  date: 2024-01-15\nnote: 以落款为准\ndate: 2026-12-04\nby: 档案员甲\n';

describe('readCorrectionFile', () => {
  it('reads the fields, why, when and who, with the line of each field', () => {
    expect(readCorrectionFile(good)).toEqual({
      ok: true,
      correction: {
        fields: { publisher: '某镇人民政府', date: '2024-01-15' },
        lines: { publisher: 2, date: 3 },
        note: '以落款为准',
        date: '2026-12-04',
        by: '档案员甲',
      },
    });
  });

  it('takes a number as written, and null as clearing a field', () => {
    const { fields } = correctionOf(
      'fields:\n  placeCode: 330112116\n  county: null\nnote: 乡镇代码\ndate: 2026-12-04\n',
    );
    expect(fields).toEqual({ placeCode: '330112116', county: null });
  });

  it.each([
    ['an unknown field', 'fields:\n  mayor: 张三\nnote: x\ndate: 2026-12-04\n', 2, 3, /unknown field "mayor"/],
    ['a date that does not exist', 'fields:\n  date: 2024-02-30\nnote: x\ndate: 2026-12-04\n', 2, 9, /not a real/],
    ['a title cleared', 'fields:\n  title: null\nnote: x\ndate: 2026-12-04\n', 2, 10, /title: null is refused/],
    ['a list for a value', 'fields:\n  town: [甲镇, 乙镇]\nnote: x\ndate: 2026-12-04\n', 2, 9, /one value/],
    ['an unknown key', 'fields:\n  town: 甲镇\nnote: x\ndate: 2026-12-04\nwho: 我\n', 5, 1, /unknown key "who"/],
    ['no note', 'fields:\n  town: 甲镇\ndate: 2026-12-04\n', 1, 1, /no "note"/],
    ['a correction date not written YYYY-MM-DD', 'fields:\n  town: 甲镇\nnote: x\ndate: 12/4\n', 4, 7, /"date"/],
    ['no field', 'fields: {}\nnote: x\ndate: 2026-12-04\n', 1, 9, /"fields" must map/],
    ['broken YAML', 'fields:\n  town: 甲镇\n note: [x\n', 3, undefined, /not valid YAML/],
  ])('refuses %s, naming its line', (_, text, line, column, message) => {
    const reading = readCorrectionFile(text);
    expect(reading.ok).toBe(false);
    const [problem] = reading.ok ? [] : reading.problems;
    expect(problem!.message).toMatch(message);
    expect(problem!.line).toBe(line);
    if (column !== undefined) expect(problem!.column).toBe(column);
  });

  it('reports every problem of a file, in line order', () => {
    const reading = readCorrectionFile('fields:\n  mayor: 张三\n  date: 2024-13-01\nnote: x\ndate: 2026-12-04\n');
    expect(reading.ok ? [] : reading.problems.map((problem) => problem.line)).toEqual([2, 3]);
  });
});

describe('a correction applied by the converter', () => {
  const plain = convert(source('某镇2023年工作总结'));
  const corrected = convert(source('某镇2023年工作总结'), correctionOf(good));

  it('sets the corrected values and keeps what the converter read, who, when and why', () => {
    expect(plain.record.publisher).toBe('某镇');
    expect(corrected.record).toMatchObject({ publisher: '某镇人民政府', date: '2024-01-15' });
    expect(corrected.record.correction).toEqual({
      read: { publisher: '某镇', date: '2024-01-16' },
      note: '以落款为准',
      date: '2026-12-04',
      by: '档案员甲',
    });
  });

  it('writes the corrected record as the document’s frontmatter and leaves the body alone', () => {
    expect(readRecord(corrected.mdx)).toEqual(corrected.record);
    const body = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 3));
    expect(body(corrected.mdx)).toBe(body(plain.mdx));
  });

  it('gives back exactly the converter’s document when the correction is taken out', () => {
    expect(uncorrected(corrected.record)).toEqual(plain.record);
    expect(withRecord(corrected.mdx, uncorrected(corrected.record))).toBe(plain.mdx);
  });

  it('reports a field the converter now reads the same way as no longer needed, with its line', () => {
    const again = convert(source('某镇2023年工作总结'), correctionOf(good.replace('某镇人民政府', '某镇')));
    expect(again.record.correction?.read).toEqual({ date: '2024-01-16' });
    expect(again.warnings).toContainEqual({
      message: 'publisher: no longer needed, the converter now reads "某镇" itself',
      line: 2,
      file: 'content/corrections/a.yaml',
    });
    const needless = correctRecord(
      plain.record,
      correctionOf('fields:\n  publisher: 某镇\nnote: x\ndate: 2026-12-04\n'),
    );
    expect(needless.ok && needless.record).toEqual(plain.record);
    expect(needless.warnings.map((warning) => warning.message)).toContain(
      'no longer needed: the converter reads every field so itself',
    );
  });

  it('is checked by the record’s own schema', () => {
    expect(ReportSchema.safeParse(corrected.record).success).toBe(true);
  });
});

describe('the corrections folder', () => {
  it('reads each file by its document’s id and names every bad file with its line', () => {
    const folder = folderWith({
      'aaaaaaaaaaaa.yaml': good,
      'bbbbbbbbbbbb.yaml': 'fields:\n  mayor: 张三\nnote: x\ndate: 2026-12-04\n',
      'not-an-id.yaml': good,
      'README.md': 'not a correction',
    });
    const corrections = readCorrections(folder);
    expect([...corrections.byId.keys()]).toEqual(['aaaaaaaaaaaa', 'bbbbbbbbbbbb']);
    expect(corrections.byId.get('aaaaaaaaaaaa')!.correction?.fields.publisher).toBe('某镇人民政府');
    expect(corrections.byId.get('bbbbbbbbbbbb')!.correction).toBeNull();
    expect(corrections.problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/bbbbbbbbbbbb\.yaml$/), line: 2, column: 3 }),
      expect.objectContaining({
        file: expect.stringMatching(/not-an-id\.yaml$/),
        message: expect.stringMatching(/named/),
      }),
    ]);
    expect(unknownDocuments(corrections, (id) => id === 'aaaaaaaaaaaa')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/no document bbbbbbbbbbbb in the archive/) }),
    ]);
  });

  it('carries a correction forward to a later capture of the page, flagged, and takes it back when it goes', () => {
    const first = convert(source('某镇2023年工作总结'));
    const second = convert(source('某镇2023年工作总结（更新）'));
    const folder = folderWith({ [`${first.record.id}.mdx`]: first.mdx, [`${second.record.id}.mdx`]: second.mdx });
    const captures = [first, second].map(({ record }, at) => ({
      id: record.id,
      url: record.sourceUrl,
      captured: `2024-0${at + 1}-01T00:00:00.000Z`,
      archived: null,
      name: `${at}.txt`,
      names: null,
    }));
    const write = (path: string, mdx: string) => writeFileSync(path, mdx);
    const corrections = readCorrections(folderWith({ [`${first.record.id}.yaml`]: good }));
    expect(carryCorrections(captures, corrections, folder, write).rewritten).toEqual(['1.txt']);
    const carried = readRecord(readFileSync(join(folder, `${second.record.id}.mdx`), 'utf8'));
    expect(carried.publisher).toBe('某镇人民政府');
    expect(carried.correction).toMatchObject({ read: { publisher: '某镇' }, carriedFrom: first.record.id });

    expect(carryCorrections(captures, corrections, folder, write).rewritten).toEqual([]); // settled: nothing to do
    const none = readCorrections(folderWith({}));
    expect(carryCorrections(captures, none, folder, write).rewritten).toEqual(['1.txt']);
    expect(readFileSync(join(folder, `${second.record.id}.mdx`), 'utf8')).toBe(second.mdx);
  });
});
