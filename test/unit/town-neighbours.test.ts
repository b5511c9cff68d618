import { describe, expect, it } from 'vitest';
import { townNeighbours } from '../../src/lib/town-neighbours.ts';

const doc = (id: string, placeCode: string | null) => ({ id, data: { placeCode } });
const 金溪镇 = '330324105';

describe("a document's neighbours in its town", () => {
  it('are the next newer and the next older document of the same town, in the order given', () => {
    const [newest, middle, oldest] = [doc('a', 金溪镇), doc('b', 金溪镇), doc('c', 金溪镇)];
    const elsewhere = doc('d', '330324106');
    const neighbours = townNeighbours([newest, elsewhere, middle, oldest]);
    expect(neighbours(middle)).toEqual({ newer: newest, older: oldest, townDocuments: 3 });
    expect(neighbours(newest)).toEqual({ newer: undefined, older: middle, townDocuments: 3 });
    expect(neighbours(elsewhere)).toEqual({ newer: undefined, older: undefined, townDocuments: 1 });
  });

  it('are found by the town’s code, whatever levels its names have: 东莞市 has towns and no counties', () => {
    const [石龙镇2025, 石龙镇2024] = [doc('a', '441900003'), doc('b', '441900003')];
    expect(townNeighbours([石龙镇2025, 石龙镇2024])(石龙镇2024)).toEqual({
      newer: 石龙镇2025,
      older: undefined,
      townDocuments: 2,
    });
  });

  it('are none for documents of no settled town, of a county, or of no place, though they share a lack of one', () => {
    // 灵山镇 is the name of five towns: pages that do not say which have no code, and are not known to be one town's.
    const documents = [doc('a', null), doc('b', null), doc('c', '330324'), doc('d', '330324')];
    const neighbours = townNeighbours(documents);
    for (const document of documents) expect(neighbours(document)).toEqual({ townDocuments: 0 });
  });
});
