import { describe, expect, it } from 'vitest';
import { townNeighbours } from '../../src/lib/town-neighbours.ts';

type Place = { province: string | null; city: string | null; county: string | null; town: string | null };
const doc = (id: string, place: Partial<Place>) => ({
  id,
  data: { province: null, city: null, county: null, town: null, ...place },
});
const 金溪镇 = { province: '浙江省', city: '温州市', county: '永嘉县', town: '金溪镇' };

describe("a document's neighbours in its town", () => {
  it('are the next newer and the next older document of the same town, in the order given', () => {
    const [newest, middle, oldest] = [doc('a', 金溪镇), doc('b', 金溪镇), doc('c', 金溪镇)];
    const elsewhere = doc('d', { ...金溪镇, town: '沙头镇' });
    const neighbours = townNeighbours([newest, elsewhere, middle, oldest]);
    expect(neighbours(middle)).toEqual({ newer: newest, older: oldest, townDocuments: 3 });
    expect(neighbours(newest)).toEqual({ newer: undefined, older: middle, townDocuments: 3 });
    expect(neighbours(elsewhere)).toEqual({ newer: undefined, older: undefined, townDocuments: 1 });
  });

  it('are none for documents whose town was not settled, though they share its name', () => {
    // 灵山镇 is the name of five towns: two pages that do not say which are not known to be one town's.
    const first = doc('a', { town: '灵山镇' });
    const second = doc('b', { town: '灵山镇' });
    const neighbours = townNeighbours([first, second]);
    expect(neighbours(first)).toEqual({ townDocuments: 0 });
    expect(neighbours(second)).toEqual({ townDocuments: 0 });
  });

  it('are none for documents of no place, of a county, or of a place with a level missing', () => {
    const documents = [
      doc('a', {}),
      doc('b', {}),
      doc('c', { ...金溪镇, town: null }),
      doc('d', { ...金溪镇, town: null }),
      doc('e', { ...金溪镇, city: null }),
      doc('f', { ...金溪镇, city: null }),
    ];
    const neighbours = townNeighbours(documents);
    for (const document of documents) expect(neighbours(document)).toEqual({ townDocuments: 0 });
  });
});
