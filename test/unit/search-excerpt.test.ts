import { afterEach, describe, expect, it, vi } from 'vitest';
import { byteRange } from '../../scripts/bench/static-site.ts';
import { readResult } from '../../src/browser/search/search-excerpt.ts';
import { type ExcerptRow, encodeExcerpt } from '../../src/shared/search/excerpt-format.ts';

const row: ExcerptRow = {
  url: '/reports/b/',
  title: '乙镇工作总结',
  date: '2023-02-01',
  place: '某省 / 乙镇',
  docType: '工作总结',
};
const text = `${'前言。'.repeat(40)}推进高标准农田建设${'。其余'.repeat(40)}`;
// A bundle of three excerpts; the result's is the middle one.
const before = encodeExcerpt({ ...row, url: '/reports/a/' }, '甲'.repeat(50));
const middle = encodeExcerpt(row, text);
const bundle = Buffer.concat([before, middle, encodeExcerpt({ ...row, url: '/reports/c/' }, '丙')]);
const place = { file: '/pagefind/shard-1/excerpt/1.bin', start: before.length, end: before.length + middle.length };
const position = text.indexOf('高标准农田');

/** A host: with ranges (206, the range alone) or without (200, the whole file). */
function serve(honoursRanges: boolean) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: { headers: Record<string, string> }) => {
    requested.push(init.headers.Range!);
    const range = byteRange(init.headers.Range, bundle.length);
    if (!honoursRanges || !Array.isArray(range)) return new Response(bundle, { status: 200 });
    return new Response(bundle.subarray(range[0], range[1] + 1), { status: 206 });
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readResult', () => {
  it.each([true, false])(
    'reads the row and a window around the match, whether ranges are honoured (%s) or not',
    async (ranges) => {
      const requested = serve(ranges);
      const view = await readResult(place, [position, position + 1]);
      expect(view.row).toMatchObject(row);
      expect(view.text).toContain('高标准农田');
      expect(view.text.indexOf('高标准农田')).toBe(20);
      expect(view.cut).toEqual({ before: true, after: true });
      // Two small ranges, inside the excerpt: never the whole bundle.
      expect(requested).toHaveLength(2);
      for (const range of requested) {
        const [from, to] = range.replace('bytes=', '').split('-').map(Number);
        expect(from).toBeGreaterThanOrEqual(place.start);
        expect(to).toBeLessThan(place.end);
      }
    },
  );

  it('shows the beginning of a document found without a query (filters only)', async () => {
    serve(true);
    const view = await readResult(place, []);
    expect(view.text.startsWith('前言。')).toBe(true);
    expect(view.cut.before).toBe(false);
  });
});

describe('byteRange', () => {
  it('reads one range as static hosts do', () => {
    expect(byteRange('bytes=0-99', 1000)).toEqual([0, 99]);
    expect(byteRange('bytes=900-', 1000)).toEqual([900, 999]);
    expect(byteRange('bytes=-100', 1000)).toEqual([900, 999]);
    expect(byteRange('bytes=990-2000', 1000)).toEqual([990, 999]);
    expect(byteRange('bytes=1000-1001', 1000)).toBe('unsatisfiable');
    expect(byteRange('bytes=0-1,5-6', 1000)).toBeUndefined();
    expect(byteRange(undefined, 1000)).toBeUndefined();
  });
});
