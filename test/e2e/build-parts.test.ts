/**
 * A build in parts, from first build to update, in a copy of an archive of
 * four of the seeds and one fixture without a place (built in one process
 * first), with 浙江省's three documents above the split threshold: five
 * builds (each an Astro process) show a province city by city, a small
 * province in its region's part (湖南省, 中南), the documents without a
 * place and the archive-wide pages; the update adds a document of a
 * province the archive lacked (江苏省, a new part 华东) and one of another
 * small province of 中南 (湖北省), which joins 湖南省's part.
 *
 * 1. `npm run build:parts` writes the same site as the build in one process,
 *    byte for byte (`diff -r`);
 * 2. `npm run build:merge`, as CI's merge job runs it over the parts' outputs
 *    (.github/workflows/build.yml), writes it too, and refuses a missing or
 *    stray part before moving anything;
 * 3. after a document of a province the archive did not have and one of a
 *    town it has, only their parts and the archive build run again, the
 *    latter copying the pages the new document does not touch from its last
 *    build (Astro's incremental build); the files that did not change stay
 *    dist/'s own; the change list names exactly the files that differ; and
 *    the site is the one a build in one process makes of the new content;
 * 4. a part that fails is named, and dist/ and its cached output are left
 *    as they were.
 * That a change to the site's own code rebuilds every part is the part keys'
 * unit test (test/unit/part-cache.test.ts).
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBin } from '../../scripts/bench/site-copy.ts';
import { filesIn } from '../../scripts/parts/file-tree.ts';
import { readRecord } from '../../scripts/store/read-document.ts';
import { isAddedShard } from '../../src/shared/search/shards.ts';
import { fixtureInput } from '../helpers/fixture-input.ts';
import { type BuiltArchive, buildArchive, copyArchive, projectRoot, run } from '../helpers/run.ts';

const env = { ZHENDANG_BASE: '/' };
const script = (root: string, name: string, ...args: string[]) =>
  run([join(projectRoot, 'scripts', name), ...args], { cwd: root, env });
const SPLIT_ABOVE = '2';
const buildParts = (root: string) => script(root, 'build-parts.ts', '--jobs', '2', '--split-above', SPLIT_ABOVE);
const builtNames = (output: string) => [...output.matchAll(/\] (\S+) built in/g)].map((match) => match[1]!).sort();
const reusedNames = (output: string) => /reused, unchanged since their last build: (.*)/.exec(output)![1]!.split(', ');
const differences = (a: string, b: string) => {
  const diff = spawnSync('diff', ['-r', a, b], { encoding: 'utf8' });
  return { output: diff.stdout + diff.stderr, status: diff.status };
};
/**
 * The archive's content built and indexed in one process, into a folder of the archive's: the reference. Given the
 * search index's cache as it was before an update (`indexBefore`), its index is that update's too: the shards as
 * planned then, and the new documents in shards of their own (scripts/search-index/additions.ts).
 */
const oneProcessBuild = (name: string, indexBefore?: string) => {
  const reference = join(archive.root, name);
  if (indexBefore) cpSync(indexBefore, `${reference}.search-cache`, { recursive: true });
  const built = run([astroBin, 'build', '--outDir', reference], { cwd: archive.root, env });
  if (built.status !== 0) throw new Error(built.output);
  const indexed = script(archive.root, 'build-search-index.ts', '--out', join(reference, 'pagefind'));
  if (indexed.status !== 0) throw new Error(indexed.output);
  return reference;
};
/** The files of `after` added or changed since `before`, and those it lacks: what a change list must name. */
const differingFiles = (before: string, after: string) => {
  const previous = new Set(filesIn(before));
  const now = new Set(filesIn(after));
  const bytes = (folder: string, path: string) => readFileSync(join(folder, path));
  return {
    added: [...now].filter((path) => !previous.has(path)),
    changed: [...now].filter((path) => previous.has(path) && !bytes(before, path).equals(bytes(after, path))),
    removed: [...previous].filter((path) => !now.has(path)),
  };
};
/** The paths dist.changes.json names, sorted. */
const listedChanges = () => {
  const list = JSON.parse(readFileSync(join(archive.root, 'dist.changes.json'), 'utf8'));
  const paths = (files: { path: string }[]) => files.map(({ path }) => path).sort();
  return { added: paths(list.added), changed: paths(list.changed), removed: paths(list.removed) };
};
const identity = (path: string) => {
  const { ino, mtimeMs } = statSync(path);
  return { ino, mtimeMs };
};

// 江阴市 names which of the two 周庄镇 it is: a document of 江苏省, which the seeds and fixtures lack.
const NEW_SOURCE = `江阴市周庄镇2024年工作总结
发布时间：2025年01月10日 来源：江阴市周庄镇人民政府
2024年，周庄镇坚持稳中求进工作总基调，纺织产业提质增效，全镇经济社会发展稳中向好。
一、产业发展
规上工业产值同比增长百分之八，新增高新技术企业十二家。
`;

