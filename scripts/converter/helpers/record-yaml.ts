/**
 * A record as its document's YAML frontmatter, the one way it is written
 * (the converter's last step, and a correction applied to a written document).
 *
 * YAML 1.1 quoting is used on purpose: Astro reads frontmatter with a YAML 1.1
 * parser, which would turn an unquoted 2024-01-10 into a Date and `yes` into
 * true; 1.1 quoting keeps every string a string.
 *
 *   recordYaml({ id: "7c88cf9a948c", title: "政府工作报告", date: "2022-05-05", … })
 *   → 'id: 7c88cf9a948c\ntitle: 政府工作报告\n…\ndate: "2022-05-05"\n…'
 */
import YAML from 'yaml';
import type { Report } from '../../../src/shared/report-schema.ts';

export function recordYaml(record: Report): string {
  return YAML.stringify(record, { version: '1.1', lineWidth: 0 }).trimEnd();
}
