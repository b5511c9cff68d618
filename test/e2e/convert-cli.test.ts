/** `npm run convert` as a user meets it: a folder of good and bad files. */

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert, projectRoot, run, temporaryFolder } from '../helpers/run.ts';

const prose =
  '今年以来，在县委、县政府的坚强领导下，全镇上下紧紧围绕战略目标，真抓实干，砥砺奋进，全镇经济保持高质量发展。';

describe('npm run convert on a folder it has never seen', () => {
  let input: string;
  let out: string;
  let result: ReturnType<typeof convert>;

  beforeAll(() => {
    input = join(temporaryFolder(), '新 的 [来源]');
    out = join(temporaryFolder(), 'out');
    mkdirSync(input);
    writeFileSync(join(input, 'good.txt'), `某镇工作总结\n发布时间：2024-01-16\n${prose}\n`);
    copyFileSync(join(input, 'good.txt'), join(input, 'same bytes.txt'));
    // The same page saved as GBK with Windows line endings: other bytes, the same text.
    writeFileSync(
      join(input, 'same text [GBK].txt'),
      iconv.encode(`某镇工作总结\r\n发布时间：2024-01-16\r\n${prose}\r\n`, 'gbk'),
    );
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'bad date.txt'), `某镇工作总结\n发布时间：2024-13-45\n${prose}\n`);
    copyFileSync(join(projectRoot, 'seeds', '004_3cf7a1d2bf17f376.txt'), join(input, 'seed.txt'));
    result = convert(input, '--out', out);
  });

  it('converts the good files and exits with status 1 because some failed', () => {
    expect(result.status).toBe(1);
    expect(readdirSync(out).sort()).toHaveLength(2);
    expect(readdirSync(out).every((name) => /^[0-9a-f]{12}\.mdx$/.test(name))).toBe(true);
  });

  it('names each bad file with a plain reason, and the line where it helps', () => {
    expect(result.stderr).toContain('empty.txt: error: cannot read as text: the file is empty');
    expect(result.stderr).toContain('bad date.txt:2:1: error: 发布时间 "2024-13-45" is not a real calendar date');
    expect(result.stderr).toMatch(/same bytes\.txt: warning: same bytes as .*good\.txt; published once/);
    expect(result.stderr).toMatch(/same text \[GBK\]\.txt: warning: same text as .*good\.txt; published once/);
    expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('ends with a summary', () => {
    expect(result.stdout).toMatch(
      /2 of 6 documents converted \(2 written, 0 unchanged, in .*\); 2 duplicates, \d+ warnings, 2 errors; [\d.]+ s/,
    );
  });

  it('writes nothing new when run again on the same files', () => {
    expect(convert(input, '--out', out).stdout).toMatch(/0 written, 2 unchanged/);
  });

  it('converts again only what changed, and restores a document edited by hand', () => {
    const [document] = readdirSync(out).filter((name) => name.endsWith('.mdx'));
    const original = readFileSync(join(out, document!), 'utf8');
    writeFileSync(join(out, document!), original.replace('title:', 'title: 改过'));
    const again = convert(input, '--out', out);
    expect(again.stdout).toMatch(/1 written, 1 unchanged/);
    expect(again.stderr).toMatch(/same bytes\.txt: warning: same bytes as/); // warnings are reported every run
    expect(readFileSync(join(out, document!), 'utf8')).toBe(original);
  });

  it('refuses a source that comes back under the same name with other bytes', () => {
    writeFileSync(join(input, 'good.txt'), `某镇工作总结（修订）\n发布时间：2024-01-16\n${prose}\n`);
    const changed = convert(join(input, 'good.txt'), '--out', out);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toMatch(
      /good\.txt: error: its bytes differ from the file archived under this name as document [0-9a-f]{12}/,
    );
    expect(readdirSync(out)).toHaveLength(2);
    copyFileSync(join(input, 'same bytes.txt'), join(input, 'good.txt'));
  });

  it('notices a source or a document changed in place, its size and modification time kept', () => {
    // A later run does not read a file whose size, times and inode are unchanged: an edit that keeps the size and
    // sets the old modification time back still changes its ctime, which is how such an edit is caught.
    const editInPlace = (path: string, from: string, to: string) => {
      // touch -r copies the times to the nanosecond, which fs.utimes cannot.
      const times = join(temporaryFolder(), 'times');
      writeFileSync(times, '');
      execFileSync('touch', ['-r', path, times]);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(from);
      writeFileSync(path, text.replace(from, to));
      execFileSync('touch', ['-r', times, path]);
      expect(statSync(path, { bigint: true }).mtimeNs).toBe(statSync(times, { bigint: true }).mtimeNs);
    };
    const [document] = readdirSync(out).filter((name) => name.endsWith('.mdx'));
    const original = readFileSync(join(out, document!), 'utf8');
    editInPlace(join(out, document!), '镇', '乡');
    expect(convert(input, '--out', out).stdout).toMatch(/1 written, 1 unchanged/);
    expect(readFileSync(join(out, document!), 'utf8')).toBe(original);

    editInPlace(join(input, 'good.txt'), '某镇', '某乡');
    const changed = convert(input, '--out', out);
    expect(changed.stderr).toMatch(/good\.txt: error: its bytes differ from the file archived under this name/);
    copyFileSync(join(input, 'same bytes.txt'), join(input, 'good.txt'));
  });

  it('checks without writing when asked to', () => {
    const elsewhere = join(temporaryFolder(), 'never');
    const checked = convert(join(input, 'good.txt'), '--check', '--out', elsewhere);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('checked only, nothing written');
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('refuses a file whose checksum differs from SHA256SUMS', () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'a.txt'), `某镇工作总结\n${prose}\n`);
    writeFileSync(join(folder, 'SHA256SUMS'), `${'0'.repeat(64)}  a.txt\n`);
    const checked = convert(folder, '--check');
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain('a.txt: error: its SHA-256 is');
  });

  it('explains a wrong option instead of failing with a trace', () => {
    const wrong = convert('--outdir', 'x');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Usage: npm run convert');
  });
});