// A later document of 金溪镇 (浙江省温州市永嘉县), whose part, 浙江省-温州市, is built again: the 金溪镇 document
// before it now links to it, and 巽宅镇's pages, which show neither, are copied from the part's last build.
const SAME_TOWN_SOURCE = `永嘉县金溪镇2024年工作总结
发布时间：2025年02月10日 来源：永嘉县金溪镇人民政府
2024年，金溪镇坚持稳中求进工作总基调，溪流治理与民宿产业同步推进，全镇经济社会发展稳中向好。
一、产业发展
农文旅融合项目新增六个，接待游客同比增长百分之十五。
`;

// 宜都市红花套镇 (湖北省宜昌市): a province of 中南, as 湖南省 is, both below --join-below.
const SAME_REGION_SOURCE = `宜都市红花套镇2024年工作总结
发布时间：2025年01月20日 来源：宜都市红花套镇人民政府
2024年，红花套镇围绕柑橘产业提质和集镇环境整治，全镇经济社会发展稳中有进。
一、产业发展
全镇柑橘产值18.6亿元，同比增长6.5%，新建冷链仓储设施两处。
`;

let archive: BuiltArchive;
let oneProcess: string;
let parted: ReturnType<typeof run>;
const work = () => join(archive.root, 'dist.parts');

// A fixture the converter places nowhere: the part of documents without a province (未定位).
const UNPLACED_FIXTURE = join(projectRoot, 'test', 'fixtures', 'mdx-and-html-syntax-in-text');

// Left out, one more build of a kind the test has: 下各镇 (浙江省台州市), a third city of 浙江省 like the two others.
const LEFT_OUT_SEEDS = ['001_22c6fb72f19d0811.txt'];

