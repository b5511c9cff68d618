/**
 * The review list: which of a record's fields are doubtful and how much, in
 * what order records come, and the correction template written for one.
 */
import { describe, expect, it } from 'vitest';
import { readCorrectionFile } from '../../scripts/converter/read/correction-file.ts';
import { correctionTemplate } from '../../scripts/review/correction-template.ts';
import { doubtsOf, uncertainty } from '../../scripts/review/doubts.ts';
import { wrongFields } from '../../scripts/review/real-pages.ts';
import type { Report } from '../../src/shared/report-schema.ts';
import { convertOk, page } from '../helpers/pipeline.ts';

const prose = '今年以来，全镇上下紧紧围绕年度目标任务，真抓实干，各项工作取得了新的进展，经济社会保持平稳健康发展。';
// A page that states everything: title, date, publisher, a town the gazetteer places.
const converted = convertOk(
  page('天目山镇2023年工作总结', '发布时间：2024-01-16', '发布机构：天目山镇人民政府', prose),
);
// …in a layout the converter knows (a page of no known layout is a doubt of its own).
const certain = { record: { ...converted.record, sourceLayout: 'source-date' } };
const fieldsOf = (record: Report) => doubtsOf(record).map(({ field, reason }) => `${field}: ${reason}`);

describe('doubtsOf', () => {
  it('finds little to doubt in a page that states its title, date, publisher and a town the gazetteer places', () => {
    expect(certain.record.county).toBe('临安区');
    expect(fieldsOf(certain.record)).toEqual(['docType: type guessed from the title']);
  });

  it('doubts a page of no layout the converter knows', () => {
    expect(converted.record.sourceLayout).toBe('generic');
    expect(fieldsOf(converted.record)).toContain('title: a page of no layout the converter knows');
  });

  it('doubts a missing date, a missing publisher, a missing type and a town without its county', () => {
    const record: Report = { ...certain.record, date: null, publisher: null, docType: null, county: null };
    expect(fieldsOf(record)).toEqual([
      'date: no date',
      expect.stringMatching(/^county: a town without its county/),
      'publisher: no publisher',
      'docType: no type',
    ]);
  });

  it('doubts two readings that disagree: the page’s date and its address’s, the town and the one the title names', () => {
    const record: Report = {
      ...certain.record,
      sourceUrl: 'http://www.linan.gov.cn/art/2022/5/5/art_1.html',
      title: '於潜镇2023年工作总结',
    };
    expect(fieldsOf(record)).toContain('date: two readings disagree: the page says 2024-01-16, its address 2022-05-05');
    expect(fieldsOf(record)).toContain('town: two readings disagree: the record says 天目山镇, the page names 於潜镇');
    // The same town in traditional characters, or with its county in front, is no disagreement.
    const same = { ...certain.record, title: '臨安區天目山鎮2023年工作總結' };
    expect(fieldsOf(same).some((doubt) => doubt.startsWith('town'))).toBe(false);
  });

  it('takes a field a person corrected as certain', () => {
    const record: Report = {
      ...certain.record,
      date: null,
      correction: { read: { date: null }, note: '原件无日期', date: '2026-12-04' },
    };
    expect(fieldsOf(record).some((doubt) => doubt.startsWith('date'))).toBe(false);
  });

  it('weighs a record by its doubts: the fewer facts it is sure of, the higher', () => {
    const unsure: Report = { ...certain.record, date: null, county: null, docType: null };
    expect(uncertainty(doubtsOf(unsure))).toBeGreaterThan(uncertainty(doubtsOf(certain.record)));
  });
});

describe('wrongFields', () => {
  it('names the fields a record gets wrong, whitespace aside, and scores no fact the page does not state', () => {
    const record = { ...certain.record, title: '天目山镇 2023年工作总结' };
    expect(wrongFields(record, { title: '天目山镇2023年工作总结', date: '2024-01-17', publisher: null })).toEqual([
      'date',
    ]);
  });
});

describe('correctionTemplate', () => {
  const record: Report = { ...certain.record, county: null, city: null, province: null, placeCode: null, date: null };
  const template = correctionTemplate(
    record,
    doubtsOf(record).sort((a, b) => b.weight - a.weight),
    '2026-12-04',
  );

  it('lists the doubts and comments out the doubtful fields with the values read, the place as a whole', () => {
    expect(template).toContain(`# Correction of ${record.id}: 天目山镇2023年工作总结`);
    expect(template).toMatch(/# {3}county: a town without its county/);
    expect(template).toContain('fields:\n  # county: null\n  # city: null\n  # province: null\n  # placeCode: null\n');
    expect(template).toContain('  # date: null\n');
    expect(template).toContain('  # docType: 工作总结\n');
    expect(template).toMatch(/\nnote:\ndate: 2026-12-04\n# by:\n$/);
  });

  it('is refused until a person fills it in, and read once they have', () => {
    const unfilled = readCorrectionFile(template);
    expect(unfilled.ok).toBe(false);
    const filled = template
      .replace('  # county: null', '  county: 临安区')
      .replace('note:', 'note: 县名见落款')
      .replace('# by:', 'by: 档案员');
    const reading = readCorrectionFile(filled);
    expect(reading.ok && reading.correction).toMatchObject({ fields: { county: '临安区' }, note: '县名见落款' });
  });
});