describe('npm run convert with corrections (content/corrections/<id>.yaml beside the documents)', () => {
  let input: string;
  let out: string;
  let corrections: string;
  let result: ReturnType<typeof convert>;
  const idOf = (name: string) =>
    createHash('sha256')
      .update(readFileSync(join(input, name)))
      .digest('hex')
      .slice(0, 12);
  const document = (name: string) => readFileSync(join(out, `${idOf(name)}.mdx`), 'utf8');
  const correct = (name: string, yaml: string) => writeFileSync(join(corrections, `${idOf(name)}.yaml`), yaml);
  const page = (town: string) => `${town}2023年工作总结\n发布时间：2024-01-16\n发布机构：${town}\n${prose}\n`;

  beforeAll(() => {
    input = join(temporaryFolder(), 'in');
    const root = temporaryFolder();
    out = join(root, 'reports');
    corrections = join(root, 'corrections');
    mkdirSync(input);
    mkdirSync(corrections);
    writeFileSync(join(input, 'good.txt'), page('甲镇'));
    writeFileSync(join(input, 'unknown field.txt'), page('乙镇'));
    writeFileSync(join(input, 'refused value.txt'), page('丙镇'));
    writeFileSync(join(input, 'not needed.txt'), page('丁镇'));
    correct('good.txt', 'fields:\n  publisher: 甲镇人民政府\nnote: 以落款为准\ndate: 2026-12-04\n');
    correct('unknown field.txt', 'fields:\n  publisher: 乙镇人民政府\n  mayor: 张三\nnote: x\ndate: 2026-12-04\n');
    correct('refused value.txt', 'fields:\n  date: 2024-02-30\nnote: x\ndate: 2026-12-04\n');
    correct('not needed.txt', 'fields:\n  publisher: 丁镇\nnote: x\ndate: 2026-12-04\n');
    writeFileSync(join(corrections, 'aaaaaaaaaaaa.yaml'), 'fields:\n  town: 某镇\nnote: x\ndate: 2026-12-04\n');
    result = convert(input, '--out', out);
  });

  it('applies a correction, keeping the converter’s reading, who, when and why', () => {
    expect(document('good.txt')).toContain('publisher: 甲镇人民政府\n');
    expect(document('good.txt')).toContain('correction:\n  read:\n    publisher: 甲镇\n  note: 以落款为准\n');
  });

  it('names each bad correction’s file and line, and loses nothing else', () => {
    expect(result.status).toBe(1);
    // Named as the converter names every file: relative to the folder it runs in.
    const file = (name: string) => relative(process.cwd(), join(corrections, `${idOf(name)}.yaml`));
    expect(result.stderr).toContain(`${file('unknown field.txt')}:3:3: error: unknown field "mayor"`);
    expect(result.stderr).toContain(
      `${file('refused value.txt')}:2:9: error: date: "2024-02-30" is refused by the record's schema: not a real calendar date`,
    );
    expect(result.stderr).toMatch(/aaaaaaaaaaaa\.yaml: error: no document aaaaaaaaaaaa in the archive/);
    expect(result.output).not.toMatch(/\n\s+at /);
    // Every document is written, a bad correction's as the converter read it.
    expect(readdirSync(out)).toHaveLength(4);
    expect(document('unknown field.txt')).toContain('publisher: 乙镇\n');
    expect(document('unknown field.txt')).not.toContain('correction:');
    expect(document('refused value.txt')).toContain('date: "2024-01-16"');
    expect(result.stdout).toMatch(/4 of 4 documents converted .*; 0 duplicates, \d+ warnings, 3 errors/);
  });

  it('reports a correction the converter now reads the same way as no longer needed', () => {
    expect(result.stderr).toMatch(
      /\.yaml:2: warning: publisher: no longer needed, the converter now reads "丁镇" itself/,
    );
    expect(document('not needed.txt')).not.toContain('correction:');
  });

  it('converts a document again when its correction changes, and reports bad ones on every run', () => {
    const again = convert(input, '--out', out);
    expect(again.stdout).toMatch(/0 written, 4 unchanged, .*; 4 recalled/);
    expect(again.stderr).toContain('error: unknown field "mayor"');
    correct('good.txt', 'fields:\n  publisher: 甲镇人民政府办公室\nnote: 以落款为准\ndate: 2026-12-05\nby: 档案员\n');
    const changed = convert(input, '--out', out);
    expect(changed.stdout).toMatch(/1 written, 3 unchanged, .*; 3 recalled/);
    expect(document('good.txt')).toContain('publisher: 甲镇人民政府办公室\n');
    expect(document('good.txt')).toContain('  by: 档案员\n');
  });
});

