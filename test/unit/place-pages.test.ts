import { describe, expect, it } from 'vitest';
import { hasOwnPage, townSection } from '../../src/lib/place-pages.ts';
import { listSettings } from '../../src/lib/site-config.ts';

const TOWN = ['浙江省', '温州市', '永嘉县', '金溪镇'];

describe('which places have a page of their own', () => {
  it('gives every province, city and county one, whatever its documents', () => {
    for (const depth of [1, 2, 3]) expect(hasOwnPage(TOWN.slice(0, depth), 1)).toBe(true);
  });

  it('gives a town one from five documents; a town of fewer is a section of its county’s page', () => {
    expect([1, 4, 5, 50].map((documents) => hasOwnPage(TOWN, documents))).toEqual([false, false, true, true]);
    expect(townSection('金溪镇')).toBe('town-金溪镇');
  });

  it('takes the number from ZHENDANG_LIST_TOWN_PAGE_FROM, and refuses one that is not a positive whole number', () => {
    const settings = listSettings({ ZHENDANG_LIST_TOWN_PAGE_FROM: '1' });
    expect(hasOwnPage(TOWN, 1, settings)).toBe(true);
    expect(() => listSettings({ ZHENDANG_LIST_TOWN_PAGE_FROM: '0' })).toThrow(
      'ZHENDANG_LIST_TOWN_PAGE_FROM must be a positive whole number, not "0"',
    );
  });
});
