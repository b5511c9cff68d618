/**
 * `npm run review`, as an archivist runs it: the least certain documents
 * first, correction templates for them, and on a sample of pages with their
 * facts, how many of the pages with a wrong field the list puts first.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert, folderWith, projectRoot, run, temporaryFolder } from '../helpers/run.ts';

const review = (...args: string[]) => run(['scripts/review.ts', ...args]);
const fixture = (name: string) => join(projectRoot, 'test/fixtures', name, 'input.txt');
// Fixtures in our own words: a town the converter cannot place (城关镇), and four it reads whole.
const PAGES = {
  'ambiguous.txt': 'ambiguous-town-name',
  'county.txt': 'town-name-with-county',
  'bracketed.txt': 'bracketed-labels-table',
  'below.txt': 'bullet-label-value-below',
  'row.txt': 'label-row-over-value-row',
};

describe('npm run review', () => {
  let pages: string;
  let reports: string;

  beforeAll(() => {
    pages = temporaryFolder();
    for (const [name, from] of Object.entries(PAGES)) copyFileSync(fixture(from), join(pages, name));
    reports = join(temporaryFolder(), 'reports');
    expect(convert(pages, '--out', reports, '--quiet').status).toBe(0);
  });

  it('lists the archive’s documents, the least certain first, with what is doubtful in each', () => {
    const { status, stdout } = review('--content', reports);
    expect(status).toBe(0);
    expect(stdout).toContain('5 documents; the 5 least certain first:');
    const first = stdout.split('\n').find((line) => /^\s+1\. /.test(line));
    expect(first).toMatch(/c8fa513d48a0 {2}ambiguous\.txt {2}城关镇2023年工作总结/);
    expect(stdout).toMatch(/county: a town without its county/);
  });

  it('writes a correction template for each one listed, never over a file already there', () => {
    const templates = folderWith({ 'c8fa513d48a0.yaml': 'mine\n' });
    const { status, stdout } = review(
      '--content',
      reports,
      '--top',
      '2',
      '--templates',
      templates,
      '--date',
      '2026-12-04',
    );
    expect(status).toBe(0);
    expect(stdout).toContain(`1 correction templates written in ${templates} (1 already there)`);
    expect(readFileSync(join(templates, 'c8fa513d48a0.yaml'), 'utf8')).toBe('mine\n');
    expect(readdirSync(templates)).toHaveLength(2);
  });

  it('writes templates that npm run convert refuses, naming the file, until a person fills them in', () => {
    const corrections = join(reports, '..', 'corrections');
    review('--content', reports, '--top', '1', '--templates', corrections, '--date', '2026-12-04');
    const template = join(corrections, 'c8fa513d48a0.yaml');
    const refused = convert(pages, '--out', reports, '--quiet');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/c8fa513d48a0\.yaml:\d+:\d+: error: "fields" must map each field/);
    writeFileSync(
      template,
      readFileSync(template, 'utf8')
        .replace('  # county: null', '  county: 和林格尔县')
        .replace('note:', 'note: 县名见原件落款'),
    );
    const applied = convert(pages, '--out', reports, '--quiet');
    expect(applied.status, applied.output).toBe(0);
    expect(readFileSync(join(reports, 'c8fa513d48a0.mdx'), 'utf8')).toContain('county: 和林格尔县\n');
  });

  it('says how many pages with a wrong field are in the first fifth of the list', () => {
    const facts = Object.keys(PAGES).map((file) => ({
      file,
      url: null,
      shape: 'own words',
      // 城关镇 is in many counties: the page's county (a fact a person read) is what the converter could not settle.
      expected: file === 'ambiguous.txt' ? { town: '城关镇', county: '和林格尔县' } : {},
    }));
    const factsFile = join(pages, 'facts.json');
    writeFileSync(factsFile, JSON.stringify(facts));
    const { status, stdout } = review('--pages', pages, factsFile);
    expect(status).toBe(0);
    expect(stdout).toContain('1 of 5 pages have a wrong field (1 fields wrong).');
    expect(stdout).toContain('In the first fifth of the list (1 pages): 1 of the 1 pages with a wrong field (100%;');
    expect(stdout).toContain('holding 1 of the 1 wrong fields, 1 of them named by a doubt.');
  });

  it('explains its arguments instead of failing with a trace', () => {
    for (const args of [
      ['--pages', 'only-a-folder'],
      ['--top', 'many'],
    ]) {
      const wrong = review(...args);
      expect(wrong.status, args.join(' ')).toBe(2);
      expect(wrong.stderr).toContain('Usage: npm run review');
      expect(wrong.output).not.toMatch(/\n\s+at /);
    }
  });
});