beforeAll(async () => {
  const seeds = readdirSync(join(projectRoot, 'seeds'))
    .filter((name) => name.endsWith('.txt') && !LEFT_OUT_SEEDS.includes(name))
    .map((name) => join(projectRoot, 'seeds', name));
  const built = await buildArchive([...seeds, join(UNPLACED_FIXTURE, fixtureInput(UNPLACED_FIXTURE))]);
  oneProcess = built.dist;
  archive = copyArchive(built);
  rmSync(archive.dist, { recursive: true, force: true });
  const started = performance.now();
  parted = buildParts(archive.root);
  console.log(`in parts: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 900_000);

describe('a build in parts', () => {
  it("builds 浙江省 (above the threshold) city by city, 湖南省 in its region's part, and the documents without a place apart", () => {
    expect(parted.status, parted.output).toBe(0);
    expect(builtNames(parted.output)).toEqual(['archive', '中南', '未定位', '浙江省-杭州市', '浙江省-温州市'].sort());
    expect(reusedNames(parted.output)).toEqual(['none']);
  });

  it('writes exactly the files of a build in one process, byte for byte', () => {
    expect(differences(oneProcess, archive.dist)).toEqual({ output: '', status: 0 });
    // Not two empty folders: every document's page, the sitemap's list of them, the search index.
    const sitemap = readFileSync(join(archive.dist, 'sitemap-0.xml'), 'utf8');
    for (const name of readdirSync(join(archive.root, 'content', 'reports')))
      expect(sitemap).toContain(`/reports/${name.replace(/\.mdx$/, '')}/</loc>`);
    expect(existsSync(join(archive.dist, 'pagefind', 'shards.json'))).toBe(true);
  });
});

describe('a build in parts merged from builds run apart (CI)', () => {
  let names: string[];
  const merge = () => script(archive.root, 'merge-parts.ts');

  beforeAll(() => {
    const plan = script(archive.root, 'build-parts.ts', '--plan-only', '--split-above', SPLIT_ABOVE);
    if (plan.status !== 0) throw new Error(`--plan-only failed:\n${plan.output}`);
    names = plan.stdout.trim().split('\n');
  });

  it('takes the builds --plan-only names, one a line', () => {
    expect(names).toContain('archive');
    expect(names).toContain('浙江省-杭州市');
    expect(existsSync(join(work(), 'plan.json'))).toBe(true);
  });

  it('stops before merging when a build of the plan is missing, or one it does not name is there', () => {
    writeFileSync(join(archive.dist, 'left-alone'), '');
    for (const name of names.slice(1)) mkdirSync(join(work(), 'parts', name), { recursive: true });
    const missing = merge();
    expect(missing.status).toBe(1);
    expect(missing.output).toContain(`lacks the output of ${names[0]}, which`);
    mkdirSync(join(work(), 'parts', names[0]!));
    mkdirSync(join(work(), 'parts', '湖北省'));
    const stray = merge();
    expect(stray.status).toBe(1);
    expect(stray.output).toMatch(/holds 湖北省, which .* does not name\. dist\/ is unchanged/);
    expect(existsSync(join(archive.dist, 'left-alone'))).toBe(true);
    rmSync(join(work(), 'parts'), { recursive: true });
    rmSync(join(archive.dist, 'left-alone'));
  });

  it("writes exactly the files of a build in one process from the parts' outputs", () => {
    // Each part's output as its build wrote it (`ZHENDANG_PART=<name> astro build --outDir …`, kept by the
    // first build in parts in its cache), in the folder a CI job per part would have filled.
    for (const name of names)
      cpSync(join(`${archive.dist}.parts-cache`, name, 'output'), join(work(), 'parts', name), { recursive: true });
    const merged = merge();
    expect(merged.status, merged.output).toBe(0);
    expect(merged.output).toContain(`merged ${names.length} builds`);
    expect(differences(oneProcess, archive.dist)).toEqual({ output: '', status: 0 });
    expect(existsSync(work())).toBe(false);
  });
});

describe('a build in parts after a new source', () => {
  let before: string;
  let update: ReturnType<typeof run>;
  // 天目山镇's page, of a part reused whole; 巽宅镇's, copied inside a part built again; files every build writes alike.
  const kept = ['reports/7c88cf9a948c/index.html', 'reports/7f4745ec3d83/index.html', 'robots.txt', '404.html'];
  let keptBefore: ReturnType<typeof identity>[];

  beforeAll(() => {
    before = join(archive.root, 'dist-before');
    cpSync(archive.dist, before, { recursive: true });
    cpSync(`${archive.dist}.search-cache`, `${before}.search-cache`, { recursive: true });
    keptBefore = kept.map((path) => identity(join(archive.dist, path)));
    writeFileSync(join(archive.root, 'seeds', 'jiangyin-zhouzhuang.txt'), NEW_SOURCE);
    writeFileSync(join(archive.root, 'seeds', 'yongjia-jinxi-2024.txt'), SAME_TOWN_SOURCE);
    writeFileSync(join(archive.root, 'seeds', 'yidu-honghuatao-2024.txt'), SAME_REGION_SOURCE);
    const converted = script(archive.root, 'convert.ts', 'seeds', '--quiet');
    if (converted.status !== 0) throw new Error(converted.output);
    const started = performance.now();
    update = buildParts(archive.root);
    console.log(`in parts, after one new document: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);

  it("builds only the new documents' parts and the archive build, and reuses every other part", () => {
    expect(update.status, update.output).toBe(0);
    // 江苏省, below --join-below, is 华东's part; 湖北省 joins 湖南省 in 中南's.
    expect(builtNames(update.output)).toEqual(['archive', '中南', '华东', '浙江省-温州市'].sort());
    expect(reusedNames(update.output).sort()).toEqual(['未定位', '浙江省-杭州市']);
  });

  it("keeps a region's part its name, and so copies the pages of its provinces that did not change", () => {
    expect(update.output).toMatch(/\] 中南 built in [\d.]+ s, [1-9]\d* of its pages copied from its last build/);
  });

  it("renders in a rebuilt part only the pages the new document touches, and copies the others from the part's last build", () => {
    // 巽宅镇's document page, which shows nothing of 金溪镇 (neither town has a page: both are sections of 永嘉县's),
    // and the raw sources of the part's two documents, whose files are untouched.
    expect(update.output).toMatch(/\] 浙江省-温州市 built in [\d.]+ s, 3 of its pages copied from its last build/);
  });

  it("writes a whole province's figures CSVs in its part, joined or not, a split province's in the archive build", () => {
    // Whether a build's output holds a CSV of the province's (one a year: 江苏省-2024.csv).
    const output = (name: string, province: string) => {
      const folder = join(`${archive.dist}.parts-cache`, name, 'output', 'figures');
      return existsSync(folder) && readdirSync(folder).some((file) => new RegExp(`^${province}-.+\\.csv$`).test(file));
    };
    expect([output('华东', '江苏省'), output('中南', '湖南省'), output('中南', '湖北省')]).toEqual([true, true, true]);
    expect([output('archive', '江苏省'), output('archive', '湖北省')]).toEqual([false, false]);
    expect([output('浙江省-温州市', '浙江省'), output('archive', '浙江省')]).toEqual([false, true]);
  });

  it('leaves the files whose bytes did not change as they were, of reused parts and rebuilt ones alike', () => {
    expect(kept.map((path) => identity(join(archive.dist, path)))).toEqual(keptBefore);
  });

  it('lists exactly the files that differ from the previous dist/, and says how many', () => {
    const expected = differingFiles(before, archive.dist);
    expect(listedChanges()).toEqual(expected);
    expect(expected.added).toContain('places/江苏省/index.html');
    expect(update.output).toContain(
      `changes: ${expected.added.length} added, ${expected.changed.length} changed, ${expected.removed.length} removed`,
    );
  });

  it('writes the site a build in one process makes of the new content, byte for byte', () => {
    const reference = oneProcessBuild('dist-one-process', `${before}.search-cache`);
    expect(differences(reference, archive.dist)).toEqual({ output: '', status: 0 });
    expect(readdirSync(join(reference, 'pagefind')).some(isAddedShard)).toBe(true);
  }, 300_000);
});

