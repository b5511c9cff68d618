/**
 * A correction file to fill in (content/corrections/<id>.yaml) for a
 * document under review: its doubtful fields commented out with the values
 * the converter read, so that nothing is corrected until a person writes
 * it, and `npm run convert` refuses the file until it says which fields,
 * why and when.
 *
 *   correctionTemplate({ id: "c8fa513d48a0", title: "城关镇2023年工作总结", county: null, … },
 *                      [{ field: "county", reason: "a town without its county…", weight: 3 }], "2026-12-04")
 *   → "# Correction of c8fa513d48a0: 城关镇2023年工作总结\n…\nfields:\n  # county: null\n  # city: null\n…\nnote:\ndate: 2026-12-04\n"
 */
import YAML from 'yaml';
import type { CorrectableField, Report } from '../../src/shared/report-schema.ts';
import type { Doubt } from './doubts.ts';

// A place is corrected as a whole: the county's city, province and code with it.
const TOGETHER: Partial<Record<CorrectableField, CorrectableField[]>> = {
  town: ['town', 'county', 'city', 'province', 'placeCode'],
  county: ['county', 'city', 'province', 'placeCode'],
};

export function correctionTemplate(record: Report, doubts: Doubt[], date: string): string {
  const fields = [...new Set(doubts.flatMap(({ field }) => TOGETHER[field] ?? [field]))];
  const value = (field: CorrectableField) => YAML.stringify(record[field] ?? null, { lineWidth: 0 }).trimEnd();
  return [
    `# Correction of ${record.id}: ${record.title.replace(/\s+/g, ' ')}`,
    `# (source: ${record.source.file}${record.sourceUrl ? `, ${record.sourceUrl}` : ''})`,
    '# Doubts, most serious first:',
    ...doubts.map((doubt) => `#   ${doubt.field}: ${doubt.reason}`),
    '# For each field that is wrong, remove its "# " and write the right value (null clears it);',
    '# then say why (note), and who you are (by). Put the file in content/corrections/ and run npm run convert.',
    'fields:',
    ...fields.map((field) => `  # ${field}: ${value(field)}`),
    'note:',
    `date: ${date}`,
    '# by:',
    '',
  ].join('\n');
}
