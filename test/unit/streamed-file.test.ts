/** Large files written in pieces (src/lib/streamed-file.ts): the same bytes as the whole file written at once. */
import { describe, expect, it } from 'vitest';
import { jsonPieces, streamedBody } from '../../src/lib/streamed-file.ts';

const head = { archive: '镇档', datasets: [{ name: 'figures', csv: ['figures/浙江省-2024.csv'] }] };
const entry = (n: number) => ({
  id: `${n}`.padStart(12, '0'),
  title: `第${n}号 "引号" \\ 与\n换行 </script>`,
  nested: { list: [1, [2, {}], []], empty: {} },
});

describe('a JSON file in pieces', () => {
  it.each([0, 1, 3])('is what JSON.stringify(value, null, 1) writes, and a newline, with %i items', (count) => {
    const items = Array.from({ length: count }, (_, n) => entry(n));
    const text = [...jsonPieces(head, 'documents', items)].join('');
    expect(text).toBe(`${JSON.stringify({ ...head, documents: items }, null, 1)}\n`);
    expect(JSON.parse(text).documents).toEqual(items);
  });

  it('makes an item only when the reader pulls its piece', () => {
    let made = 0;
    const items = (function* () {
      for (let n = 0; n < 1000; n++) {
        made++;
        yield entry(n);
      }
    })();
    const pieces = jsonPieces(head, 'documents', items);
    pieces.next();
    pieces.next();
    expect(made).toBe(2);
  });

  it('reads back as the same bytes from the stream', async () => {
    const items = [entry(1), entry(2)];
    const body = await new Response(streamedBody(jsonPieces({ algorithm: 'SHA-256' }, 'sources', items))).text();
    expect(body).toBe(`${JSON.stringify({ algorithm: 'SHA-256', sources: items }, null, 1)}\n`);
  });
});
