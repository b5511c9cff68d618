/** `npm run score:figures`, as someone scoring their own pages would run it: a folder of pages and the figures read off them by hand. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, temporaryFolder } from '../helpers/run.ts';

const score = (...args: string[]) => run(['scripts/score-figures.ts', ...args]);

describe('npm run score:figures', () => {
  it('counts precision and recall by the matching rule, and lists what was missed and what was read besides', () => {
    const folder = temporaryFolder();
    writeFileSync(
      join(folder, 'one.txt'),
      '临安区天目山镇2023年工作总结\n发布时间：2023年12月20日\n预计全年完成财政总收入1.35亿元，新增造林350亩。\n',
    );
    const figures = [
      {
        file: 'one.txt',
        url: null,
        query: 'own words',
        province: '浙江省',
        figures: [
          // Found: same value, unit and kind, and the indicator read contains this one.
          { indicator: '财政总收入', value: 1.35, unit: '亿元', period: '全年', kind: '预计' },
          // Missed: the kind by hand differs on purpose.
          { indicator: '新增造林', value: 350, unit: '亩', period: null, kind: '实际' },
        ],
      },
    ];
    writeFileSync(join(folder, 'figures.json'), JSON.stringify(figures));
    const { status, stdout } = score(folder, join(folder, 'figures.json'), '--verbose');
    expect(status).toBe(0);
    expect(stdout).toContain('| one.txt | 2 | 2 | 1 |');
    expect(stdout).toContain('one.txt: missed 新增造林 350亩 实际');
    expect(stdout).toContain('one.txt: read, not by hand: 新增造林 350亩 预计 (全年)');
    expect(stdout).toContain('precision: 50.0% (1 of 2 figures read)');
    expect(stdout).toContain('recall: 50.0% (1 of 2 figures by hand)');
  });

  it('explains its arguments when they are missing', () => {
    const { status, stdout } = score();
    expect(status).toBe(2);
    expect(stdout).toContain('Usage: npm run score:figures -- FOLDER FIGURES.json');
  });
});
