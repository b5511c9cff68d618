import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../scripts/converter/read/decode.ts';
import { RouteKeys, RouteTableBuilder } from '../../scripts/search-index/routes.ts';
import { foldKey, routeBucket, routeKeys, shardRuns, shardsOfRuns } from '../../src/shared/search/routes.ts';
import { indexTokens, searchTerms } from '../../src/shared/search/tokens.ts';

/** Writes a route table for texts given shard by shard, and looks a query up in it as the search page does. */
function routeTableOf(shards: string[][]) {
  const builder = new RouteTableBuilder();
  for (const [at, texts] of shards.entries())
    builder.add(at, texts.reduce((keys, text) => keys.add(indexTokens(text)), new RouteKeys()).keys);
  const folder = mkdtempSync(join(tmpdir(), 'zhendang-routes-'));
  const { buckets } = builder.write(folder);
  const read = (at: number) => JSON.parse(readFileSync(join(folder, `${at}.json`), 'utf8'));
  const holding = (query: string) => {
    const lists = searchTerms(query)
      .flatMap(({ tokens }) => routeKeys(tokens))
      .map((key) => new Set<number>(shardsOfRuns(read(routeBucket(key, buckets))[key] ?? [])));
    return [...lists[0]!].filter((shard) => lists.every((list) => list.has(shard))).sort();
  };
  return { folder, buckets, holding };
}

describe("a shard's route keys", () => {
  it('are every token of its documents and its first character, folded as Pagefind folds them, each once', () => {
    const keys = new RouteKeys().add('高标 标准 Éco ，').add('标准 镇 Éco');
    expect([...keys.keys]).toEqual(['高标', '高', '标准', '标', 'eco', 'e', '镇']);
  });
});

describe('the route table', () => {
  it('lists, for each bigram and character, the shards that hold it', () => {
    const { holding } = routeTableOf([['推进高标准农田建设'], ['枇杷产业'], ['高标准农田', '鹭栖湾湿地']]);
    expect(holding('高标准农田')).toEqual([0, 2]);
    expect(holding('鹭栖湾')).toEqual([2]);
    expect(holding('枇杷 农田')).toEqual([]);
    // One character is looked up by prefix: any word starting with it.
    expect(holding('湿')).toEqual([2]);
    expect(holding('不存在')).toEqual([]);
  });

  it('lists a run of three or more shards as its first and last, and reads every shard back', () => {
    expect(shardRuns([0, 1, 2, 3, 7, 9, 10])).toEqual([[0, 3], 7, 9, 10]);
    expect(shardRuns([])).toEqual([]);
    for (const shards of [
      [],
      [5],
      [0, 1],
      [0, 1, 2],
      [1, 3, 4, 5, 6, 8, 9, 11],
      Array.from({ length: 270 }, (_, at) => at),
    ])
      expect(shardsOfRuns(shardRuns(shards))).toEqual(shards);
    const common = routeTableOf(Array.from({ length: 6 }, (_, at) => [at === 4 ? '农田' : '高标准农田']));
    const bucket = JSON.parse(readFileSync(join(common.folder, `${routeBucket('高标', common.buckets)}.json`), 'utf8'));
    expect(bucket['高标']).toEqual([[0, 3], 5]);
    expect(common.holding('高标准')).toEqual([0, 1, 2, 3, 5]);
  });

  it('folds keys as Pagefind matches them: case and diacritics', () => {
    const { holding } = routeTableOf([['ICP备案'], ['Café']]);
    expect(holding('icp')).toEqual([0]);
    expect(holding('cafe')).toEqual([1]);
    expect(foldKey('É')).toBe('e');
  });

  it('never leaves out a shard that holds a query (the seeds, cut into shards, against a substring scan)', () => {
    const seeds = join(import.meta.dirname, '../../seeds');
    const texts = readdirSync(seeds)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => decodeSource(readFileSync(join(seeds, name))).text.toLowerCase());
    const shards = texts.map((text) => [text]);
    const { holding } = routeTableOf(shards);
    for (const text of texts) {
      for (let at = 0; at + 4 < text.length; at += 397) {
        const query = text.slice(at, at + 4).replace(/[^\p{L}\p{N}]/gu, '');
        if ([...query].length < 1) continue;
        const holds = shards.flatMap(([shardText], shard) => (shardText!.includes(query) ? [shard] : []));
        expect(holding(query)).toEqual(expect.arrayContaining(holds));
      }
    }
  });

  it('writes bucket files of about 512 keys, the same bytes for the same texts', () => {
    const texts = [['高标准农田建设'.repeat(3), '枇杷']];
    const one = routeTableOf(texts);
    const other = routeTableOf(texts);
    expect(one.buckets).toBe(1);
    expect(readFileSync(join(one.folder, '0.json'), 'utf8')).toBe(readFileSync(join(other.folder, '0.json'), 'utf8'));
    const many = routeTableOf([[Array.from({ length: 3000 }, (_, at) => String.fromCodePoint(0x4e00 + at)).join('')]]);
    expect(many.buckets).toBeGreaterThanOrEqual(8);
  });
});