// An earlier document of 金溪镇: its neighbours' pages and its places' change, and nothing of 浙江省-杭州市's.
const EARLIER_SOURCE = `永嘉县金溪镇2023年工作总结
发布时间：2024年01月15日 来源：永嘉县金溪镇人民政府
2023年，金溪镇以乡村振兴为抓手，推进溪流生态修复，全镇经济社会发展总体平稳。
一、生态建设
完成河道清淤九公里，新建生态护岸两处。
`;

describe('an update in one build', () => {
  let before: string;
  let update: ReturnType<typeof run>;
  let again: ReturnType<typeof run>;
  const updateInOneBuild = () =>
    script(archive.root, 'build-parts.ts', '--jobs', '2', '--split-above', SPLIT_ABOVE, '--one-build-below', '100');
  // 天目山镇's page and raw source (浙江省-杭州市), which show nothing of 金溪镇.
  const kept = ['reports/7c88cf9a948c/index.html', 'sources/7c88cf9a948c.txt'];
  let keptBefore: ReturnType<typeof identity>[];

  beforeAll(() => {
    before = join(archive.root, 'dist-before-one-build');
    cpSync(archive.dist, before, { recursive: true });
    cpSync(`${archive.dist}.search-cache`, `${before}.search-cache`, { recursive: true });
    keptBefore = kept.map((path) => identity(join(archive.dist, path)));
    writeFileSync(join(archive.root, 'seeds', 'yongjia-jinxi-2023.txt'), EARLIER_SOURCE);
    const converted = script(archive.root, 'convert.ts', 'seeds', '--quiet');
    if (converted.status !== 0) throw new Error(converted.output);
    update = updateInOneBuild();
  }, 600_000);

  it('runs one build over every record instead of a build a part, when few documents changed, with the search index made beside it', () => {
    expect(update.status, update.output).toBe(0);
    expect(update.output).toMatch(/update in one build: 1 of \d+ documents new, changed or removed/);
    expect(builtNames(update.output)).toEqual(['search-index', 'update']);
  });

  it('leaves the pages whose keys did not change as they were: the same files, not rewritten', () => {
    expect(kept.map((path) => identity(join(archive.dist, path)))).toEqual(keptBefore);
  });

  it('lists exactly the files that differ from the previous dist/', () => {
    const expected = differingFiles(before, archive.dist);
    expect(listedChanges()).toEqual(expected);
    expect(expected.changed.some((path) => path.startsWith('reports/'))).toBe(true);
  });

  it('writes the site a build in one process makes of the new content, byte for byte', () => {
    const reference = oneProcessBuild('dist-one-process-update', `${before}.search-cache`);
    expect(differences(reference, archive.dist)).toEqual({ output: '', status: 0 });
  }, 300_000);

  it('changes no file when run again with nothing new', () => {
    again = updateInOneBuild();
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/update in one build: 0 of \d+ documents/);
    expect(listedChanges()).toEqual({ added: [], changed: [], removed: [] });
  }, 300_000);
});

describe('a build in parts whose part fails', () => {
  it('names the part, and leaves dist/ and its cached output as they were', () => {
    const unplaced = readdirSync(join(archive.root, 'content', 'reports'))
      .map((name) => readRecord(readFileSync(join(archive.root, 'content', 'reports', name), 'utf8')))
      .find((record) => record.province === null)!;
    appendFileSync(join(archive.root, 'seeds', unplaced.source.file), '\n');
    writeFileSync(join(archive.dist, 'left-alone'), '');
    const cached = join(`${archive.dist}.parts-cache`, '未定位', 'entry.json');
    const cachedBefore = readFileSync(cached, 'utf8');
    const failed = buildParts(archive.root);
    expect(failed.status).toBe(1);
    expect(failed.output).toMatch(/part 未定位 FAILED/);
    expect(failed.output).toContain(`SHA-256 is`);
    expect(failed.output).toMatch(/build in parts FAILED: .*未定位 \(failed\).* dist\/ is unchanged/);
    expect(existsSync(join(archive.dist, 'left-alone'))).toBe(true);
    // Its last good output stays in the cache: a part's entry is replaced only once it built.
    expect(readFileSync(cached, 'utf8')).toBe(cachedBefore);
  }, 300_000);
});
