/**
 * `npm run score`, as someone scoring their own sample of pages would run it:
 * a folder of pages and a facts file of what a person read off each page.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, run, temporaryFolder } from '../helpers/run.ts';

const score = (...args: string[]) => run(['scripts/score-conversion.ts', ...args]);
const fixture = (name: string) => join(projectRoot, 'test/fixtures', name, 'input.txt');

describe('npm run score', () => {
  it('counts the fields a conversion gets right, per field and per shape, and lists the wrong ones', () => {
    const folder = temporaryFolder();
    copyFileSync(fixture('town-name-with-county'), join(folder, 'one.txt'));
    copyFileSync(fixture('bracketed-labels-table'), join(folder, 'two.txt'));
    const facts = [
      {
        file: 'one.txt',
        url: null,
        query: 'own words',
        shape: 'county-in-name',
        // 桐庐县分水镇: right; the date is given wrong on purpose, and publisher is not scored (null).
        expected: { town: '分水镇', county: '桐庐县', city: '杭州市', date: '2024-02-01', publisher: null },
      },
      {
        file: 'two.txt',
        url: null,
        query: 'own words',
        shape: 'bracketed',
        expected: { title: '木洞镇2024年工作要点', indexNumber: '11500000MB0000000X/2024-00012', docType: '工作计划' },
      },
    ];
    writeFileSync(join(folder, 'facts.json'), JSON.stringify(facts));

    const { status, stdout } = score(folder, join(folder, 'facts.json'), '--verbose');
    expect(status).toBe(0);
    expect(stdout).toContain('one.txt (county-in-name, null)\n  date: expected "2024-02-01", got "2024-01-18"');
    expect(stdout).toContain('| date | 0 | 1 | 0.0 |');
    expect(stdout).toContain('| town | 1 | 1 | 100.0 |');
    expect(stdout).toContain('| bracketed | 3 | 3 | 100.0 |');
    expect(stdout).toContain('all fields: 6 of 7 (85.7%)');
    expect(stdout).toContain('county, city and province right on pages whose town was found: 1 of 1 (100.0%)');
  });

  it('explains its arguments when they are missing', () => {
    const { status, stdout } = score();
    expect(status).toBe(2);
    expect(stdout).toContain('Usage: npm run score -- FOLDER FACTS.json');
  });
});