describe('content/reports', () => {
  it('is exactly what the converter makes of seeds/', () => {
    const out = join(temporaryFolder(), 'reports');
    expect(convert('seeds', '--out', out, '--quiet').status).toBe(0);
    const committed = join(projectRoot, 'content', 'reports');
    expect(readdirSync(committed).sort()).toEqual(readdirSync(out).sort());
    for (const name of readdirSync(out)) {
      expect(readFileSync(join(committed, name), 'utf8'), name).toBe(readFileSync(join(out, name), 'utf8'));
    }
  });
});

describe('the conversion cache', () => {
  // A copy of the converter's code, so that a file deep inside it can be edited.
  let copy: string;
  let out: string;
  const convertInCopy = () => run([join(copy, 'scripts/convert.ts'), join(projectRoot, 'seeds'), '--out', out]);

  beforeAll(() => {
    copy = temporaryFolder();
    out = join(temporaryFolder(), 'reports');
    for (const name of ['scripts', 'src', 'package.json', 'package-lock.json']) {
      cpSync(join(projectRoot, name), join(copy, name), { recursive: true });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
    expect(convertInCopy().stdout).toMatch(/0 recalled from the last run/);
  });

  it('recalls every document when neither the sources nor the converter changed', () => {
    expect(convertInCopy().stdout).toMatch(/0 written, 5 unchanged, in .*; 5 recalled from the last run/);
  });

  it.each([
    'src/lib/warc-record.ts',
    'scripts/converter/read/read-source.ts',
    'src/shared/simplified-characters.ts',
    'src/data/gazetteer-overlay.csv',
  ])('converts every document again after %s changes', (deep) => {
    expect(convertInCopy().stdout).toMatch(/5 recalled from the last run/);
    appendFileSync(join(copy, deep), deep.endsWith('.csv') ? '\n' : '\n// changed\n');
    expect(convertInCopy().stdout).toMatch(/0 written, 5 unchanged, in .*; 0 recalled from the last run/);
  });
});
