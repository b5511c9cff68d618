/**
 * A record reads back exactly as the converter wrote it: the frontmatter is
 * written by `yaml` (YAML 1.1 quoting) and read by js-yaml
 * (src/lib/document-body.ts), so the two must agree on every value, above all
 * on the plain scalars one of them might take for a number, a date or a
 * boolean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { recordYaml } from '../../scripts/converter/helpers/record-yaml.ts';
import { splitDocument } from '../../src/lib/document-body.ts';
import type { Report } from '../../src/shared/report-schema.ts';
import { projectRoot } from '../helpers/run.ts';

const readBack = (value: unknown) =>
  splitDocument(`---\n${recordYaml({ value } as unknown as Report)}\n---\n`).frontmatter as { value: unknown };

const writtenDocuments = () => {
  const reports = join(projectRoot, 'content', 'reports');
  const fixtures = join(projectRoot, 'test', 'fixtures');
  return [
    ...readdirSync(reports).map((name) => join(reports, name)),
    ...readdirSync(fixtures).map((name) => join(fixtures, name, 'output.mdx')),
  ];
};

describe('reading a frontmatter the converter wrote', () => {
  it('gives every seed and fixture the record the `yaml` package reads, value for value', () => {
    const documents = writtenDocuments();
    expect(documents.length).toBeGreaterThan(70);
    for (const file of documents) {
      const mdx = readFileSync(file, 'utf8');
      const yamlText = /^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]!;
      expect(splitDocument(mdx).frontmatter, file).toStrictEqual(YAML.parse(yamlText, { version: '1.1' }));
    }
  });

  it('keeps strings that look like numbers, dates, booleans or nulls strings', () => {
    const strings = [
      ...['0o17', '1234567890e1', '12e3', '1e5', '012', '08', '1_000', '0x1F', '0b101', '1:30', '1:30.5', '.5', '1.'],
      ...['2022-05-05', '2022-05-05T10:00:00Z', '2022-5-5'],
      ...['yes', 'No', 'on', 'OFF', 'y', 'n', 'true', 'False'],
      ...['~', 'null', 'Null', '', '.inf', '-.inf', '.nan', '<<', '-', '7c88cf9a948c', '123456789012'],
      ...['１２', '二〇二二年', ' leading space', 'a: b', '- x', '#c', '"q"', "'q'", '|', '>', '*x', '&x', '!tag'],
    ];
    for (const value of strings) expect(readBack(value), JSON.stringify(value)).toEqual({ value });
  });

  it('reads numbers, booleans and null as they were written, an exponent without a point included', () => {
    const values = [0, -3, 12.5, 3.0, -0.5, 123456789012345, 1e21, 1e-7, Infinity, -Infinity, true, false, null];
    for (const value of values) expect(readBack(value), String(value)).toEqual({ value });
  });

  it('reads a repeated object written once with an anchor', () => {
    const shared = { name: '某镇', kind: '镇' };
    expect(readBack([shared, shared])).toEqual({ value: [shared, shared] });
  });
});
